"""A number times a power of ten, as science copy writes a very large or small one, is one
figure multiplied out: "3 × 10⁶ cells" and "3x10^6 cells" are 3,000,000 cells."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each dose held 3 × 10⁶ cells.",
            ("3 × 10⁶", FigureKind.COUNT, 3_000_000.0, "cells"),
        ),
        ("Each dose held 3x10^6 cells.", ("3x10^6", FigureKind.COUNT, 3_000_000.0, "cells")),
        (
            "The culture grew to 2.5 × 10⁹ bacteria.",
            ("2.5 × 10⁹", FigureKind.COUNT, 2_500_000_000.0, "bacteria"),
        ),
        (
            "The sample weighed 4 × 10⁻³ grams.",
            ("4 × 10⁻³ grams", FigureKind.QUANTITY, 0.004, "grams"),
        ),
    ],
)
def test_a_number_times_a_power_of_ten_is_multiplied_out(
    nlp: Language, text: str, expected: tuple[str, FigureKind, float, str]
) -> None:
    assert facts(nlp, text) == [expected]


def test_a_power_of_ten_alone_is_still_its_value(nlp: Language) -> None:
    assert facts(nlp, "Each dose held 10⁶ cells.") == [
        ("10⁶", FigureKind.COUNT, 1_000_000.0, "cells")
    ]
