"""A transcript printed with a blank line between its turns: a court's "THE JUDGE: …" in
capitals is the judge's turn, and a speaker's turn that goes on over a plain paragraph of its
own is one quote of theirs, up to the next turn or a direction such as "(CROSSTALK)". The
writer's prose after the last turn is nobody's turn."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

INQUIRY = (
    "Engineer tells bridge inquiry of cracks\n\n"
    "A site engineer gave evidence to the Millbrook bridge inquiry on Monday. An extract from "
    "the transcript follows.\n\n"
    "THE JUDGE: When did you first see the cracks?\n\n"
    "MR OKONJO: In the spring of 2021, on the east pier.\n\n"
    "I reported them to the contractor the same week, in writing.\n\n"
    "THE JUDGE: Did the contractor reply?\n\n"
    "MR OKONJO: Not to me. I never had an answer.\n\n"
    "The inquiry resumes on Thursday with evidence from the contractor.\n"
)

RADIO = (
    "Mayor sets out budget plan on local radio\n\n"
    "The mayor, Tom Reyes, was interviewed on Radio Eastbridge on Friday. This is part of the "
    "interview.\n\n"
    "Smith: Your budget has a gap of £14m. How will you close it?\n\n"
    "Reyes: We will sell two office buildings we no longer use. That covers about half.\n\n"
    "The rest will come from sharing services, which we agreed last week.\n\n"
    "(CROSSTALK)\n\n"
    "Smith: Will you stand again?\n\n"
    "Reyes: Ask me in a year.\n"
)


def test_a_judges_turn_in_capitals_is_the_judges(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, INQUIRY)
    judge = [words for speaker, _, words in said(text, result) if speaker == "THE JUDGE"]
    assert judge == ["When did you first see the cracks?", "Did the contractor reply?"]


def test_a_turn_runs_on_to_the_next_turn_but_not_into_the_writers_prose(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(analysis_nlp, INQUIRY)
    engineer = [words for speaker, cue, words in said(text, result) if cue == ":" and speaker]
    assert engineer[1] == (
        "In the spring of 2021, on the east pier.\n\n"
        "I reported them to the contractor the same week, in writing."
    )
    assert engineer[-1] == "Not to me. I never had an answer."


def test_a_named_turn_runs_on_over_its_paragraphs(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, RADIO)
    reyes = [words for speaker, _, words in said(text, result) if speaker == "Tom Reyes"]
    assert reyes[0].endswith("from sharing services, which we agreed last week.")
    assert reyes[1] == "Ask me in a year."
