"""What a fact-checker reads in a weather warning, a marathon report, a tennis and a football
report, a house-price story and a travel-disruption story (the stories in ``articles/``): each
figure with its kind, value, unit and bound, and no figure in a flight's or a gate's number."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newslens.analysis.model import Analysis, FigureKind, Qualifier
from tests.analysis.helpers import run

ARTICLES = Path(__file__).parent / "articles"


def _figures(nlp: Language, story: str) -> tuple[str, Analysis]:
    text = (ARTICLES / f"{story}.txt").read_text(encoding="utf-8")
    return text, run(nlp, text)


@pytest.mark.parametrize(
    ("story", "words", "kind", "value", "unit", "qualifier"),
    [
        ("weather_warning", "up to 80mph", FigureKind.QUANTITY, 80.0, "mph", Qualifier.AT_MOST),
        (
            "weather_warning",
            "Between 40mm and 60mm",
            FigureKind.RANGE,
            "40/60",
            "mm",
            Qualifier.EXACTLY,
        ),
        ("weather_warning", "up to 100mm", FigureKind.QUANTITY, 100.0, "mm", Qualifier.AT_MOST),
        ("weather_warning", "37F", FigureKind.QUANTITY, 37.0, "°F", Qualifier.EXACTLY),
        (
            "weather_warning",
            "from 6am until 9pm",
            FigureKind.RANGE,
            "06:00/21:00",
            None,
            Qualifier.EXACTLY,
        ),
        ("marathon_report", "2:03:45", FigureKind.QUANTITY, 7425.0, "seconds", Qualifier.EXACTLY),
        ("marathon_report", "61:10", FigureKind.QUANTITY, 3670.0, "seconds", Qualifier.EXACTLY),
        (
            "marathon_report",
            "2:56",
            FigureKind.QUANTITY,
            176.0,
            "seconds per kilometre",
            Qualifier.EXACTLY,
        ),
        ("marathon_report", "2:04:26", FigureKind.QUANTITY, 7466.0, "seconds", Qualifier.EXACTLY),
        (
            "marathon_report",
            "sub-two-hour",
            FigureKind.QUANTITY,
            2.0,
            "hours",
            Qualifier.AT_MOST,
        ),
        (
            "marathon_report",
            "More than 42,000",
            FigureKind.COUNT,
            42000.0,
            "runners",
            Qualifier.AT_LEAST,
        ),
        ("match_reports", "7-6", FigureKind.COUNT, "7-6", None, Qualifier.EXACTLY),
        (
            "match_reports",
            "two hours and 51 minutes",
            FigureKind.QUANTITY,
            171.0,
            "minutes",
            Qualifier.EXACTLY,
        ),
        ("match_reports", "number 14", FigureKind.ORDINAL, 14.0, None, Qualifier.EXACTLY),
        ("match_reports", "2-1", FigureKind.COUNT, "2-1", None, Qualifier.EXACTLY),
        (
            "match_reports",
            "the 89th minute",
            FigureKind.ORDINAL,
            89.0,
            "minute",
            Qualifier.EXACTLY,
        ),
        ("house_prices", "£285,400", FigureKind.MONEY, 285400.0, "GBP", Qualifier.EXACTLY),
        (
            "house_prices",
            "£1,150",
            FigureKind.MONEY,
            1150.0,
            "GBP per month",
            Qualifier.EXACTLY,
        ),
        ("house_prices", "148.2", FigureKind.COUNT, 148.2, "points", Qualifier.EXACTLY),
        ("house_prices", "around 4.5%", FigureKind.PERCENT, 0.045, None, Qualifier.APPROXIMATELY),
        (
            "travel_disruption",
            "up to 90 minutes",
            FigureKind.QUANTITY,
            90.0,
            "minutes",
            Qualifier.AT_MOST,
        ),
        ("travel_disruption", "two", FigureKind.COUNT, 2.0, "trains per hour", Qualifier.EXACTLY),
        (
            "travel_disruption",
            "30 to 59 minutes",
            FigureKind.RANGE,
            "30/59",
            "minutes",
            Qualifier.EXACTLY,
        ),
        (
            "travel_disruption",
            "About 12,000",
            FigureKind.COUNT,
            12000.0,
            "passengers",
            Qualifier.APPROXIMATELY,
        ),
    ],
)
def test_each_figure_reads_as_a_fact_checker_would(
    analysis_nlp: Language,
    story: str,
    words: str,
    kind: FigureKind,
    value: float | str,
    unit: str | None,
    qualifier: Qualifier,
) -> None:
    _, result = _figures(analysis_nlp, story)
    figure = next(f for f in result.figures if f.text == words)
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == (
        kind,
        value,
        unit,
        qualifier,
    )


def test_a_race_time_is_never_split_into_a_clock_time_and_a_count(analysis_nlp: Language) -> None:
    _, result = _figures(analysis_nlp, "marathon_report")
    assert [f.text for f in result.figures if f.kind is FigureKind.TIME] == []


def test_flight_and_gate_numbers_are_no_figures(analysis_nlp: Language) -> None:
    text, result = _figures(analysis_nlp, "travel_disruption")
    names = [text.index(n) for n in ("BA283", "EZY8123", "gate 22", "Platform 4")]
    assert not [f for f in result.figures for at in names if f.start <= at + 5 and at < f.end]
