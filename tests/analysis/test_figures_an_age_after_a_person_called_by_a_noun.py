"""A number set off by commas right after one person called by a noun ("A man, 34, was
shot", "a teenager, 17,", "his wife, 41,") is their age, in years, as after a name ("Jane
Doe, 41, of Leeds"); a number after a thing or a list of numbers stays a count."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("A man, 34, was shot in the leg outside the pub.", ["34"]),
        ("The woman, 72, died in hospital on Tuesday.", ["72"]),
        ("Police arrested a teenager, 17, and a woman, 45, at the flat.", ["17", "45"]),
        ("The driver, 29, was uninjured.", ["29"]),
        ("His wife, 41, said nothing in court.", ["41"]),
        ("Jane Doe, 41, of Leeds, was charged with fraud.", ["41"]),
    ],
)
def test_a_number_after_a_person_is_their_age(nlp: Language, text: str, ages: list[str]) -> None:
    found = facts(nlp, text)
    for age in ages:
        assert (age, FigureKind.QUANTITY, float(age), "years") in found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Since I became governor, 12, 13 plants have closed.", "12"),
        ("The list, 34, was longer than last year's.", "34"),
    ],
)
def test_a_number_after_no_one_stays_a_count(nlp: Language, text: str, count: str) -> None:
    assert (count, FigureKind.COUNT, float(count), None) in facts(nlp, text)
