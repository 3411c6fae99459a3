"""A subject hyphened to a preposition right after the cue ("said by-elections were …") opens
the words, though the parse split it and hung its "by" on the cue; a phrase of time after the
cue ("said by 2030 prices would fall") is still left out of them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, words


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "A party spokesperson said by-elections were 'always difficult for a governing party'.",
            "by-elections were 'always difficult for a governing party'",
        ),
        ("The mayor said by 2030 prices would fall.", "prices would fall"),
    ],
)
def test_the_words_open_at_the_clause_s_subject(
    analysis_nlp: Language, sentence: str, said: str
) -> None:
    text, result = run_with_text(analysis_nlp, "Poll loss\n\n" + sentence + "\n")
    assert [words(text, q) for q in result.quotes] == [said]
