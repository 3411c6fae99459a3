"""The top place held or come back to ("Band back at #1", "debuted at No 1", "stayed at number
one") is a rank, ordinal 1, as "went to #1" is, in a headline as in a story; "back at No 10"
is Downing Street and "back at No 1 Court" a court, neither a figure."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Folk band back at #1\n\nThe group topped the chart again on Friday.", "#1"),
        ("Their second album debuted at No 1 in Britain.", "No 1"),
        ("The single stayed at number one for a month.", "number one"),
    ],
)
def test_the_top_place_held_is_a_rank(nlp: Language, text: str, words: str) -> None:
    assert (words, FigureKind.ORDINAL, 1.0, None) in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["The prime minister was back at No 10 by noon.", "The champion is back at No 1 Court."],
)
def test_a_place_named_by_its_number_is_no_rank(nlp: Language, text: str) -> None:
    assert [kind for _, kind, _, _ in facts(nlp, text)] == []
