""" "Number one" before what it ranks ("the number one issue", "our number one priority") or
first on a list ("Number one on the list is …") is a rank, ordinal 1, as "the nation's No 1
exporter" is; "number one" that ranks nothing ("Well, number one on trade, …", a speaker's
point) and "the number seven shirt" give no figure; none is a count."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        ("Jobs are the number one issue for voters.", "number one", 1.0),
        ("Our number one priority is safety.", "number one", 1.0),
        ("Damp is the number one culprit, the report said.", "number one", 1.0),
        ("The number two official in the party resigned.", "number two", 2.0),
        ("Number one on the list is the economy.", "Number one", 1.0),
    ],
)
def test_number_one_is_a_rank(nlp: Language, text: str, words: str, place: float) -> None:
    assert facts(nlp, text) == [(words, FigureKind.ORDINAL, place, None)]


@pytest.mark.parametrize(
    "text",
    ["Well, number one on trade, the senator spoke of tariffs.", "He wore the number seven shirt."],
)
def test_number_one_that_ranks_nothing_is_no_figure(nlp: Language, text: str) -> None:
    assert facts(nlp, text) == []
