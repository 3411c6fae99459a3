"""A grade joined to a number names a kind ("a four-alarm fire", "a three-star general") and
"one hell of a" says how much: none counts alarms, stars or hells. "A five-star hotel" is
rated, and stays a figure."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters battled a four-alarm blaze in the warehouse.",
        "Crews answered a 3-alarm fire near the docks.",
        "The committee backed a three-star general for the post.",
        "The coach said it was one hell of a game.",
    ],
)
def test_a_grade_or_one_hell_of_counts_nothing(nlp: Language, text: str) -> None:
    assert facts(nlp, text) == []


def test_a_rated_hotel_keeps_its_stars(nlp: Language) -> None:
    assert [f[0] for f in facts(nlp, "They stayed at a five-star hotel.")] == ["five"]
