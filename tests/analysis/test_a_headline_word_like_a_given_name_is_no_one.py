"""A headline's "Bill passes", "Mark …" or "Library saved" may be a word, not a name: with
no one of that name in the story, it is nobody a later "the minister" or "the mayor" stands
for, unless the headline gives that role ("Mayor Varley quits")."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_minister_is_not_a_headline_s_bill(analysis_nlp: Language) -> None:
    text = (
        "Bill passes\n\n"
        "The minister said the new rules would shield renters from sudden rent rises.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["The minister"]


def test_a_given_name_the_story_writes_again_is_still_someone(analysis_nlp: Language) -> None:
    text = (
        "Bill Ferris wins seat\n\n"
        "Bill Ferris took the seat on Thursday. The candidate said he was delighted.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [q.speaker_key for q in quotes if q.cue == "said"] == ["bill ferris"]


def test_the_mayor_is_not_a_headline_s_capitalised_noun(analysis_nlp: Language) -> None:
    text = "Library saved\n\nThe mayor welcomed the decision to keep the building open.\n"
    assert [q.speaker_key for q in run(analysis_nlp, text).quotes] == ["mayor"]


def test_the_mayor_is_whom_the_headline_calls_mayor(analysis_nlp: Language) -> None:
    text = "Mayor Varley quits\n\nThe mayor said she had run out of patience with the council.\n"
    assert [q.speaker_key for q in run(analysis_nlp, text).quotes] == ["varley"]
