"""In a cricket story a batter's "third century" or "12th Test century" is the rank of a
hundred runs scored, not the third century of the calendar; elsewhere it stays a date."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "rank"),
    [
        (
            "Patel made his third century of the tour as the tourists lost two wickets.",
            "third century",
            3.0,
        ),
        (
            "It was her 12th Test century, and she was 141 not out at stumps.",
            "12th Test century",
            12.0,
        ),
    ],
)
def test_a_cricketers_century_is_a_rank(nlp: Language, text: str, words: str, rank: float) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value) == (FigureKind.ORDINAL, rank)


def test_a_century_outside_cricket_is_a_date(nlp: Language) -> None:
    text = "The chapel was built in the third century by the town's first bishop."
    assert found(nlp, text)["the third century"].kind is FigureKind.DATE
