"""Thousands set apart by a no-break, narrow no-break or thin space ("19 000", "£1 234"), as SI
style and many European papers write them, are one figure with its whole value, not one figure
a group."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.pipeline import analyze
from newslens.article import Article

TEXT = (
    "Officials said 19\u00a0000 people were evacuated and repairs would cost \u00a31\u00a0234 a"
    " home. Another 12\u202f500 homes lost power along 3\u2009400 km of lines.\n"
)


def test_each_spaced_number_is_one_figure_with_its_value(analysis_nlp: Language) -> None:
    figures = analyze(Article(text=TEXT), nlp=analysis_nlp).figures
    found = {(TEXT[f.start : f.end], f.kind.value, f.value, f.unit) for f in figures}
    assert found == {
        ("19\u00a0000", "count", 19000, "people"),
        ("\u00a31\u00a0234", "money", 1234, "GBP"),
        ("12\u202f500", "count", 12500, "homes"),
        ("3\u2009400 km", "quantity", 3400, "km"),
    }


def test_an_ordinary_space_still_parts_two_numbers(analysis_nlp: Language) -> None:
    text = "Of the 40 500 were turned away.\n"
    figures = analyze(Article(text=text), nlp=analysis_nlp).figures
    assert all(f.value != 40500 for f in figures)
