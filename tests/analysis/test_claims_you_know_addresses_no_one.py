"""A "you" that only carries the talk on, "You know, the council closed the library in 2019",
"as you know", "I can tell you that …", "Let me tell you, …", addresses no one about the
matter: the score reads neither a listener spoken to nor the listener's record in it. "You
voted for the closure", "You know that he voted for it" and "He didn't tell you that …" still
speak to someone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


def _you(nlp: Language, text: str) -> tuple[float, float]:
    features = features_of(nlp, text)
    return features["you"], features["you_subject"]


@pytest.mark.parametrize(
    "text",
    [
        "You know, the council closed the library in 2019.",
        "The plant, as you know, closed in 2019 with the loss of 300 jobs.",
        "I can tell you that the council spent £2m on the scheme.",
        "Let me tell you, the council spent £2m on the scheme.",
    ],
)
def test_a_formula_of_talk_addresses_no_one(nlp: Language, text: str) -> None:
    assert _you(nlp, text) == (0.0, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "You voted for the closure of the library in 2019.",
        "You know that he voted for the closure in 2019.",
    ],
)
def test_a_listener_spoken_of_is_addressed(nlp: Language, text: str) -> None:
    assert _you(nlp, text) == (1.0, 1.0)


def test_a_listener_told_is_addressed(nlp: Language) -> None:
    assert _you(nlp, "He didn't tell you that the plant closed in 2019.")[0] == 1.0
