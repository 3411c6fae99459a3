"""With a verb whose object is whom the words are told ("told", "warned", "tell"), that object
alone is no words: "told the city council" names who heard, and "tell the state
government when someone dies" says when to tell; the government is not what is told."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words

HEAD = "Custody deaths\n\n"


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The mayor told the city council.", "the city council"),
        ("The mayor warned the city council.", "the city council"),
        ("The treasurer told the Associated Press.", "the Associated Press"),
        (
            "The new law requires police to tell the state government when someone dies in "
            "custody.",
            "the state government",
        ),
    ],
)
def test_the_one_told_is_not_given_as_the_words(
    analysis_nlp: Language, sentence: str, told: str
) -> None:
    text = f"{HEAD}{sentence}\n"
    assert told not in [words(text, q) for q in run(analysis_nlp, text).quotes]


def test_what_the_one_told_heard_about_is_still_the_words(analysis_nlp: Language) -> None:
    text = f"{HEAD}The mayor told the city council of her plans.\n"
    assert [words(text, q) for q in run(analysis_nlp, text).quotes] == ["her plans"]
