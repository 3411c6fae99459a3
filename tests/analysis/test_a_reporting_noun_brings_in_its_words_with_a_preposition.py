"""A reporting noun may bring in its words as a noun phrase, after a preposition: "the
governor's call for calm", "allegations of fraud", "the minister's claims about the cost".
Some such nouns name a thing as often as words ("the demand for steel", "the threat of
flooding", "the promise of jobs"): those report words only with someone's name on them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Mill town on edge\n\nThe mill at Harwick closed in March after forty years.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "reported"),
    [
        ("The governor's call for calm went unheeded.", "The governor", "call for", "calm"),
        ("Allegations of fraud have dogged the owners.", None, "Allegations of", "fraud"),
        (
            "The union's claims about the pension fund were disputed.",
            "The union",
            "claims about",
            "the pension fund",
        ),
    ],
)
def test_the_phrase_after_the_noun_is_the_words(
    analysis_nlp: Language, sentence: str, speaker: str | None, cue: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert (speaker, cue, reported) in said(text, result)


@pytest.mark.parametrize(
    "sentence",
    [
        "Demand for steel fell sharply.",
        "The threat of flooding remains high along the river.",
        "The promise of new jobs drew families to the town.",
    ],
)
def test_a_thing_no_one_is_named_for_is_no_ones_words(
    analysis_nlp: Language, sentence: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == []
