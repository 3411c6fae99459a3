"""Four digits after "a crowd of", "a group of", "a total of" or "an estimated" count people or
things, though the model tags them as a year: "a crowd of 2000" is 2,000 people, and so do four
digits after "the" before people ("The 2000 men were freed"). A year after "in", "since" or "the
class of" stays a year, as does one before a thing or before people who own it ("The 2000
election", "the 2000 men's final")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("A crowd of 2000 gathered outside the court.", "2000", "people"),
        ("A group of 2000 marched to the ministry on Friday.", "2000", None),
        ("A total of 1998 signed the open letter.", "1998", None),
        ("An estimated 2000 people joined the protest.", "An estimated 2000", "people"),
        ("The 2000 men were freed.", "2000", "men"),
        ("Police said the 1500 protesters had left.", "1500", "protesters"),
    ],
)
def test_four_digits_after_words_that_count_are_a_count(
    nlp: Language, text: str, words: str, unit: str | None
) -> None:
    assert [f for f in facts(nlp, text) if f[0] == words] == [
        (words, FigureKind.COUNT, float(words[-4:]), unit)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In 2000 a crowd gathered outside the court.",
        "She graduated with the class of 2000.",
        "Rents have doubled since 2000.",
        "The 2000 election was close.",
        "He won the 2000 men's final in straight sets.",
    ],
)
def test_a_year_after_in_since_or_a_class_of_stays_a_year(nlp: Language, text: str) -> None:
    assert [f for f in facts(nlp, text) if f[0] == "2000"] == [
        ("2000", FigureKind.DATE, "2000", None)
    ]
