""" "Half-year results", "first-half profits" and "a second-half goal" name the half of a year
or of a match something belongs to, no figure, as "full-year" is none; "a half-year delay" is a
duration of half a year."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The brewer will publish half-year results on 3 March.", "half-year"),
        ("The brewer said first-half profits were flat.", "First-half"),
        ("The brewer's interim report for the half-year showed a loss.", "the half-year"),
        ("The brewer said full-year profits were flat.", "full-year"),
    ],
)
def test_a_reporting_period_is_no_figure(nlp: Language, text: str, words: str) -> None:
    assert not [w for w in found(nlp, text) if words.lower() in w.lower()]


def test_a_half_year_counted_is_half_a_year(nlp: Language) -> None:
    figure = found(nlp, "The new bridge suffered a half-year delay.")["half-year"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, 0.5, "years")
