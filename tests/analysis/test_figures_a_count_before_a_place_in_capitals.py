"""A number before a place or a body in capitals counts the noun after them: "its three UK
factories" are 3 factories, "40 UK stores" 40 stores and "two BBC reporters" 2 reporters, as
"its three factories" are; a number before a model's capitals names it ("the 737 MAX jets")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("The jobs at its three UK factories are safe.", "three", 3.0, "factories"),
        ("She owns 40 UK stores.", "40", 40.0, "stores"),
        ("He sent two BBC reporters to the border.", "two", 2.0, "reporters"),
    ],
)
def test_a_count_before_capitals_counts_the_noun_after_them(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    assert facts(nlp, text) == [(words, FigureKind.COUNT, value, unit)]


def test_a_number_before_a_models_capitals_names_it(nlp: Language) -> None:
    assert find_figures(nlp("Regulators grounded the 737 MAX jets.")) == []
