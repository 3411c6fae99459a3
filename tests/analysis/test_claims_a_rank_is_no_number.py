"""'In the first place', 'for the first time', 'the 21st century', 'first proposed': a word that
ranks or orders is no number to the check-worthiness score, as "one" is none; "A third of the
homes" is a share, and a number, as "three libraries" is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "In the first place, the council never asked the residents.",
        "The town will host the race for the first time.",
        "Schools must change for the 21st century.",
        "The council first proposed the plan in a meeting.",
    ],
)
def test_a_rank_is_no_number(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["number"] == 0.0


@pytest.mark.parametrize(
    "text", ["A third of the homes were flooded.", "The council has three libraries."]
)
def test_a_share_and_a_count_are_numbers(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["number"] == 1.0
