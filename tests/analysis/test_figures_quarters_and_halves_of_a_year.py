"""A quarter or a half of a named year is a date valued as the interval of its first and last
months ("the third quarter of 2024" → "2024-07/2024-09"), as a financial year is the interval
of its two years, and two quarters in turn are the interval of both ("the third and fourth
quarters of 2025" → "2025-07/2025-12"); a quarter of no named year, or of a fiscal one, has no
value ("profits rose in Q3" is a date, as "the third quarter" is), nor have two quarters with
a gap between. A century is its hundred years: "the 19th century" → "18XX"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "Freight volumes fell in the third quarter of 2024.",
            "the third quarter of 2024",
            "2024-07/2024-09",
        ),
        (
            "The bakery chain lost money in the first half of 2023.",
            "the first half of 2023",
            "2023-01/2023-06",
        ),
        ("Ticket sales should recover in H2 2025, the club said.", "H2 2025", "2025-07/2025-12"),
        (
            "Exports rose in the final quarter of 2022.",
            "the final quarter of 2022",
            "2022-10/2022-12",
        ),
        ("Rents climbed through Q4 2021.", "Q4 2021", "2021-10/2021-12"),
    ],
)
def test_a_part_of_a_named_year_is_the_interval_of_its_months(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.DATE, value, None) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # No year is named: the months are not known.
        ("Revenue in the fourth quarter rose by a tenth.", "the fourth quarter"),
        ("Profits rose in Q3, the bank said.", "Q3"),
        # A fiscal year starts where the company says; the words do not.
        (
            "The airline made a loss for the third quarter of fiscal 2024.",
            "the third quarter of fiscal 2024",
        ),
    ],
)
def test_a_quarter_of_no_named_or_a_fiscal_year_has_no_value(
    nlp: Language, text: str, words: str
) -> None:
    assert (words, FigureKind.DATE, None, None) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "The retailer made a loss in the third and fourth quarters of 2025.",
            "the third and fourth quarters of 2025",
            "2025-07/2025-12",
        ),
        (
            "Mortgage approvals rose in the first and second quarters of 2024.",
            "the first and second quarters of 2024",
            "2024-01/2024-06",
        ),
    ],
)
def test_two_quarters_of_a_named_year_in_turn_are_the_interval_of_both(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.DATE, value, None) in facts(nlp, text)


def test_two_quarters_with_a_gap_between_have_no_value(nlp: Language) -> None:
    text = "The retailer made a loss in the first and third quarters of 2025."
    assert ("the first and third quarters of 2025", FigureKind.DATE, None, None) in facts(nlp, text)


def test_a_product_named_by_a_quarter_is_no_date(nlp: Language) -> None:
    assert facts(nlp, "She bought a Q3 last year. He drove an Audi Q3.") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The mill was built in the 19th century.", "the 19th century"),
        ("The mill was built in the early 19th century.", "the early 19th century"),
        ("The mill was built in the nineteenth century.", "the nineteenth century"),
    ],
)
def test_a_century_is_its_hundred_years(nlp: Language, text: str, words: str) -> None:
    assert (words, FigureKind.DATE, "18XX", None) in facts(nlp, text)


def test_centuries_listed_together_have_no_one_hundred_years(nlp: Language) -> None:
    text = "Over the 18th and 19th centuries, trade grew."
    assert ("the 18th and 19th centuries", FigureKind.DATE, None, None) in facts(nlp, text)
