"""A count names what it counts where the sentence does: a player's tally in a sentence about
goals counts goals ("The striker netted twice, taking his tally to 31 for the season"), and
the level "passenger numbers" reached counts passengers. A tally in a sentence that names no
goal ("scored twice", perhaps tries) and numbers of no people counted ("staff numbers",
"phone numbers") stay counts of nothing named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("The striker netted twice, taking his tally to 31 for the season.", "31", "goals"),
        ("Her late goal took her tally to 14 in all competitions.", "14", "goals"),
        ("Passenger numbers reached 1.1 billion last year.", "1.1 billion", "passengers"),
        ("Visitor numbers at the castle rose to 240,000.", "240,000", "visitors"),
        ("Pupil numbers stand at 3,400 this term.", "3,400", "pupils"),
    ],
)
def test_a_count_names_what_its_sentence_counts(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The winger scored twice, taking his tally to 12 for the season.", "12"),
        ("The team's medal tally rose to 31.", "31"),
        ("Staff numbers at the depot fell to 300.", "300"),
    ],
)
def test_a_count_whose_sentence_names_nothing_counted_has_no_unit(
    nlp: Language, text: str, words: str
) -> None:
    assert found(nlp, text)[words].unit is None
