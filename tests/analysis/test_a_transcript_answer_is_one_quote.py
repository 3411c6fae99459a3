"""An answer in a Q&A transcript is one quote of whoever answers, as words in quotation marks
are: its own "I don't think" or "I learned" is no second quote inside it. What the answer
says someone else said is still theirs."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


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
