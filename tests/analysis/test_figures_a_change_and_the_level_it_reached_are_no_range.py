"""An amount after a verb of change and the level it reached are two figures, not a range from
one to the other: "went up £50 to £900 a month", "was up 3% to 4.1%", "rose 3% to 4.1%", and
bare counts whose level is many times the change, "rose 40 to 1,260", "grew by 7,000 to 7.6
million", and without "by", "rose 200,000 to 1.1 billion". A range stays one: bounds given with no verb of change ("£50 to £900 a month", "between £50 and
£900"), a change foreseen ("expected to rise 2% to 2.2%") and bounds round alike or by halves
("rose $2 to $3", "grew 2% to 2.5% a year")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "change", "level"),
    [
        ("The rent on the flat went up £50 to £900 a month.", "£50", "£900"),
        ("Service charges will go up £40 to £610 next year.", "£40", "£610"),
        ("Inflation rose 3% to 4.1% in the year to May.", "3%", "4.1%"),
        ("The jobless rate was up 2% to 5.3% by the spring.", "2%", "5.3%"),
        ("Arrests fell by 200 to 1,300 over the summer.", "200", "1,300"),
        ("The death toll rose 40 to 1,260 on Sunday.", "40", "1,260"),
        ("Ferry crossings went up 2,000 to 14,500 in the spring.", "2,000", "14,500"),
        ("The waiting list grew by 7,000 to 7.6 million.", "7,000", "7.6 million"),
        ("The app's user base rose by 200,000 to 1.1 billion.", "200,000", "1.1 billion"),
        ("The app's user base rose 200,000 to 1.1 billion.", "200,000", "1.1 billion"),
    ],
)
def test_a_change_and_its_level_are_two_figures(
    nlp: Language, text: str, change: str, level: str
) -> None:
    found = facts(nlp, text)
    assert [words for words, *_ in found][:2] == [change, level]
    assert all(kind is not FigureKind.RANGE for _, kind, _, _ in found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rooms at the hostel cost £50 to £900 a month.", "£50 to £900"),
        ("Rents run between £50 and £900 a month.", "between £50 and £900"),
        ("Sentences range from 5 to 10 years.", "from 5 to 10 years"),
        ("Fares are expected to rise 2% to 2.2% next year.", "2% to 2.2%"),
        ("Pay grew 2% to 2.5% a year in the decade.", "2% to 2.5%"),
        ("Diesel rose $2 to $3 a gallon across the county.", "$2 to $3"),
        ("Profits grew 10 to 50 percent at most firms.", "10 to 50 percent"),
        ("Class sizes rose 30 to 35 in the county.", "30 to 35"),
        ("Crowds rose 200,000 to 300,000 at the peak.", "200,000 to 300,000"),
        ("Between 200,000 and 300,000 people lined the route.", "Between 200,000 and 300,000"),
    ],
)
def test_a_range_stays_one_figure(nlp: Language, text: str, words: str) -> None:
    first = facts(nlp, text)[0]
    assert (first[0], first[1]) == (words, FigureKind.RANGE)


def test_a_scaled_count_alone_stays_one_figure(nlp: Language) -> None:
    assert facts(nlp, "The app now has 1.1 billion users.") == [
        ("1.1 billion", FigureKind.COUNT, 1_100_000_000, "users")
    ]
