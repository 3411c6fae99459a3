""" "Turnout, according to the electoral commission, was the lowest since 2001": a subject of
one word before the aside is as much the source's words as what follows it; a "But" there
is not part of them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, words

HEAD = "Turnout falls\n\nVoters stayed at home in large numbers.\n\n"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "Turnout, according to the electoral commission, was the lowest since 2001.",
            "Turnout | was the lowest since 2001",
        ),
        ("Demand, according to the firm, fell sharply.", "Demand | fell sharply"),
    ],
)
def test_a_one_word_subject_before_the_source_is_its_words(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [words(text, q) for q in result.quotes] == [reported]
    # a lone "But" before the source is no part of the words
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}But, according to the firm, demand fell sharply.\n"
    )
    assert [words(text, q) for q in result.quotes] == ["demand fell sharply"]
