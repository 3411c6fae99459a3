"""An index's move in points and the level it reached are both in points: "fell 1 point to
7,412.3" is a fall of 1 point to a level of 7,412.3 points, as "closed at 16,274.94 points" is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The FTSE 100 fell 1 point to close at 7,412.3 on Friday.", "7,412.3"),
        ("The index was down 12 points at 4,512.", "4,512"),
        ("The Dow rose 120 points, or 0.3%, to 38,650.", "38,650"),
    ],
)
def test_the_level_after_a_change_in_points_is_in_points(
    nlp: Language, text: str, level: str
) -> None:
    assert found(nlp, text)[level].unit == "points"


def test_a_move_of_one_point_keeps_its_unit(nlp: Language) -> None:
    assert found(nlp, "The index fell 1 point.")["1"].unit == "point"


def test_a_poll_share_after_points_stays_a_share(nlp: Language) -> None:
    figures = found(nlp, "Labour's lead narrowed 4.5 points to 12 per cent.")
    assert figures["12 per cent"].unit is None and figures["12 per cent"].value == 0.12
