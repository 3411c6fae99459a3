"""A number with a half is read whole: "seven and a half million" is 7.5 million, a count and
no date, "three and a half million dollars" a sum, "a million and a half" 1.5 million, and where
the model cuts it before its half, "six and a half billion dollar" and "four and a half per
cent" are a sum and a share; "5 to 5 and a half percent" is a range."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "kind", "value", "unit"),
    [
        (
            "Two and a half million jobs were lost last year.",
            "Two and a half million",
            FigureKind.COUNT,
            2_500_000.0,
            "jobs",
        ),
        (
            "The town spent three and a half million dollars on the bridge.",
            "three and a half million dollars",
            FigureKind.MONEY,
            3_500_000.0,
            "USD",
        ),
    ],
)
def test_a_number_with_a_half_and_a_scale_is_read_whole(
    nlp: Language, text: str, words: str, kind: FigureKind, value: float, unit: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (kind, value, unit)


def test_a_million_and_a_half_is_one_and_a_half_million(nlp: Language) -> None:
    figure = found(nlp, "In the county there are a million and a half people without work.")[
        "a million and a half"
    ]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.COUNT, 1_500_000.0, "people")


def test_a_bound_with_a_half_makes_a_range(nlp: Language) -> None:
    figure = found(nlp, "Growth of 5 to 5 and a half percent is expected.")[
        "5 to 5 and a half percent"
    ]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.RANGE, "5/5.5", "percent")


@pytest.mark.parametrize(
    ("text", "words", "kind", "value"),
    [
        (
            "It was a six and a half billion dollar cut in the budget.",
            "six and a half billion dollar",
            FigureKind.MONEY,
            6_500_000_000.0,
        ),
        (
            "Many reckon four and a half per cent.",
            "four and a half per cent",
            FigureKind.PERCENT,
            0.045,
        ),
    ],
)
def test_a_number_the_model_cuts_before_its_half_is_read_whole(
    nlp: Language, text: str, words: str, kind: FigureKind, value: float
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value) == (kind, value)
