"""A headline's role ("Doctor:") joins the person the story names with that title even when
the parser cuts the title off the name ("GP Ravi Mehta" opening a paragraph)."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_a_doctor_in_the_headline_is_the_gp_the_story_names(analysis_nlp: Language) -> None:
    text = (
        "Doctor: 'We cannot cope'\n\n"
        "GP Ravi Mehta said surgeries in Leeds were full and staff were leaving.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Ravi Mehta", "Ravi Mehta"]
