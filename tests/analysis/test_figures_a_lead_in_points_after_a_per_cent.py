"""A lead in a table in points after a sentence telling a per cent of something else is a count
of points scored ("a three-point lead at the top"), as one beside a match's score is; a lead of
no table after a per cent ("Support rose to 40 per cent. Its lead narrowed to two points") stays
percentage points, as after a sentence naming a poll, and points beside percentage points
("fell 11.3 percentage points and Labour 5 points") are percentage points too."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts

SALES = "Ticket sales rose 12 per cent last year. "


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (SALES + "Rovers hold a three-point lead at the top.", ("three", 3.0, "points")),
        (SALES + "The gap to second place is now four points.", ("four", 4.0, "points")),
        (SALES + "England beat Italy 9-0 and moved four points clear.", ("four", 4.0, "points")),
    ],
)
def test_a_lead_in_points_after_a_per_cent_is_a_count_of_points(
    nlp: Language, text: str, lead: tuple[str, float, str]
) -> None:
    words, value, unit = lead
    assert (words, FigureKind.COUNT, value, unit) in facts(nlp, text)


def test_a_lead_after_a_per_cent_in_no_table_stays_percentage_points(nlp: Language) -> None:
    text = "Support for Labour rose to 40 per cent. Its lead narrowed to two points."
    assert ("two points", FigureKind.PERCENT, 0.02, None) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "points"),
    [
        (
            "Turnout fell 11.3 percentage points and Labour fell 5 points.",
            ("5 points", FigureKind.PERCENT, 0.05, None),
        ),
        (
            "The percentage of shots on target rose and the side scored 24 points.",
            ("24", FigureKind.COUNT, 24.0, "points"),
        ),
    ],
)
def test_points_beside_percentage_points_are_percentage_points(
    nlp: Language, text: str, points: tuple[str, FigureKind, float, str | None]
) -> None:
    assert points in facts(nlp, text)
