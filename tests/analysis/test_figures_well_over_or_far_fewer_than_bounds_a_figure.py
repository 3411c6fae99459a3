""" "Well over", "well below" and "far fewer than" bound a figure as "over", "below" and "fewer
than" do, and join its span as "just over" does, also where the model's span already holds them
("a debt of well over half a trillion dollars" is at least $500bn, not exactly)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "qualifier"),
    [
        (
            "The city now carries a debt of well over half a trillion dollars.",
            "well over half a trillion dollars",
            Qualifier.AT_LEAST,
        ),
        ("Support for the plan stood well below 40% in May.", "well below 40%", Qualifier.AT_MOST),
        (
            "The rally drew far fewer than 2,000 people.",
            "far fewer than 2,000",
            Qualifier.AT_MOST,
        ),
    ],
)
def test_well_over_or_far_fewer_than_bounds_a_figure(
    nlp: Language, text: str, words: str, qualifier: Qualifier
) -> None:
    assert found(nlp, text)[words].qualifier is qualifier
