"""A speaker counting their points ("Number two, we have to train more nurses.", "Number two is
to cut the waiting lists.") states no number and names no measured thing: the check-worthiness
score reads only the point itself, while "The number of nurses has risen." names one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "Number two, we have to train more nurses.",
        "And number three, we will mend the roads.",
        "Number two is to cut the waiting lists.",
    ],
)
def test_a_counted_point_is_no_number_nor_measure(nlp: Language, text: str) -> None:
    features = features_of(nlp, text)
    assert (features["number"], features["measurable"]) == (0.0, 0.0)


def test_a_number_of_things_is_still_a_measure(nlp: Language) -> None:
    assert features_of(nlp, "The number of nurses has risen.")["measurable"] == 1.0
