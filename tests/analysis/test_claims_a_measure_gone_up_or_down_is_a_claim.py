""" "Visitor numbers are up" and "burglaries have gone down" tell that a measure moved, which a
fact-checker checks as a figure; "I was down in Cornwall" tells where someone was, "it is up to
the council" whose task it is, and "prices will go up", "to get the waiting list down" a move to
come or wished: none of those is a measure that moved."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of, run


@pytest.mark.parametrize(
    "text",
    [
        "Visitor numbers at the museum are up.",
        "Burglaries in the county have gone down.",
        "Waiting times at the hospital have gone up again.",
        "The number of empty shops is still going up.",
    ],
)
def test_a_measure_gone_up_or_down_is_a_claim(analysis_nlp: Language, text: str) -> None:
    assert [text[c.start : c.end] for c in run(analysis_nlp, text).claims] == [text]


@pytest.mark.parametrize(
    "text",
    [
        "I was down in Cornwall last week.",
        "It is up to the council to decide.",
        "Prices will go up next year.",
        "The council wants to get the waiting list down.",
        "We walked up the hill.",
    ],
)
def test_where_someone_went_or_a_move_to_come_is_no_measure_moved(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["moved"] == 0.0
