"""A speaker counting their points in digits ("Number 2, we have to train more nurses.") states
no number, as "Number two, …" states none: the score reads neither a number nor digits in it,
but reads the point's own ("Number 2, we will train 300 more nurses."). "Number 10, which denied
the report, …" is Downing Street, no point counted."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


def _numbers(nlp: Language, text: str) -> tuple[float, float]:
    features = features_of(nlp, text)
    return features["number"], features["digits"]


@pytest.mark.parametrize(
    "text",
    [
        "Number 2, we have to train more nurses.",
        "And number 3: the roads must be mended.",
        "Number 4, the council should publish its accounts.",
    ],
)
def test_a_point_counted_in_digits_is_no_number(nlp: Language, text: str) -> None:
    assert _numbers(nlp, text) == (0.0, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Number 2, we will train 300 more nurses.",
        "Number 10, which denied the report, said the minister would stay.",
    ],
)
def test_a_number_beside_it_or_downing_street_still_counts(nlp: Language, text: str) -> None:
    assert _numbers(nlp, text) == (1.0, 1.0)
