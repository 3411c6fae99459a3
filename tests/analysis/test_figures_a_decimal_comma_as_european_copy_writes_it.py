"""A decimal comma, as translated European copy writes it ("3,5%", "1.234,5 euros"), gives the
figure its decimal value, never ten times it; a comma before three digits still sets thousands
apart ("2,500 farms"). A dot before three digits sets thousands apart in a count of things
("4.200 workers", "4.200 Beschäftigte") and in a text that writes decimal commas ("1.500
euros"), wherever in a long text they are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis import pipeline
from newslens.analysis.chunks import chunk_spans
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
        # and before a German noun in capitals
        ("The carmaker employs 4.200 Beschäftigte in the region.\n", "4.200", 4200),
        ("Die Stadt zählt 1.500 Menschen.\n", "1.500", 1500),
        # near miss: a rate before the day it was quoted
        ("The euro traded at 1.085 Tuesday.\n", "1.085", 1.085),
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


_FILLER = "The talks went on through the morning and into the afternoon.\n\n" * 80


@pytest.mark.parametrize(
    ("opening", "value"),
    [
        ("Inflation rose to 3,5% in March.", 1500),
        # near miss: a text with decimal points keeps the point
        ("Inflation rose to 3.5% in March.", 1.5),
    ],
)
def test_a_long_text_reads_its_thousands_as_the_whole_text_writes_decimals(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch, opening: str, value: float
) -> None:
    text = f"{opening}\n\n{_FILLER}The bonus came to 1.500 dollars a worker.\n"
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1_000)
    assert len(chunk_spans(text, 1_000)) > 2
    figures = analyze(Article(text=text), nlp=analysis_nlp).figures
    assert {f.text: f.value for f in figures}["1.500 dollars"] == pytest.approx(value)
