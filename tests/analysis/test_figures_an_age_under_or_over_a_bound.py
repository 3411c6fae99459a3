"""A bound number said of people is their age: "eight of the victims were under 18", "children
under 16" and "the under-18s" are at most 18 or 16 years old, "those over 70" and "the over-65s"
at least 70 or 65, as "aged under 18" is, and so in words ("children under five", "a boy aged
five" is 5 years); a bound said of a thing stays a count."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value", "qualifier"),
    [
        ("Eight of the victims were under 18.", "under 18", 18.0, Qualifier.AT_MOST),
        ("Of the 12 arrested, nine were under 18.", "under 18", 18.0, Qualifier.AT_MOST),
        ("Children under 16 must be accompanied.", "under 16", 16.0, Qualifier.AT_MOST),
        ("Those over 70 will be offered a booster.", "over 70", 70.0, Qualifier.AT_LEAST),
        ("The scheme helps people under 30 find work.", "under 30", 30.0, Qualifier.AT_MOST),
        ("The under-18s were sent home early.", "under-18s", 18.0, Qualifier.AT_MOST),
        ("Bus passes for over-65s will be kept.", "over-65s", 65.0, Qualifier.AT_LEAST),
        ("Children under five are most at risk.", "under five", 5.0, Qualifier.AT_MOST),
        ("Most of the victims were under eighteen.", "under eighteen", 18.0, Qualifier.AT_MOST),
        ("A boy aged five was taken to hospital.", "five", 5.0, Qualifier.EXACTLY),
    ],
)
def test_a_bound_said_of_people_is_their_age(
    nlp: Language, text: str, words: str, value: float, qualifier: Qualifier
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == (
        FigureKind.QUANTITY,
        value,
        "years",
        qualifier,
    )


def test_a_bound_said_of_a_thing_stays_a_count(nlp: Language) -> None:
    figure = found(nlp, "Turnout was under 50 in some wards.")["under 50"]
    assert (figure.kind, figure.unit) == (FigureKind.COUNT, None)
