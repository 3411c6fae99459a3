"""Figures that are factors or shares: multiples ("doubled", "fourfold", "three times") as a
factor in times, words of doubling that name no factor, occasions counted in times, points of a
poll as percentage points (of a game or an index, counted), rates per 100,000 and "two in five"
as shares."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "factor"),
    [
        ("Ticket sales doubled over the summer.", "doubled", 2.0),
        ("Since the merger its debt has tripled.", "tripled", 3.0),
        ("Applications quadrupled after the advert ran.", "quadrupled", 4.0),
        ("The scheme saw a fourfold rise in claims.", "fourfold", 4.0),
        ("The risk of flooding grew twofold.", "twofold", 2.0),
        ("Demand for the drug rose 10-fold in a year.", "10-fold", 10.0),
        ("There were three times as many complaints as in May.", "three times", 3.0),
        ("Smokers were twice as likely to be admitted.", "twice", 2.0),
        ("The council halved the grant for the library.", "halved", 0.5),
    ],
)
def test_a_multiple_is_a_factor_in_times(
    nlp: Language, text: str, words: str, factor: float
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, factor, "times")


def test_a_bound_multiple_keeps_its_qualifier(nlp: Language) -> None:
    figure = found(nlp, "The bill more than doubled in two years.")["more than doubled"]
    assert (figure.value, figure.qualifier) == (2.0, Qualifier.AT_LEAST)
    costs = found(nlp, "Costs were almost four times the estimate.")["almost four times"]
    assert (costs.value, costs.unit, costs.qualifier) == (4.0, "times", Qualifier.APPROXIMATELY)


@pytest.mark.parametrize(
    "text",
    [
        "The minister doubled down on her promise.",
        "The old barn doubled as a polling station.",
        "At times the hearing grew heated.",
        "He was charged over a double murder.",
    ],
)
def test_a_verb_or_word_of_doubling_that_names_no_factor_is_no_figure(
    nlp: Language, text: str
) -> None:
    assert [f for f in find_figures(nlp(text)) if f.unit == "times"] == []


def test_occasions_are_a_count_of_times(nlp: Language) -> None:
    figure = found(nlp, "The group has met three times this year.")["three"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.COUNT, 3.0, "times")
    assert found(nlp, "It was the first time in a decade.")["first time"].kind is (
        FigureKind.ORDINAL
    )


def test_points_of_a_poll_are_percentage_points(nlp: Language) -> None:
    swing = found(nlp, "The poll shows a swing of 4.5 points to Labour.")["4.5 points"]
    assert (swing.kind, swing.value, swing.unit) == (FigureKind.PERCENT, 0.045, None)
    lead = found(nlp, "Reform is on 31%, three points ahead of the Tories.")["three points"]
    assert (lead.kind, lead.value) == (FigureKind.PERCENT, 0.03)


def test_points_of_a_game_or_an_index_are_counted(nlp: Language) -> None:
    assert found(nlp, "She scored 24 points in the game.")["24"].unit == "points"
    assert found(nlp, "The Dow fell 300 points, or 1%.")["300"].kind is FigureKind.COUNT


def test_a_rate_per_hundred_thousand_is_a_share(nlp: Language) -> None:
    figure = found(nlp, "Overcrowding stood at 1,240 per 100,000 people.")["1,240 per 100,000"]
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, 0.0124)
    assert found(nlp, "Rain of 5 per cent fell.")["5 per cent"].value == 0.05
    assert found(nlp, "Water costs £5 per 1,000 litres.")["£5"].kind is FigureKind.MONEY


def test_a_share_of_crimes_is_a_share(nlp: Language) -> None:
    figure = found(nlp, "Fraud made up two in five crimes last year.")["two in five"]
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, 0.4)


def test_a_share_opening_a_sentence_keeps_its_a(nlp: Language) -> None:
    text = (
        "Attendance rose 6% in 2023 but remains 8% below its 2019 level. A quarter of visitors"
        " came from abroad."
    )
    figure = found(nlp, text)["A quarter"]
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, 0.25)
