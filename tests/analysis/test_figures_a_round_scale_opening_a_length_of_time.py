"""A round scale in words opening a length of time counts one of it, as "a 100-year flood"
does: "the hundred-year barrier" is 100 years and "a thousand-year-old tradition" 1,000, never a
date with no value."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "years"),
    [
        ('Engineers call it the "hundred-year barrier" on the estuary.', "hundred-year", 100.0),
        ("Villagers kept up a thousand-year-old custom at the fair.", "thousand-year-old", 1000.0),
    ],
)
def test_a_round_scale_before_year_is_so_many_years(
    nlp: Language, text: str, words: str, years: float
) -> None:
    figure = next(f for text_, f in found(nlp, text).items() if text_.endswith(words))
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, years, "years")
