"""The level that a count of people or events reached counts them: "Homicides fell 12% to 570"
is 570 homicides; "rose by 40 to 1,260" is the change and the level, not a range from 40 to
1,260. "The number of postal ballots doubled to 9,200" counts ballots, whatever the number is
of. "Shares rose 5% to 284" counts no shares."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, found


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Homicides fell 12% year on year to 570.", "570", "homicides"),
        ("The number of arrests rose to 412.", "412", "arrests"),
        ("The number of postal ballots doubled to 9,200.", "9,200", "ballots"),
        ("Burglaries rose from 3,100 to 3,400.", "3,400", "burglaries"),
        ("Burglaries rose from 3,100 to 3,400.", "3,100", "burglaries"),
    ],
)
def test_the_level_counts_the_subject(nlp: Language, text: str, words: str, unit: str) -> None:
    assert found(nlp, text)[words].unit == unit


def test_a_change_by_a_count_and_the_level_are_two_figures(nlp: Language) -> None:
    assert facts(nlp, "Deaths rose by 40 to 1,260.") == [
        ("40", FigureKind.COUNT, 40.0, None),
        ("1,260", FigureKind.COUNT, 1260.0, "deaths"),
    ]


def test_a_narrow_change_stays_a_range(nlp: Language) -> None:
    assert found(nlp, "Rates were cut by 2 to 3 per cent.")["2 to 3 per cent"].kind is (
        FigureKind.RANGE
    )


def test_a_price_reached_counts_nothing(nlp: Language) -> None:
    assert found(nlp, "Shares rose 5% to 284.")["284"].unit is None
