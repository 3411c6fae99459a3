""" "At least 20 homes were flooded" bounds a count: it ranks nothing above all others, as "the
largest scheme" does, and the score counts no superlative for it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "At least 20 homes were flooded.",
        "The council will have at least two plans.",
    ],
)
def test_at_least_is_a_bound_not_a_superlative(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["superlative"] == 0.0


@pytest.mark.parametrize(
    "text", ["It is the largest scheme in the county.", "The east ward was hit hardest."]
)
def test_a_superlative_ranks(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["superlative"] == 1.0
