"""Reported words end where a word ends: the parse may hang the unit of "3.8m" or the end of a
financial year "2024-25" on another clause, but the reader never shows half a figure."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "A spokeswoman said levels at Kelby were expected to peak at about 3.8m between "
            "10am and noon on Wednesday, before falling by 30cm a day.",
            "levels at Kelby were expected to peak at about 3.8m",
        ),
        (
            "The union wants a rise of 7% to 9% for 2024-25, while the operators say they "
            "cannot go beyond 4.5%.",
            "a rise of 7% to 9% for 2024-25",
        ),
    ],
)
def test_reported_words_do_not_stop_inside_a_figure(
    analysis_nlp: Language, text: str, words: str
) -> None:
    text, result = run_with_text(analysis_nlp, text)
    assert words in [quoted for _, _, quoted in said(text, result)]
