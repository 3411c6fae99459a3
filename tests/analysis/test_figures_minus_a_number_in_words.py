"""A number in words after "minus" is a figure below nought, as "minus 5" is: "could fall to
minus five tonight" is -5 and "as low as minus twenty-five" -25; "plus or minus three
percentage points" stays a margin of 3 points."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts


def test_minus_a_number_in_words_is_below_nought(analysis_nlp: Language) -> None:
    text = (
        "Forecasters said it could fall to minus five tonight, and as low as minus twenty-five"
        " in the glens. The poll's margin is plus or minus three percentage points."
    )
    assert facts(analysis_nlp, text) == [
        ("minus five", FigureKind.COUNT, -5.0, None),
        ("minus twenty-five", FigureKind.COUNT, -25.0, None),
        ("three percentage points", FigureKind.PERCENT, 0.03, None),
    ]
