"""An hour "o'clock" with the part of the day after it is that clock time ("three o'clock in
the morning" 03:00, "6 o'clock this evening" 18:00, "twelve o'clock at night" 00:00, not
twelve nights), also when the part of the day follows in its clause ("at 6 o'clock on Friday
evening" 18:00); "at 6 o'clock" alone is read as written, 06:00, as "6:30" is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "It was three o’clock in the morning when the siren went off.",
            "three o’clock in the morning",
            "03:00",
        ),
        ("The last ferry leaves at 6 o'clock this evening.", "6 o'clock this evening", "18:00"),
        ("The bells rang at twelve o'clock at night.", "twelve o'clock at night", "00:00"),
        ("The party ended at ten o'clock at night.", "ten o'clock at night", "22:00"),
    ],
)
def test_an_hour_o_clock_with_its_part_of_the_day_is_its_time(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.TIME, value, None) in facts(nlp, text)


def test_the_part_of_the_day_later_in_the_clause_sets_the_hour(nlp: Language) -> None:
    text = "The doors opened at 6 o'clock on Friday evening."
    assert ("6 o'clock", FigureKind.TIME, "18:00", None) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("We met at 6 o'clock.", "6 o'clock", "06:00"),
        ("The polls close at ten o'clock.", "ten o'clock", "10:00"),
        ("The bells rang at twelve o'clock.", "twelve o'clock", "12:00"),
    ],
)
def test_an_hour_o_clock_alone_is_read_as_written(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.TIME, value, None) in facts(nlp, text)
