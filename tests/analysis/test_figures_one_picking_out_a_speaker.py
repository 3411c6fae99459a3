"""A "one" that picks out someone unnamed whose words are reported ("said one woman", "one
resident told us") says nothing about how many and is no figure; "one woman was arrested",
"one man died" and "only one voter said yes" count."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    "text",
    [
        '"The noise went on all night," said one neighbour, who asked not to be named.',
        "One resident said the water had been brown for a week.",
        "One shopkeeper told reporters she had lost a month of trade.",
    ],
)
def test_one_unnamed_speaker_is_no_count(nlp: Language, text: str) -> None:
    assert not {"one", "One"} & set(found(nlp, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("One woman was arrested after the fight.", "One"),
        ("Police said one man died at the scene.", "one"),
        ("Only one councillor said she would vote for the plan.", "Only one"),
    ],
)
def test_one_that_says_how_many_is_a_count(nlp: Language, text: str, words: str) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value) == (FigureKind.COUNT, 1.0)
