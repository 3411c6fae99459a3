"""A clock time with "on" before its day ("at 8pm on Thursday", "at 11.30pm on Saturday
night") is one time that keeps the day in its words, as "10pm Thursday" is, its value the
hour; a clock time before a day and its part ("10pm Saturday night") is that hour, not ten
nights; a weekday whose date follows ("8pm on Thursday 5 March") stays a date of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "Polling stations close at 8pm on Thursday, the council said.",
            "8pm on Thursday",
            "20:00",
        ),
        ("The fire started at 6am on Monday.", "6am on Monday", "06:00"),
        (
            "She was last seen at 11.30pm on Saturday night near the station.",
            "11.30pm on Saturday night",
            "23:30",
        ),
        ("He was last seen at 10pm Saturday night.", "10pm Saturday night", "22:00"),
    ],
)
def test_a_clock_time_on_its_day_is_one_time(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert facts(nlp, text) == [(words, FigureKind.TIME, value, None)]


def test_a_weekday_its_date_follows_stays_a_date(nlp: Language) -> None:
    found = facts(nlp, "Polling stations close at 8pm on Thursday 5 March.")
    assert ("8pm", FigureKind.TIME, "20:00", None) in found
    assert ("Thursday 5 March", FigureKind.DATE, "--03-05", None) in found
