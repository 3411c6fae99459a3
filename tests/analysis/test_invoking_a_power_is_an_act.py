"""Invoking a power, a right or a law ("invoked emergency powers", "invoked the Fifth
Amendment") uses it, and says nothing; invoking a memory or a prospect in a speech is words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def cues(analysis_nlp: Language, text: str) -> list[str | None]:
    return [q.cue for q in run(analysis_nlp, text).quotes]


def test_stopping_short_of_invoking_powers_reports_no_words(analysis_nlp: Language) -> None:
    text = (
        "The governor said she was watching the flooding closely but stopped short of "
        "invoking emergency powers to move residents.\n"
    )
    assert "invoking" not in cues(analysis_nlp, text)


def test_invoking_a_right_reports_no_words(analysis_nlp: Language) -> None:
    text = "The witness invoked his right to silence at the hearing.\n"
    assert cues(analysis_nlp, text) == []


def test_invoking_a_prospect_is_reported(analysis_nlp: Language) -> None:
    text = "The senator invoked the prospect of a shutdown before the vote.\n"
    assert cues(analysis_nlp, text) == ["invoked"]


def test_stopping_short_of_calling_it_something_is_the_speakers(
    analysis_nlp: Language,
) -> None:
    text = (
        "The governor said she was watching the flooding closely but stopped short of "
        "calling it a disaster.\n"
    )
    speakers = {q.cue: q.speaker for q in run(analysis_nlp, text).quotes}
    assert speakers.get("calling", "The governor") == "The governor"
