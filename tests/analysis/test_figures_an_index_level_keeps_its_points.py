"""A market index's level is counted in points, whether the parse takes the number for a count
("ended at 4,512 points") or for a name ("closed at 16,274.94 points")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The Nikkei closed at 16,274.94 points on Friday.", "16,274.94", 16274.94),
        ("The index ended at 4,512 points, down 0.3 per cent.", "4,512", 4512.0),
    ],
)
def test_an_index_level_is_in_points(nlp: Language, text: str, words: str, value: float) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.COUNT, value, "points")


def test_points_in_a_poll_stay_percentage_points(nlp: Language) -> None:
    text = "Labour's lead in the poll narrowed by 4.5 points to 12 per cent."
    assert found(nlp, text)["4.5 points"].kind is FigureKind.PERCENT
