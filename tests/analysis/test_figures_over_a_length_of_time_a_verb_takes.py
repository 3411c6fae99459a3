"""An "over" before the length of time a verb takes bounds it, as "more than" does: "served over
15 years in prison" is at least 15 years, and so are "the talks lasted over three hours" and, by a
verb of lasting, "has worked there over 15 years" and "waited over four hours". Before a
period something happened across ("grown over the past 15 years", "studied the patients over
15 years", "a rise of 4% over two years", "would cost as much over 10 years") "over" means
during, and the length stays exact; so it does after a verb of change, however the parse hangs
"over" ("has grown over 15 years" is the period the growth took), while going is no change ("went
over 15 years without a title" is at least)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The man served over 15 years in prison before his release.", "over 15 years"),
        ("She spent over 20 years in the navy.", "over 20 years"),
        ("The talks lasted over three hours on Friday.", "over three hours"),
        ("The caretaker has worked there over 15 years.", "over 15 years"),
        ("Some patients waited over four hours for a bed.", "over four hours"),
        ("She had lived in the village over 40 years.", "over 40 years"),
    ],
)
def test_over_before_the_time_a_verb_takes_is_a_floor(nlp: Language, text: str, words: str) -> None:
    assert found(nlp, text)[words].qualifier is Qualifier.AT_LEAST


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The charity has grown over the past 15 years.", "the past 15 years"),
        ("Researchers studied the patients over 15 years.", "15 years"),
        ("Prices rose 4% over two years.", "two years"),
        ("The index showed a rise of 4% over two years.", "two years"),
        ("The river level fell over two days.", "two days"),
        ("Over 15 years, the charity has grown tenfold.", "15 years"),
        ("The loan is repaid over 25 years.", "25 years"),
        ("Repairs would cost nearly as much over 10 years.", "10 years"),
    ],
)
def test_over_a_period_something_happened_across_bounds_nothing(
    nlp: Language, text: str, words: str
) -> None:
    assert found(nlp, text)[words].qualifier is Qualifier.EXACTLY


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The charity has grown over 15 years.", "15 years"),
        ("The charity has grown over 15 years, its director said.", "15 years"),
        ("The town has expanded over 20 years.", "20 years"),
        ("Food prices have risen over 10 years, the report found.", "10 years"),
    ],
)
def test_over_the_period_a_change_took_bounds_nothing(nlp: Language, text: str, words: str) -> None:
    assert found(nlp, text)[words].qualifier is Qualifier.EXACTLY


def test_going_over_a_length_of_time_is_still_a_floor(nlp: Language) -> None:
    text = "The club went over 15 years without a title."
    assert found(nlp, text)["over 15 years"].qualifier is Qualifier.AT_LEAST
