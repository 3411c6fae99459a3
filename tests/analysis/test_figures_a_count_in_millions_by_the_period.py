"""A count in millions written with an "m" is counted by the period as one in words is: "1.5m
visitors a year" is 1,500,000 "visitors per year", as "1.5 million visitors a year" is; so is a
count with "more" or "new" before its noun ("25,000 new jobs a week"). The time since is no
period: "1.5m visitors a year ago" stays "visitors"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("The museum now draws 1.5m visitors a year.", "1.5m", 1_500_000.0, "visitors per year"),
        (
            "About 2m passengers a month use the line.",
            "About 2m",
            2_000_000.0,
            "passengers per month",
        ),
        ("The city needs 1.6m more homes a decade.", "1.6m", 1_600_000.0, "homes per decade"),
        ("The economy must add 25,000 new jobs a week.", "25,000", 25_000.0, "jobs per week"),
    ],
)
def test_a_count_in_millions_by_the_period_keeps_its_period(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.COUNT, value, unit)


def test_a_count_in_millions_a_year_ago_is_no_rate(nlp: Language) -> None:
    figure = found(nlp, "The museum drew 1.5m visitors a year ago.")["1.5m"]
    assert (figure.value, figure.unit) == (1_500_000.0, "visitors")
