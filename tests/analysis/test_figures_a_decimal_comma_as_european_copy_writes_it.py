"""A decimal comma, as translated European copy writes it ("3,5%", "1.234,5 euros"), gives the
figure its decimal value, never ten times it; a comma before three digits still sets thousands
apart ("2,500 farms")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.pipeline import analyze
from newslens.article import Article


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Closures rose by 3,5% on the year, the ministry said.\n", "3,5%", 0.035),
        ("Imports make up about 1,5% of consumption.\n", "about 1,5%", 0.015),
        ("The average farmer earned 1.234,5 euros a month.\n", "1.234,5 euros", 1234.5),
        # near misses: thousands set apart by a comma, and a decimal point
        ("Closures rose by 2,500 farms on the year.\n", "2,500", 2500),
        ("Closures rose by 3.5% on the year.\n", "3.5%", 0.035),
    ],
)
def test_a_decimal_comma_gives_the_decimal_value(
    analysis_nlp: Language, text: str, words: str, value: float
) -> None:
    figures = analyze(Article(text=text), nlp=analysis_nlp).figures
    found = {text[f.start : f.end]: f.value for f in figures}
    assert found[words] == pytest.approx(value)
