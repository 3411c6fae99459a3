"""A share joined into one word by hyphens is one share, as "one in five" is: "a 1-in-5 chance"
and "one-in-five adults" are 0.2, "a one-in-100-year flood" 0.01, not a count of one and a
count of five."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Forecasters give a 1-in-5 chance of snow tonight.", "1-in-5", 0.2),
        ("One-in-five adults in the town now cycle to work.", "One-in-five", 0.2),
        ("Engineers called it a one-in-100-year storm.", "one-in-100", 0.01),
    ],
)
def test_a_share_joined_by_hyphens_is_one_share(
    nlp: Language, text: str, words: str, value: float
) -> None:
    assert [(w, kind, v) for w, kind, v, _ in facts(nlp, text)] == [
        (words, FigureKind.PERCENT, value)
    ]
