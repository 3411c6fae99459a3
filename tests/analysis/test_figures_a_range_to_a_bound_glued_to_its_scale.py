"""A range whose high bound is glued to its scale ("1.1m", "£1.1bn") after a low bound written
whole is one range in that scale: "from 200,000 to 1.1m" is 200,000 to 1,100,000, not 1.1
metres below 200,000 (which read as a fall from one to the other), and money when either bound
has a currency. A change with its level glued to its "m" at the end of a sentence is still the
change and the level; a range of small numbers glued to "m" stays in metres."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "bounds", "unit"),
    [
        (
            "Flats on the new estate range from 200,000 to 1.1m.",
            "from 200,000 to 1.1m",
            "200000/1100000",
            None,
        ),
        (
            "Crowds of between 200,000 and 1.1m are expected at the parade.",
            "between 200,000 and 1.1m",
            "200000/1100000",
            None,
        ),
        (
            "The repairs could cost anything from 250,000 to £1.2m, the council said.",
            "from 250,000 to £1.2m",
            "250000/1200000",
            "GBP",
        ),
    ],
)
def test_a_high_bound_glued_to_its_scale_is_read_in_that_scale(
    nlp: Language, text: str, words: str, bounds: str, unit: str | None
) -> None:
    assert [f for f in facts(nlp, text) if f[1] is FigureKind.RANGE] == [
        (words, FigureKind.RANGE, bounds, unit)
    ]


def test_a_change_and_its_level_glued_to_its_m_end_a_sentence(nlp: Language) -> None:
    text = "Subscribers rose by 300,000 to 1.4m."
    assert [f[:3] for f in facts(nlp, text)] == [
        ("300,000", FigureKind.COUNT, 300_000.0),
        ("1.4m", FigureKind.COUNT, 1_400_000.0),
    ]


def test_a_range_of_small_numbers_glued_to_m_stays_in_metres(nlp: Language) -> None:
    text = "Forecasters expect waves of 4 to 6m along the coast."
    assert facts(nlp, text) == [("4 to 6m", FigureKind.RANGE, "4/6", "m")]
