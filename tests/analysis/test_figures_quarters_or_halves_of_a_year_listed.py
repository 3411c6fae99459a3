"""Quarters or halves of a named year listed before it are one date, which the model tags as
ranks and a year: in turn, the interval from the first's first month to the last's last ("the
first, second and third quarters of 2025" → "2025-01/2025-09", "the first and second halves of
2024" → "2024-01/2024-12"); with a gap, one date with no value. Quarters of no named year stay
ranks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "The chain lost money in the first, second and third quarters of 2025.",
            "the first, second and third quarters of 2025",
            "2025-01/2025-09",
        ),
        (
            "Exports grew in the first and second halves of 2024.",
            "the first and second halves of 2024",
            "2024-01/2024-12",
        ),
        (
            "Chain Lost Money In The First, Second And Third Quarters Of 2025",
            "The First, Second And Third Quarters Of 2025",
            "2025-01/2025-09",
        ),
        (
            "Exports grew in the First and Second Halves of 2024.",
            "the First and Second Halves of 2024",
            "2024-01/2024-12",
        ),
        (
            "The chain lost money in the first, second and fourth quarters of 2025.",
            "the first, second and fourth quarters of 2025",
            None,
        ),
    ],
)
def test_parts_of_a_named_year_listed_are_one_date(
    nlp: Language, text: str, words: str, value: str | None
) -> None:
    assert facts(nlp, text) == [(words, FigureKind.DATE, value, None)]


def test_quarters_listed_with_no_year_stay_ranks(nlp: Language) -> None:
    text = "Sales rose in the second and third quarters."
    assert {kind for _, kind, _, _ in facts(nlp, text)} == {FigureKind.ORDINAL}
