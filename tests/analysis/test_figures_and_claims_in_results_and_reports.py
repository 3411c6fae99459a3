"""What a fact-checker reads in an election result, crime figures, hospital waiting times, a
climate report, a company's results and a football transfer (the stories in ``articles/``):
each figure with its unit, each claim once."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newslens.analysis.model import Analysis, Figure, FigureKind
from tests.analysis.helpers import run

ARTICLES = Path(__file__).parent / "articles"


def _story(nlp: Language, name: str) -> tuple[str, Analysis]:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    return text, run(nlp, text)


def _figure(result: Analysis, words: str) -> Figure:
    return next(f for f in result.figures if f.text == words)


@pytest.mark.parametrize(
    ("story", "words", "kind", "value", "unit"),
    [
        ("election_result", "10,915", FigureKind.COUNT, 10915.0, "votes"),
        ("election_result", "9,870", FigureKind.COUNT, 9870.0, "votes"),
        ("crime_figures", "1,619", FigureKind.COUNT, 1619.0, "offences"),
        (
            "climate_report",
            "419.3 parts per million",
            FigureKind.QUANTITY,
            419.3,
            "parts per million",
        ),
        (
            "climate_report",
            "1,922 parts per billion",
            FigureKind.QUANTITY,
            1922.0,
            "parts per billion",
        ),
        ("climate_report", "1.79 million sq km", FigureKind.QUANTITY, 1_790_000.0, "sq km"),
        ("hospital_waiting_times", "360,000", FigureKind.COUNT, 360_000.0, "patients"),
        ("company_results", "between £430m and £470m", FigureKind.RANGE, None, "GBP"),
        ("football_transfer", "five-year", FigureKind.QUANTITY, 5.0, "years"),
    ],
)
def test_each_figure_has_its_kind_value_and_unit(
    analysis_nlp: Language,
    story: str,
    words: str,
    kind: FigureKind,
    value: float | None,
    unit: str,
) -> None:
    figure = _figure(_story(analysis_nlp, story)[1], words)
    assert figure.kind is kind
    if value is not None:
        assert figure.value == value
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("story", "headline"),
    [
        ("football_transfer", "Rovers sign Costa for club-record £28m fee"),
        ("election_result", "Greens take Eastmoor seat with 12-point swing"),
    ],
)
def test_a_headline_the_first_sentence_repeats_is_not_listed_twice(
    analysis_nlp: Language, story: str, headline: str
) -> None:
    text, result = _story(analysis_nlp, story)
    assert text.startswith(headline)
    assert all(c.start >= len(headline) for c in result.claims)


def test_a_count_of_by_elections_won_since_a_year_is_a_claim(analysis_nlp: Language) -> None:
    text, result = _story(analysis_nlp, "election_result")
    sentence = "It is the third by-election the Greens have won since 2023."
    assert sentence in [text[c.start : c.end] for c in result.claims]
