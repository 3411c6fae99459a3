""" "The town is better off than it was ten years ago" says how the town is now; its "was" only
sets what it is compared with, and the score reads no past act in it, as it does in "The town
was better off ten years ago"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "The town is better off than it was ten years ago.",
        "Our schools are not as good as they once were.",
        "We spend more on roads than we did in 2010.",
    ],
)
def test_a_past_that_sets_a_comparison_is_no_past_act(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["past"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "The town was better off ten years ago.",
        "The council spent more than it had planned.",
        "Reid attacked Trump, just as he did with Romney in 2012.",
    ],
)
def test_a_past_act_is_one(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["past"] == 1.0
