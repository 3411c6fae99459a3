"""An "m" glued to a number counts millions where no length makes sense: a range before a
plural noun it counts ("2 to 3m new users", as "2 to 3 million users" is), and the level a
change from a number written whole reached ("rose from 200,000 to 1.1m"); waves of so many
metres ("4 to 6m waves"), a drop and a river's level stay metres, and a word after the "m"
that ends in "s" ("this year") is no noun it counts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def _in_m(nlp: Language, text: str) -> list[tuple[str, FigureKind, float | str | None, str | None]]:
    return [fact for fact in facts(nlp, text) if fact[0].endswith("m") or "," in fact[0]]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Analysts expect 2 to 3m new users this year.", "2 to 3m", "2000000/3000000"),
        ("The museum hopes to draw 1.5 to 2.5m visitors.", "1.5 to 2.5m", "1500000/2500000"),
    ],
)
def test_a_range_in_m_before_a_plural_noun_counts_millions(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert _in_m(nlp, text) == [(words, FigureKind.RANGE, value, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters warned of waves of 4 to 6m.",
        "Engineers said the sea wall could see a 2 to 3m drop.",
        "Forecasters warned of 4 to 6m waves along the coast.",
    ],
)
def test_a_range_in_m_before_no_plural_noun_stays_metres(nlp: Language, text: str) -> None:
    assert [(kind, unit) for _, kind, _, unit in _in_m(nlp, text)] == [(FigureKind.RANGE, "m")]


@pytest.mark.parametrize(
    "text",
    [
        "Membership rose from 200,000 to 1.1m.",
        "Membership rose from 200,000 to 1.1m this year.",
        "Membership rose by 200,000 to 1.1m.",
    ],
)
def test_a_level_in_m_after_a_change_from_a_whole_number_counts_millions(
    nlp: Language, text: str
) -> None:
    assert _in_m(nlp, text) == [
        ("200,000", FigureKind.COUNT, 200_000.0, None),
        ("1.1m", FigureKind.COUNT, 1_100_000.0, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The river fell from 2.5m to 1.8m this week.",
        "The new tower stands 1.5m this side of the old wall.",
        "The storm brought 4m waves to the coast.",
    ],
)
def test_a_length_in_m_stays_metres(nlp: Language, text: str) -> None:
    assert {unit for _, _, _, unit in _in_m(nlp, text)} == {"m"}
