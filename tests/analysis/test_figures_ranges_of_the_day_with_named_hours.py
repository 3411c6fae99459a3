"""A range of the day bounded by an hour in words ("from midnight to 6 a.m.", "10am-noon",
"between 6pm and midnight", "noon-2pm", "Midnight to 6am" opening a sentence) is one range of
clock times, midnight 00:00 and noon or midday 12:00, as "from 9 a.m. to 5 p.m." is, and so is
"from 7:30am until 6:30pm" or "2pm-6pm"; an hour in words alone is its clock time; two times joined by "and"
stay two times."""

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
        ("The bridge stays shut noon-2pm for the parade.", "noon-2pm", "12:00/14:00"),
        (
            "Midnight to 6am is when most lorries use the bypass.",
            "Midnight to 6am",
            "00:00/06:00",
        ),
        ("Midday to 3pm was the busiest stretch at the tip.", "Midday to 3pm", "12:00/15:00"),
        (
            "Trains run from 7:30am until 6:30pm on strike days.",
            "from 7:30am until 6:30pm",
            "07:30/18:30",
        ),
        ("The bar serves from 10pm till midday.", "from 10pm till midday", "22:00/12:00"),
        ("The 2pm-6pm window is the busiest of the day.", "2pm-6pm", "14:00/18:00"),
        ("Voting runs between 7am and 10pm.", "between 7am and 10pm", "07:00/22:00"),
    ],
)
def test_a_range_with_an_hour_in_words_is_a_range_of_clock_times(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.RANGE, value, None) in facts(nlp, text)


def test_two_times_joined_by_and_are_two_times(nlp: Language) -> None:
    found = facts(nlp, "The gates open at 9am and close at midnight, staff said.")
    assert not any(kind is FigureKind.RANGE for _, kind, _, _ in found)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The crew arrived at midday to clear the road.", "midday", "12:00"),
        ("The doors close at midnight sharp.", "midnight", "00:00"),
        ("The count will be declared at noon.", "noon", "12:00"),
    ],
)
def test_an_hour_in_words_is_its_clock_time(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.TIME, value, None) in facts(nlp, text)
