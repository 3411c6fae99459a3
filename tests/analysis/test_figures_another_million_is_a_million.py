""" "Another million", like "a million", is one million more: a count of 1,000,000, not a count
with no value."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import found


def test_another_million_counts_a_million(nlp: Language) -> None:
    text = "A million jobs went to one group, and another million among those who speak Spanish."
    assert found(nlp, text)["another million"].value == 1_000_000.0
