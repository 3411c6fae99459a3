"""An "m" after a number with no noun after it is millions when the sentence counts people or
things a story has so many of (a population, subscribers, visitors), and metres when it speaks
of a size or a race, as "1.5m people" is a count and "1.5m tall" a length."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The city's population grew by 1.4m to 24.8m over the decade.", None),
        ("Subscribers rose by 1.4m to 24.8m in the quarter.", "subscribers"),
    ],
)
def test_a_population_grows_in_millions(nlp: Language, text: str, unit: str | None) -> None:
    counts = [(words, kind, value, u) for words, kind, value, u in facts(nlp, text) if "m" in words]
    assert counts == [
        ("1.4m", FigureKind.COUNT, 1_400_000.0, unit),
        ("24.8m", FigureKind.COUNT, 24_800_000.0, unit),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The visitor centre's new tower is 24.8m tall.",
        "Visitors watched her win the race by 1.4m.",
        "The wall grew by 1.4m to 4.8m, so the garden is in shade all day.",
    ],
)
def test_a_size_or_a_race_stays_in_metres(nlp: Language, text: str) -> None:
    assert all(unit == "m" for words, _, _, unit in facts(nlp, text) if words.endswith("m"))
