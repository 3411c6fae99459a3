"""North American papers join a scale to its amount with a hyphen ("a $250-million stadium"):
the amount is the whole of it, not the number before the hyphen."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        (
            "Voters rejected a $250-million stadium last spring.",
            "$250-million",
            250_000_000.0,
            "USD",
        ),
        (
            "The province signed a C$1.2-billion hydro deal.",
            "C$1.2-billion",
            1_200_000_000.0,
            "CAD",
        ),
    ],
)
def test_a_scale_after_a_hyphen_is_part_of_the_amount(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    assert (words, FigureKind.MONEY, value, unit) in facts(nlp, text)


def test_a_range_written_with_a_hyphen_stays_a_range(nlp: Language) -> None:
    text = "The refit will cost $30-45 million, the port said."
    assert ("$30-45 million", FigureKind.RANGE, "30000000/45000000", "USD") in facts(nlp, text)
