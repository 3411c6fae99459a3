"""A decade written by its last two digits after an apostrophe ("the ’90s") is the decade, as
"the 1990s" is "199X"; without the apostrophe "the 90s" may be a temperature or a score, and
"in their 50s" is an age."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mill closed in the ’90s, when cheap imports arrived.", "199X"),
        ("The mill closed in the '60s, when cheap imports arrived.", "196X"),
        ("The mill changed hands twice in the ’80s and again later.", "198X"),
    ],
)
def test_a_decade_after_an_apostrophe_is_that_decade(nlp: Language, text: str, value: str) -> None:
    dates = [f for f in facts(nlp, text) if f[1] is FigureKind.DATE]
    assert [f[2] for f in dates] == [value]


def test_a_decade_of_the_twenties_names_no_century(nlp: Language) -> None:
    dates = [f for f in facts(nlp, "Jazz clubs thrived in the ’20s, the guide says.")]
    assert all(f[2] is None for f in dates if f[1] is FigureKind.DATE)


def test_the_nineties_without_an_apostrophe_may_be_a_temperature(nlp: Language) -> None:
    figures = facts(nlp, "Temperatures will reach the 90s on Friday, forecasters said.")
    assert not any(f[2] == "199X" for f in figures)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Rents doubled in the 1970's, the housing report said.", "1970's", "197X"),
        ("The arcade was packed in the late 1980’s, locals recall.", "the late 1980’s", "198X"),
        ("The mill closed in the '70's, when cheap imports arrived.", "'70's", "197X"),
        ("The town lost half its shops during the 80's, a study found.", "80's", "198X"),
    ],
)
def test_a_decade_with_an_apostrophe_before_its_s_is_that_decade(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.DATE, value, None) in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Afternoon highs stayed in the 90's for most of the week.",
        "Pop songs from the 60's still fill the dance floor.",
    ],
)
def test_the_nineties_with_an_apostrophe_before_the_s_are_no_count(
    nlp: Language, text: str
) -> None:
    # A temperature or a decade, as "the 90s" is: a date without a value, never a count of 90.
    found = facts(nlp, text)
    assert not any(kind is FigureKind.COUNT for _, kind, _, _ in found)
    assert not any(value == "199X" for _, _, value, _ in found)


def test_a_year_with_a_possessive_stays_the_year(nlp: Language) -> None:
    found = facts(nlp, "Critics still blame 1990's budget for the cuts that followed.")
    assert ("1990", FigureKind.DATE, "1990", None) in found
