"""A decimal comma, as translated European copy writes it ("3,5%", "1.234,5 euros"), gives the
figure its decimal value, never ten times it; a comma before three digits still sets thousands
apart ("2,500 farms"). A dot before three digits sets thousands apart in a count of things
("4.200 workers") and in a text that writes decimal commas ("1.500 euros")."""

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
        # a dot before three digits sets thousands apart in a count of things
        ("The carmaker employs 4.200 workers in the region.\n", "4.200", 4200),
        ("The carmaker employs 1.234.000 workers worldwide.\n", "1.234.000", 1234000),
        # a text that writes decimal commas sets every thousands apart by a dot
        ("Profit rose 3,5% to 1.500 euros a worker.\n", "1.500 euros", 1500),
        ("Output rose 2,5% to 1.200 tonnes.\n", "1.200 tonnes", 1200),
        # near misses: a nought heads no thousands, a decimal point before a scale or in a
        # measure
        ("Growth was 1,5% and the ratio fell to 0.044 overall.\n", "0.044", 0.044),
        ("Some 4.2 million people use the service.\n", "Some 4.2 million", 4200000),
        ("The shares rose to 1.500 dollars.\n", "1.500 dollars", 1.5),
    ],
)
def test_a_decimal_comma_gives_the_decimal_value(
    analysis_nlp: Language, text: str, words: str, value: float
) -> None:
    figures = analyze(Article(text=text), nlp=analysis_nlp).figures
    found = {text[f.start : f.end]: f.value for f in figures}
    assert found[words] == pytest.approx(value)
