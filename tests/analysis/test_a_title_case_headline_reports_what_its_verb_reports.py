"""A headline in title case ("Hale Vows To Eliminate Tax Breaks For Landlords") capitalises its
verb, which the tagger reads as part of a name ("Hale Vows"), so the vow was lost. The line is
parsed again in sentence case; a word the story capitalises in mid-sentence ("Hale") stays a
name. A headline in sentence case was parsed right already."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

BODY = "\n\nMayor Ana Hale spoke to tenants in Harwick on Monday.\n"


@pytest.mark.parametrize(
    ("headline", "cue", "reported"),
    [
        (
            "Hale Vows To Eliminate Tax Breaks For Landlords",
            "Vows",
            "To Eliminate Tax Breaks For Landlords",
        ),
        (
            "Railing Against Developers, Hale Vows To Close Loopholes Used By Landlords",
            "Vows",
            "To Close Loopholes Used By Landlords",
        ),
        (
            "Hale vows to eliminate tax breaks for landlords",
            "vows",
            "to eliminate tax breaks for landlords",
        ),
    ],
)
def test_the_headline_verb_reports_its_words(
    analysis_nlp: Language, headline: str, cue: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{headline}{BODY}")
    assert ("Ana Hale", cue, reported) in said(text, result)
