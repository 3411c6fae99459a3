"""A majority with no noun after it is a lead in votes where the story is about a vote of any
kind, not only a general election: "was re-elected with a majority of 2,345", "members voted to
strike by a majority of 2,345". With no vote in the story it counts nothing named ("a majority
of 2,345 work part-time")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was re-elected on Thursday with a majority of 2,345.",
        "Union members voted to strike, with a majority of 2,345.",
        "The referendum on the bypass passed with a majority of 2,345.",
    ],
)
def test_a_majority_in_a_story_of_a_vote_is_in_votes(nlp: Language, text: str) -> None:
    assert ("2,345", FigureKind.COUNT, 2345.0, "votes") in facts(nlp, text)


def test_a_majority_with_no_vote_in_the_story_counts_nothing_named(nlp: Language) -> None:
    text = "Of the 4,000 staff at the hospital, a majority of 2,345 work part-time."
    assert ("2,345", FigureKind.COUNT, 2345.0, None) in facts(nlp, text)
