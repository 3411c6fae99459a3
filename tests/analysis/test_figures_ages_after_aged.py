"""A number after "aged" is an age in years, as "at age 16" is: "the men, aged 31 and 44",
"residents aged over 65", "aged 75+"; in words too, "aged four and five" two ages (it was one
count of nine), where "between four and five" stays a range."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import facts, found


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        (
            "Officers said the brothers, aged 23 and 36, had been released on bail.",
            [("23", 23.0), ("36", 36.0)],
        ),
        (
            "The children, aged four and five, were pulled from the water unhurt.",
            [("four", 4.0), ("five", 5.0)],
        ),
    ],
)
def test_ages_joined_by_and_after_aged_are_ages(
    nlp: Language, text: str, ages: list[tuple[str, float]]
) -> None:
    expected = [(words, FigureKind.QUANTITY, value, "years") for words, value in ages]
    assert facts(nlp, text) == expected


def test_two_numbers_in_words_after_between_stay_a_range(nlp: Language) -> None:
    text = "Between four and five people were hurt in the crash."
    assert facts(nlp, text) == [("Between four and five", FigureKind.RANGE, "4/5", None)]


@pytest.mark.parametrize(
    ("text", "words", "qualifier"),
    [
        ("Drivers aged over 70 must renew their licence.", "over 70", Qualifier.AT_LEAST),
        ("The trial took in women aged under 45.", "under 45", Qualifier.AT_MOST),
        ("Entry is free for visitors aged 80+.", "80+", Qualifier.AT_LEAST),
    ],
)
def test_a_bounded_age_after_aged_is_an_age(
    nlp: Language, text: str, words: str, qualifier: Qualifier
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.unit, figure.qualifier) == (FigureKind.QUANTITY, "years", qualifier)
