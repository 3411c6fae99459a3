"""A range of the day bounded by an hour in words ("from midnight to 6 a.m.", "10am-noon",
"between 6pm and midnight") is one range of clock times, midnight 00:00 and noon 12:00, as
"from 9 a.m. to 5 p.m." is; two times joined by "and" stay two times."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "The ferry terminal stays shut from midnight to 6 a.m. during the works.",
            "from midnight to 6 a.m.",
            "00:00/06:00",
        ),
        (
            "Volunteers staff the desk from noon to 3 p.m. on Sundays.",
            "from noon to 3 p.m.",
            "12:00/15:00",
        ),
        (
            "Most break-ins were reported between midnight and 4am, the chief said.",
            "between midnight and 4am",
            "00:00/04:00",
        ),
        (
            "The beer garden serves from 5pm to midnight in summer.",
            "from 5pm to midnight",
            "17:00/00:00",
        ),
        (
            "Polling stations open from 8 a.m. to noon for postal voters.",
            "from 8 a.m. to noon",
            "08:00/12:00",
        ),
        ("The library opens 10am-noon on Saturdays.", "10am-noon", "10:00/12:00"),
    ],
)
def test_a_range_with_an_hour_in_words_is_a_range_of_clock_times(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.RANGE, value, None) in facts(nlp, text)


def test_two_times_joined_by_and_are_two_times(nlp: Language) -> None:
    found = facts(nlp, "The gates open at 9am and close at midnight, staff said.")
    assert not any(kind is FigureKind.RANGE for _, kind, _, _ in found)
