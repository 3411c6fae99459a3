""" "So far, the council has not paid the contractor" and "So many firms have closed" open with
a phrase of the statement, not with the "So, …" that carries on a conversation: the score
counts no opening of talk for them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.claims import span_features
from newslens.analysis.figures import find_figures


def _talk_openers(nlp: Language, text: str) -> float:
    doc = nlp(text)
    return span_features(doc[:], find_figures(doc))["talk_openers"]


@pytest.mark.parametrize(
    "text",
    [
        "So far, the council has not paid the contractor.",
        "So many firms have closed in the town.",
    ],
)
def test_so_far_is_no_opening_of_talk(nlp: Language, text: str) -> None:
    assert _talk_openers(nlp, text) == 0.0


@pytest.mark.parametrize(
    "text", ["So, the council has not paid the contractor.", "Well, the firms have closed."]
)
def test_so_and_well_open_talk(nlp: Language, text: str) -> None:
    assert _talk_openers(nlp, text) == 1.0
