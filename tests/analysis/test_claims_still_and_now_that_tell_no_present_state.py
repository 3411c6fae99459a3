""" "The bridge is still closed" and "the plant is now shut" tell the state of things; "the town
has stood still for a decade" tells of keeping without moving, "But still, it was a good day"
concedes, and "ten years from now" points to a time to come: the score reads none of those as
the present state."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "The town has stood still for a decade.",
        "America has not been standing still.",
        "But still, it was a good day for the club.",
        "The town will look very different ten years from now.",
    ],
)
def test_still_and_now_that_tell_no_present_state(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["now"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "The bridge is still closed.",
        "The council still owes the contractor money.",
        "The plant is now shut.",
    ],
)
def test_still_and_now_of_the_present_state(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["now"] == 1.0
