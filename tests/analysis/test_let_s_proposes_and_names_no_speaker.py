"""A "let's" or "let us" before a reporting verb is the writer proposing something, not anyone
reported: "let's admit that …", "let us say that …", "let's ask why …" give
the reader no claimant "’s" or "us". Someone who told us is still reported."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run

HEAD = "Harbour fees\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Let's admit that the harbour fees are too high.",
        "Let’s admit that the harbour fees are too high.",
        "Let us say that the harbour fees are too high.",
        "Instead, let's ask why the board raised the harbour fees.",
    ],
)
def test_a_proposal_of_the_writer_is_no_one_s_words(analysis_nlp: Language, sentence: str) -> None:
    text = f"{HEAD}{sentence}\n"
    assert [(q.speaker, q.cue) for q in run(analysis_nlp, text).quotes] == []


def test_someone_who_told_us_is_reported(analysis_nlp: Language) -> None:
    text = f"{HEAD}The harbourmaster told us that the fees are too high.\n"
    assert [(q.speaker, q.cue) for q in run(analysis_nlp, text).quotes] == [
        ("The harbourmaster", "told")
    ]
