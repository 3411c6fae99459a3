""" "the most expensive scheme" ranks the scheme, and "those who need it most" says how much:
neither puts an amount in words, as "Most residents opposed the plan" does; the score counts
the superlative once, not also as an amount."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "It is the most expensive scheme in the county.",
        "The grants go to the families who need them most.",
    ],
)
def test_the_most_of_a_superlative_is_no_amount(nlp: Language, text: str) -> None:
    features = features_of(nlp, text)
    assert (features["magnitude"], features["superlative"]) == (0.0, 1.0)


@pytest.mark.parametrize(
    "text", ["Most residents opposed the plan.", "Most of the money went on the bridge."]
)
def test_most_of_a_group_is_an_amount(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["magnitude"] == 1.0
