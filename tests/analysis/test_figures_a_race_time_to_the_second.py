"""A race's time to the second is a length of time, in seconds, never a clock's time and a
stray count: "won in 2:03:45" is 7,425 seconds, "the second half in 61:10" 3,670 and "a pace of
2:56 per kilometre" 176 by the kilometre, as "a lap of 1:29.525" is 89.525 and a time written
in its parts, "1hr 22min 27.059sec", 4,947.059; "at 14:30" stays a time of day."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "seconds", "unit"),
    [
        ("Kiprono won the marathon in 2:03:45 on Sunday.", "2:03:45", 7425.0, "seconds"),
        ("Okafor won in 2:18:02, her third win.", "2:18:02", 8282.0, "seconds"),
        ("He ran the second half in 61:10 and faded late.", "61:10", 3670.0, "seconds"),
        # no clock reads 28:41, so the day after it makes it no time of day
        ("She won a 10k run in 28:41 on Sunday.", "28:41", 1721.0, "seconds"),
        (
            "She averaged a pace of 2:56 per kilometre.",
            "2:56",
            176.0,
            "seconds per kilometre",
        ),
        (
            "Norris won the race in 1hr 22min 27.059sec.",
            "1hr 22min 27.059sec",
            4947.059,
            "seconds",
        ),
        ("She took the 1500m title in 3min 59.4sec.", "3min 59.4sec", 239.4, "seconds"),
    ],
)
def test_a_race_time_is_its_length_in_seconds(
    nlp: Language, text: str, words: str, seconds: float, unit: str
) -> None:
    assert (words, FigureKind.QUANTITY, seconds, unit) in facts(nlp, text)
    assert [f for f in facts(nlp, text) if f[1] is FigureKind.COUNT] == []


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("The meeting starts at 14:30 in the hall.", ("14:30", "14:30")),
        ("The meeting starts at 14:30 on Sunday.", ("14:30 on Sunday", "14:30")),
    ],
)
def test_a_clock_time_stays_a_time_of_day(nlp: Language, text: str, time: tuple[str, str]) -> None:
    words, value = time
    assert facts(nlp, text) == [(words, FigureKind.TIME, value, None)]


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("A stall warning sounded at 14:33:05 UTC.", ("14:33:05 UTC", "14:33:05")),
        ("The alarm went off at 09:15:30 in the hall.", ("09:15:30", "09:15:30")),
    ],
)
def test_a_clock_time_to_the_second_is_one_time_of_day(
    nlp: Language, text: str, time: tuple[str, str]
) -> None:
    words, value = time
    assert facts(nlp, text) == [(words, FigureKind.TIME, value, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The funding will be split 60:40 between the two councils.",
        "Voters backed the plan by a 55:45 margin, the council said.",
    ],
)
def test_a_ratio_is_no_time_measured(nlp: Language, text: str) -> None:
    assert not any(unit == "seconds" for *_, unit in facts(nlp, text))
