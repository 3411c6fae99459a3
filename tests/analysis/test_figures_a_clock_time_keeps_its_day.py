"""A clock time written with the day it falls on ("10pm Thursday", "at 2am Sunday morning")
keeps the day in its words, as "midnight Sunday" does, its value the hour; a span of days
after a span of hours ("9am-5pm Monday to Friday") stays a date of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The ballot closes at 10pm Thursday, the union said.", "10pm Thursday", "22:00"),
        ("By 9 a.m. Sunday, a queue had formed outside.", "9 a.m. Sunday", "09:00"),
        ("The clocks go back at 2am Sunday morning.", "2am Sunday morning", "02:00"),
        ("The strike will begin at midnight Sunday.", "midnight Sunday", "00:00"),
    ],
)
def test_a_clock_time_keeps_its_day(nlp: Language, text: str, words: str, value: str) -> None:
    assert (words, FigureKind.TIME, value, None) in facts(nlp, text)


def test_a_span_of_days_after_a_span_of_hours_stays_a_date(nlp: Language) -> None:
    found = facts(nlp, "The office opens 9am-5pm Monday to Friday.")
    assert ("Monday to Friday", FigureKind.DATE, None, None) in found
