"""Whom a telling verb tells is anyone who could speak, not only the hearers of a word list:
"tell the coroner when a patient dies" tells the coroner, who is no words, as "tell the state
government" is; what they were told is still the words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words

HEAD = "Hospital deaths\n\n"


def quoted(nlp: Language, sentence: str) -> list[str]:
    text = f"{HEAD}{sentence}\n"
    return [words(text, q) for q in run(nlp, text).quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        "The law requires hospitals to tell the coroner when a patient dies.",
        "The clinic told the pharmacist.",
    ],
)
def test_the_one_told_is_no_words(analysis_nlp: Language, sentence: str) -> None:
    assert quoted(analysis_nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The clinic warned the pharmacist about the faulty batch.", "the faulty batch"),
        ("The mayor told the council of her plans.", "her plans"),
        ("The mayor told reporters the bridge would reopen.", "the bridge would reopen"),
    ],
)
def test_what_they_were_told_is_the_words(analysis_nlp: Language, sentence: str, told: str) -> None:
    assert quoted(analysis_nlp, sentence) == [told]
