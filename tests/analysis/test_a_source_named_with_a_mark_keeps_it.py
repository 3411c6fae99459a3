"""A body whose name ends in a mark ("Which?") keeps it after "according to", as after "said",
and what describes it after a comma is no part of the words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, words


@pytest.mark.parametrize(
    "sentence",
    [
        "Households will pay £120 more a year, according to Which?, the consumer group.",
        "Households will pay £120 more a year, according to Which?",
        "Households will pay £120 more a year, according to Which?, which surveyed 2,000 people.",
    ],
)
def test_according_to_which_is_which_and_its_words_alone(
    analysis_nlp: Language, sentence: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"Energy bills rise again\n\n{sentence}\n")
    assert [(q.speaker, words(text, q)) for q in result.quotes] == [
        ("Which?", "Households will pay £120 more a year")
    ]
