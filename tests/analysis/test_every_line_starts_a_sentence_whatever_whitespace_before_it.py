"""A headline, a byline and each paragraph are sentences of their own however the lines are
spaced: blank lines, spaces before a break, a text that opens with blank lines, or one with
a mark (« or a footnote's ¹) that makes every word be looked at."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("\n\nPier to reopen\nBy Ann Lee\n\nThe pier opens in June", 3),
        ("Pier to reopen  \n  \nBy Ann Lee \n The pier opens in June", 3),
        ("Pier to reopen\n \n\nBy Ann Lee\r\n\r\nThe pier opens in June", 3),
        ("Pier to reopen\n\nBy Ann Lee\n\nThe pier opens in June, « soon ».", 3),
        ("Pier to reopen\n\nBy Ann Lee\n\nThe pier opens in 2026.¹", 3),
    ],
)
def test_each_line_is_a_sentence(analysis_nlp: Language, text: str, lines: int) -> None:
    sentences = _sentences(analysis_nlp, text)
    assert sentences[:2] == ["Pier to reopen", "By Ann Lee"]
    assert len(sentences) == lines
    assert sentences[2].startswith("The pier opens in")


def test_an_empty_or_blank_text_has_no_words_to_start(analysis_nlp: Language) -> None:
    assert _sentences(analysis_nlp, "") == []
    assert _sentences(analysis_nlp, " \n\n ") == []
