"""A day told with its part ("late Monday night", "early Sunday morning", "Saturday night") is
a date, the day, as "early Monday" is, its part of the day kept in the words; so is a day the
model tagged apart from its part ("on Friday afternoon"). A named hour on a day keeps its time:
"midnight Sunday" is 00:00, as "midnight" is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Police were called late Monday night after reports of a fire.", "late Monday night"),
        ("The crash happened early Sunday morning on the bypass.", "early Sunday morning"),
        ("Late Saturday night, crowds gathered in the square.", "Late Saturday night"),
        ("The council voted on the plan Monday night.", "Monday night"),
        ("The union called a strike on Friday afternoon.", "Friday afternoon"),
        ("The blaze started early Monday, firefighters said.", "early Monday"),
    ],
)
def test_a_day_and_its_part_is_a_date(nlp: Language, text: str, words: str) -> None:
    assert (words, FigureKind.DATE, None, None) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The strike will begin at midnight Sunday.", "midnight Sunday", "00:00"),
        ("The curfew starts at midnight Friday.", "midnight Friday", "00:00"),
        ("The offer closes at noon on Friday.", "noon", "12:00"),
    ],
)
def test_a_named_hour_on_a_day_keeps_its_time(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.TIME, value, None) in facts(nlp, text)
