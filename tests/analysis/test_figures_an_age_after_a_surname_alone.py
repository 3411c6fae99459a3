"""A number set off by commas after a surname alone, the sentence's subject, is an age in
years, as after a full name; after a place it stays a count."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mensah, 27, now has nine tries in the competition.", "27"),
        ("Kowalczyk, 24, joined from Lech Poznan in the summer.", "24"),
    ],
)
def test_a_number_after_a_surname_alone_is_an_age(nlp: Language, text: str, age: str) -> None:
    assert (age, FigureKind.QUANTITY, float(age), "years") in facts(nlp, text)


def test_a_number_after_a_place_opening_a_sentence_is_no_age(nlp: Language) -> None:
    found = facts(nlp, "In Nebraska, 58, the most in years, were recalled.")
    assert ("58", FigureKind.COUNT, 58.0, None) in found
