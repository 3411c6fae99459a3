"""Four digits hyphened to a noun they count are a count, though the model tags them as a year:
"a 2000-piece puzzle" is 2,000 pieces, as "a 2,000-piece puzzle" is. A year hyphened to a word
that names a kind ("a 2008-style crash"), a decade ("a 1990s-style campaign") and a span of
years ("the 2024-25 budget", "the 2000-01 season") stay dates."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, found


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("She finished a 2000-piece puzzle in a week.", "pieces"),
        ("Residents handed in a 2000-signature petition on Tuesday.", "signatures"),
        ("The 2000-home estate was approved.", "homes"),
    ],
)
def test_four_digits_hyphened_to_a_noun_count_it(nlp: Language, text: str, unit: str) -> None:
    assert [f for f in facts(nlp, text) if f[0] == "2000"] == [
        ("2000", FigureKind.COUNT, 2000.0, unit)
    ]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Rivals fear a 2008-style crash.", "2008", "2008"),
        ("It was a 1990s-style campaign.", "1990s", "199X"),
        ("The 2024-25 budget was cut.", "2024-25", "2024/2025"),
        ("He starred in the 2000-01 season.", "2000-01", "2000/2001"),
    ],
)
def test_a_year_naming_a_kind_or_a_span_of_years_stays_a_date(
    nlp: Language, text: str, words: str, value: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value) == (FigureKind.DATE, value)
