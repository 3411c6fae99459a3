"""A number told after a second side, its noun left out, counts what the count before it
counts: "Labour won 14 seats, the Conservatives eight" is 14 seats and 8 seats."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_a_number_after_a_second_side_counts_the_same_things(nlp: Language) -> None:
    text = "The Democrats won 14 seats, the Republicans eight."
    assert facts(nlp, text) == [
        ("14", FigureKind.COUNT, 14.0, "seats"),
        ("eight", FigureKind.COUNT, 8.0, "seats"),
    ]
