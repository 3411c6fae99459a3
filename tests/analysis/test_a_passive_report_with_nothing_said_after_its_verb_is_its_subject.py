"""A passive report with nothing said after its verb reports its subject alone: "His views
were echoed by several economists" reports "His views", "Two deaths were confirmed on Monday
by the coroner" reports "Two deaths", not the verb with them. What follows the verb is still
part of the words when it says something: "was called a waste", "was announced from midnight
to 6am"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Storm damage\n\nA storm swept through Harwick on Sunday night.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        ("His views were echoed by several engineers.", "several engineers", "His views"),
        ("Two deaths were confirmed on Monday by the coroner.", "the coroner", "Two deaths"),
        (
            "The plan was called a waste by several engineers.",
            "several engineers",
            "The plan was called a waste",
        ),
        (
            "A curfew was announced from midnight to 6am.",
            None,
            "A curfew was announced from midnight to 6am",
        ),
    ],
)
def test_the_subject_alone_is_the_words(
    analysis_nlp: Language, sentence: str, speaker: str | None, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [(s, w) for s, _, w in said(text, result)] == [(speaker, reported)]
