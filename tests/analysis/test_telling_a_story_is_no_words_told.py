"""A story told only as like or unlike another ("The figures tell a different story", "Police
data tell the same tale") says what the facts show, in no one's words: no quote. A story said
to be told by someone, or which story was told, is still reported."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Police recorded crime tells a different story.", []),
        ("Hospital figures tell the same tale.", []),
        # near misses: which story was told, and a story said by someone
        ("The mayor told the story her father had written.", ["the story her father had written"]),
        ("The data tell a similar story, the ONS said.", ["The data tell a similar story"]),
    ],
)
def test_a_story_told_as_like_another_is_no_quote(
    analysis_nlp: Language, sentence: str, quoted: list[str]
) -> None:
    text, result = run_with_text(analysis_nlp, f"Crime figures\n\n{sentence}\n")
    assert [text[q.start : q.end] for q in result.quotes] == quoted
