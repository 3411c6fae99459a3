"""A duty put in the perfect, "The council should have closed the bridge in 2019", "She must
have known about the leak", judges or guesses what was done, and calls on no one to act: the
score does not read it as a call. "The council should close the bridge." still calls."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "The council should have closed the bridge in 2019.",
        "She must have known about the leak before the vote.",
        "The repairs shouldn't have been delayed for two years.",
    ],
)
def test_a_duty_in_the_perfect_calls_for_nothing(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["should"] == 0.0


@pytest.mark.parametrize(
    "text",
    ["The council should close the bridge.", "The repairs must not be delayed again."],
)
def test_a_duty_now_is_a_call(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["should"] == 1.0
