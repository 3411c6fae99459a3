"""Bare numbers listed after "aged", "pupils aged 15, 16 and 17", "aged 51, 58, 62 and 70", are
an age each in years, as "aged 23 and 36" are; the model may read the first two as a date, which
no list of bare numbers is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "The summer course is open to pupils aged 15, 16 and 17 at the college.",
        "Three boys aged 15, 16 and 17 were arrested near the harbour on Tuesday.",
        "The riders, aged 15, 16 or 17, were all treated for minor injuries.",
    ],
)
def test_each_age_listed_after_aged_is_an_age(nlp: Language, text: str) -> None:
    ages = [fact for fact in facts(nlp, text) if fact[0] in ("15", "16", "17")]
    assert ages == [(age, FigureKind.QUANTITY, float(age), "years") for age in ("15", "16", "17")]


def test_a_longer_list_of_ages_is_an_age_each(nlp: Language) -> None:
    text = "Four councillors, aged 51, 58, 62 and 70, signed the letter to the mayor."
    ages = [fact for fact in facts(nlp, text) if fact[0] != "Four"]
    assert ages == [
        (age, FigureKind.QUANTITY, float(age), "years") for age in ("51", "58", "62", "70")
    ]
