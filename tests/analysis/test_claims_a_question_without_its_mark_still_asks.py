""" "Is it true that the council knew." and "Have you noticed, the buses are late again." ask,
though no question mark ends them: an auxiliary before its subject at the start, or "What if",
makes a question for the score as the mark does. "Had we known, we would have acted" and
"Should you need help, …" suppose, and are no questions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "Is it true that the council knew about the leak.",
        "Have you noticed, the buses are late again.",
        "And did anyone at the council check the figures.",
        "What if the council had sold the land.",
    ],
)
def test_a_question_without_its_mark_still_asks(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["question"] == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Had we known, we would have acted.",
        "The council knew about the leak.",
        "It is true that the council knew about the leak.",
    ],
)
def test_a_statement_asks_nothing(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["question"] == 0.0
