"""The run a part is of ("lost four of our last five") is a count, as the part is, where a quote
ends on it; the number of a crowd or an audience counts people, and a total of so many, or a
number after a place, names nothing counted."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        'The manager said: "We have lost four of our last five."',
        '"We have lost four of our last five," the manager said.',
    ],
)
def test_a_run_a_part_is_of_is_a_count(nlp: Language, text: str) -> None:
    assert facts(nlp, text) == [
        ("four", FigureKind.COUNT, 4.0, None),
        ("five", FigureKind.COUNT, 5.0, None),
    ]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("A crowd of 7,412 watched the derby.", "7,412", 7412.0),
        ("An audience of 2,000 watched the final show.", "2,000", 2000.0),
    ],
)
def test_the_number_of_a_crowd_counts_people(
    nlp: Language, text: str, words: str, value: float
) -> None:
    assert facts(nlp, text) == [(words, FigureKind.COUNT, value, "people")]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("A total of 7,412 voted in the by-election.", ("7,412", FigureKind.COUNT, 7412.0, None)),
        ("Rovers came third in the table with 64.", ("64", FigureKind.COUNT, 64.0, None)),
    ],
)
def test_a_total_or_a_number_after_a_place_counts_no_one_named(
    nlp: Language, text: str, last: tuple[str, FigureKind, float, None]
) -> None:
    assert facts(nlp, text)[-1] == last
