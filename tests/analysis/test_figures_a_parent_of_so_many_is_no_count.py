"""A parent described by their children, "a mother of two", "the father of three", "a dad of
four", is no count a reader checks, as "mother-of-two" is none; "the mother of two of the
victims" counts them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("She is a mother of two who has run the bakery for a decade.", "two"),
        ("The father of three was taken to hospital with burns to his hands.", "three"),
        ("A dad of four from Hull said the queue had been worse last year.", "four"),
        ("The Mother Of Five Who Swam The Channel", "five"),
    ],
)
def test_a_parent_of_so_many_is_no_figure(nlp: Language, text: str, number: str) -> None:
    assert not [words for words in found(nlp, text) if number in words.lower()]


def test_a_parent_of_so_many_of_a_group_counts_them(nlp: Language) -> None:
    text = "She is the mother of two of the climbers who were rescued on Sunday."
    assert found(nlp, text)["two"].value == 2.0
