""" "So far, the council has not paid the contractor" and "So many firms have closed" open with
a phrase of the statement, not with the "So, …" that carries on a conversation: the score
counts no opening of talk for them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "So far, the council has not paid the contractor.",
        "So many firms have closed in the town.",
    ],
)
def test_so_far_is_no_opening_of_talk(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["talk_openers"] == 0.0


@pytest.mark.parametrize(
    "text", ["So, the council has not paid the contractor.", "Well, the firms have closed."]
)
def test_so_and_well_open_talk(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["talk_openers"] == 1.0
