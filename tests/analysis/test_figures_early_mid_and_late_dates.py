"""A part of a month or a year ("late August", "the end of March", "early 2015") is valued as the
month or the year it falls in, as "late September 2014" is "2014-09"; "mid-2014" and "the
mid-1990s", one word with their year, are found; the end of a length of time ("the end of six
months") is that length."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The ferry timetable changed in late August after complaints.", "late August", "--08"),
        (
            "Repairs should be finished by the end of March, the council said.",
            "the end of March",
            "--03",
        ),
        ("The warehouse opened in early 2015 on the edge of town.", "early 2015", "2015"),
    ],
)
def test_a_part_of_a_month_or_a_year_is_that_month_or_year(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.DATE, value, None) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("At the end of six months the patients were tested again.", "six months", 6.0),
        ("By the end of the three years, sales had doubled.", "three years", 3.0),
    ],
)
def test_the_end_of_a_length_of_time_is_the_length(
    nlp: Language, text: str, words: str, value: float
) -> None:
    assert (words, FigureKind.QUANTITY, value, words.split()[-1]) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Land prices in the valley peaked in mid-2014.", "mid-2014", "2014"),
        ("The mill closed in the mid-1990s and never reopened.", "the mid-1990s", "199X"),
    ],
)
def test_a_year_joined_to_its_part_by_a_hyphen_is_found(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.DATE, value, None) in facts(nlp, text)
