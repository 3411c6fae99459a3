"""An answer in a Q&A transcript is one quote of whoever answers, as words in quotation marks
are: its own "I don't think" or "I learned" is no second quote inside it. What the answer
says someone else said is still theirs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.attribution import nested
from newslens.analysis.attribution.words import _Attribution
from tests.analysis.helpers import run, run_with_text, said


def test_an_answer_saying_what_its_speaker_learned_is_one_quote(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "'I never wanted this job': an interview with Ruth Kemble\n\n"
        "Ruth Kemble became the youngest leader of Harfield council last year.\n\n"
        "Q: You were elected at 29. Did you feel ready?\n"
        "A: No, and I don't think anyone ever does. I learned on the job, like everyone "
        "else.\n",
    )
    assert said(text, result) == [
        ("Ruth Kemble", ":", "'I never wanted this job'"),
        (
            "Ruth Kemble",
            None,
            "No, and I don't think anyone ever does. I learned on the job, like everyone else.",
        ),
    ]


def test_a_named_turn_keeps_what_it_reports_others_said(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Night of the debate: the full exchange\n\n"
        "HOST: Governor, the campaign says your plan costs too much.\n"
        "MORRIS: I believe it pays for itself. My opponent claimed last week that it would "
        "double the deficit, and he was wrong.\n"
        "HOST: Thank you, Governor.\n",
    )
    assert [(q.speaker, text[q.start : q.end][:16]) for q in result.quotes] == [
        ("HOST", "Governor, the ca"),
        ("the campaign", "your plan costs "),
        ("MORRIS", "I believe it pay"),
        ("My opponent", "that it would do"),
        ("HOST", "Thank you, Gover"),
    ]


def test_each_turn_reads_only_the_cues_within_it(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A long transcript has hundreds of turns: each reading every cue of the text is quadratic.
    outside = []
    real = nested._same_speaker

    def same_speaker(a: _Attribution, turn: _Attribution) -> bool:
        start, end = turn.parts[0]
        label = start if turn.phrase is None else turn.phrase.start_char
        if a.cue is None or not min(label, start) <= a.cue.idx < end:
            outside.append(a)
        return real(a, turn)

    monkeypatch.setattr(nested, "_same_speaker", same_speaker)
    result = run(
        analysis_nlp,
        "Night of the debate: the full exchange\n\n"
        "HOST: Governor, the campaign says your plan costs too much.\n"
        "MORRIS: I believe it pays for itself. My opponent claimed it would fail.\n"
        "HOST: Do you think voters agree?\n"
        "MORRIS: I think they do, and the polls show it.\n",
    )
    assert {"HOST", "MORRIS"} <= {q.speaker for q in result.quotes}
    assert outside == []
