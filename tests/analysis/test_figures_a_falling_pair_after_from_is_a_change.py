"""Two counts after "from" that fall ("cut bus services from 48 to 20 a week") are the old value
and the new, each a figure with its value, however the parse reads the verb before them; the
period after the new one is the old one's too, as in "Flights were cut from 48 to 20 a week".
A pair that rises is a range, and a falling pair of small numbers after "open from" stays a
span of the day."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts, found


def test_a_falling_pair_of_counts_is_two_figures(nlp: Language) -> None:
    text = "The council cut bus services from 48 to 20 a week."
    assert [(words, value, unit) for words, _, value, unit in facts(nlp, text)] == [
        ("48", 48.0, "per week"),
        ("20 a week", 20.0, "per week"),
    ]


def test_a_falling_pair_with_no_period_is_two_counts(nlp: Language) -> None:
    text = "The council cut staff from 48 to 20."
    assert facts(nlp, text) == [
        ("48", FigureKind.COUNT, 48.0, None),
        ("20", FigureKind.COUNT, 20.0, None),
    ]


def test_a_rising_pair_stays_a_range_and_hours_stay_hours(nlp: Language) -> None:
    assert found(nlp, "Prices range from 20 to 48 a week.")["from 20 to 48 a week"].kind == (
        FigureKind.RANGE
    )
    assert found(nlp, "The shop is open from 11 to 2 on Sundays.")["11 to 2"].value == (
        "11:00/14:00"
    )
