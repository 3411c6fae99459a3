"""A count set against the sentence's count of things ("up from", "down from", "against",
"bringing the total to", a multiple of it, "twice the", or right after its noun and "to":
"passed by 312 votes to 298") counts the same things, though their noun is left out the second
time."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Officers recorded 1,846 offences, up from 1,619 the year before.", "1,619", "offences"),
        ("The party won 5,402 votes, down from 9,870 at the last election.", "9,870", "votes"),
        (
            "She won 14,238 votes, a 41.2% share, against 10,915 for her rival.",
            "10,915",
            "votes",
        ),
        ("The party gained 64 seats, bringing its total to 72.", "72", "seats"),
        ("Police made 12 arrests, taking the total to 140.", "140", "arrests"),
        ("The council backed the plan by 34 votes to 21 on Monday.", "21", "votes"),
        (
            "Measles cases rose to 2,911 last year, almost three times the 1,013 recorded in 2023.",
            "1,013",
            "cases",
        ),
        ("Police made 40 arrests, twice the 20 made in 2022.", "20", "arrests"),
        # the years are counted by their own number, not by the count before it
        (
            "About 4.3 million people now have asthma, up from 3.9 million five years ago.",
            "3.9 million",
            "people",
        ),
    ],
)
def test_the_second_count_has_the_first_ones_noun(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit


def test_a_count_in_the_next_sentence_is_not_compared(nlp: Language) -> None:
    text = "Police made 40 arrests. Down from 30 was the count of officers on duty."
    assert found(nlp, text)["30"].unit is None


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Cranes lifted two 20ft containers onto the ship.", "two", "containers"),
        ("The study found 58 Fortune 500 companies paid no tax.", "58", "companies"),
    ],
)
def test_a_count_before_a_measure_or_a_name_with_a_number_counts_the_things(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit
