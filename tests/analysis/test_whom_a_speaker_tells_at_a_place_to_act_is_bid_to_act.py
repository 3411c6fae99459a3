"""A place and a time between the one told and the infinitive ("told her staff at a meeting on
Monday to keep the libraries open") make the parse read "to keep …" as why she told them, but
it is what they were told to do, and so the words, as in "told his players to rest"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Libraries stay open\n\nThe libraries in Harwick were due to close this winter.\n\n"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "The mayor told her staff at a meeting on Monday to keep the libraries open.",
            "her staff at a meeting on Monday to keep the libraries open",
        ),
        (
            "The mayor tells her supporters at a rally to “go to the library and borrow”"
            " and then to wait.",
            "her supporters at a rally to “go to the library and borrow” and then to wait",
        ),
    ],
)
def test_the_infinitive_after_the_place_is_what_they_are_told(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [(s, r) for s, _, r in said(text, result)] == [("The mayor", reported)]
