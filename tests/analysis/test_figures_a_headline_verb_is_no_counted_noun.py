"""In a headline in title case the parse may take the capitalised verb after a count's noun for
the noun counted ("Share" of "31 Nurses Share Their Stories"); the noun before it is counted
when a capitalised word that opens the verb's object follows it, and a noun after a modifier
("Two Police Officers In Dallas") stays counted."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("31 Nurses Share Their Worst Night Shifts", "31", "Nurses"),
        ("One Chart Sums Up The Housing Crisis In Leeds", "One", "Chart"),
    ],
)
def test_the_noun_before_a_headline_verb_is_counted(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit


def test_a_count_before_a_compound_noun_in_a_headline_counts_the_noun(nlp: Language) -> None:
    assert found(nlp, "Ten Senators Back The Bill")["Ten"].unit == "Senators"
