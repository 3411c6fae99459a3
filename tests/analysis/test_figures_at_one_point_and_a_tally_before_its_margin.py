""" "At one point" and "by one estimate" count no points or estimates ("the club has one point"
still counts); "a 3 to 1 margin" and "split 4 to 1" are one tally each, "3-1" and "4-1", not
two counts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "The firm also ran into trouble at one point, he said.",
        "At one point she even told the client to leave.",
        "The mines have damaged a lot of land, by one estimate.",
    ],
)
def test_one_as_once_or_someone_is_no_count(nlp: Language, text: str) -> None:
    assert facts(nlp, text) == []


def test_one_point_held_is_still_a_count(nlp: Language) -> None:
    assert ("one", FigureKind.COUNT, 1.0, "point") in facts(
        nlp, "The club has one point from three games."
    )


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("False claims outnumbered true ones by a 3 to 1 margin.", "3 to 1", "3-1"),
        ("Both parties split 4 to 1 in favour of the treaty.", "4 to 1", "4-1"),
    ],
)
def test_a_tally_before_its_margin_is_one_tally(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert facts(nlp, text) == [(words, FigureKind.COUNT, value, None)]
