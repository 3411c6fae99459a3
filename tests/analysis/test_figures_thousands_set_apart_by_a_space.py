"""Thousands set apart by a no-break, narrow no-break or thin space ("19 000", "£1 234"), as SI
style and many European papers write them, are one figure with its whole value, not one figure
a group. So are thousands set apart by an ordinary space before what they count ("12 500
people", "3 400 more joined"), but not two numbers side by side ("in 2019 500 people", "week 12 400 people")."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Police said 12 500 people marched through Geneva.\n", "12 500", 12500),
        ("Officials counted about 9 800 officers on duty.\n", "about 9 800", 9800),
        ("The fund paid out 14 200 euros to each family.\n", "14 200 euros", 14200),
        # what is counted may come after a word of more, or be left unsaid after it
        ("The council built 12 500 new homes.\n", "12 500", 12500),
        ("Officials said 3 400 more joined later.\n", "3 400", 3400),
    ],
)
def test_an_ordinary_space_sets_thousands_apart_before_what_they_count(
    analysis_nlp: Language, text: str, words: str, value: float
) -> None:
    figures = analyze(Article(text=text), nlp=analysis_nlp).figures
    assert {text[f.start : f.end]: f.value for f in figures}[words] == value


@pytest.mark.parametrize(
    "text",
    [
        # a year, then a count; a day, then a count; a rank, then a measure
        "In 2019 500 people came to the fair.\n",
        "On 12 500 were arrested, police said.\n",
        "The Top 10 100-metre times were listed.\n",
        "In week 12 400 people applied.\n",
        "In week 12 400 more people applied.\n",
    ],
)
def test_numbers_side_by_side_stay_apart(analysis_nlp: Language, text: str) -> None:
    figures = analyze(Article(text=text), nlp=analysis_nlp).figures
    assert all(f.value not in (2019500, 12500, 10100, 12400) for f in figures)
