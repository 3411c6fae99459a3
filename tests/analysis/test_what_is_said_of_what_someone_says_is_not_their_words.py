"""What a sentence says of what someone says ("Everything the mayor says is a lie") is not
their words: the parse may hang the sentence's own verb on "says" as what it reports. A clause
after "says" with a verb of its own to come, or with a relative word, stays the speaker's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, words

HEAD = "Bridge row\n\nThe mayor, John Hart, spoke on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    ["Everything the mayor says is a lie.", "Nothing the mayor said was true."],
)
def test_what_is_said_of_his_words_is_not_his(analysis_nlp: Language, sentence: str) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [words(text, q) for q in result.quotes] == []


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("The mayor says the bridge is safe.", "the bridge is safe"),
        ("Fares rose, a rise which the mayor says is too small.", "is too small"),
    ],
)
def test_what_he_says_of_something_is_his(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [words(text, q).split(" | ")[-1] for q in result.quotes] == [reported]
