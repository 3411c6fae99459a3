"""A headline in title case gives the figures its words give in a sentence: with a capital on
every word the model reads "A Quarter Over Five Years" as one date of five and a quarter years
and "Half Last Winter" as a date, and misses "A Decade"; a share and a length of time are
read as in "Fares rose by a quarter over five years". A month keeps its date, and a name or an
ordinal that is part of a title ("First Minister") stays no figure."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import run_with_text

BODY = "\n\nThe figures were published by the council on Tuesday.\n"


def _facts(nlp: Language, headline: str) -> list[tuple[str, FigureKind, float | str | None]]:
    _, result = run_with_text(nlp, headline + BODY)
    return [(f.text, f.kind, f.value) for f in result.figures if f.end <= len(headline)]


@pytest.mark.parametrize(
    ("headline", "figures"),
    [
        (
            "Fares Rose By A Quarter Over Five Years",
            [("A Quarter", FigureKind.PERCENT, 0.25), ("Five Years", FigureKind.QUANTITY, 5.0)],
        ),
        ("Energy Bills Rose By Half Last Winter", [("Half", FigureKind.PERCENT, 0.5)]),
        (
            "Wages Fell By A Tenth In A Decade",
            [("A Tenth", FigureKind.PERCENT, 0.1), ("A Decade", FigureKind.QUANTITY, 1.0)],
        ),
        (
            "Rents Rose By A Third In Two Years",
            [
                ("A Third", FigureKind.PERCENT, pytest.approx(1 / 3)),
                ("Two Years", FigureKind.QUANTITY, 2.0),
            ],
        ),
    ],
)
def test_a_title_case_headline_gives_its_sentence_s_figures(
    analysis_nlp: Language, headline: str, figures: list[tuple[str, FigureKind, float]]
) -> None:
    assert _facts(analysis_nlp, headline) == figures


def test_a_month_in_a_title_case_headline_stays_a_date(analysis_nlp: Language) -> None:
    assert ("March", FigureKind.DATE, "--03") in _facts(
        analysis_nlp, "Four In Ten Renters Face £500 Rise By March"
    )


@pytest.mark.parametrize(
    "headline",
    ["Rose Byrne Wins Award", "First Minister Backs Plan For New Homes"],
)
def test_a_name_or_a_title_in_a_title_case_headline_is_no_figure(
    analysis_nlp: Language, headline: str
) -> None:
    assert _facts(analysis_nlp, headline) == []
