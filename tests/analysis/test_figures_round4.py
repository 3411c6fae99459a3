"""Figures in results, transfer, census, climate, housing, crime and election stories: multiples
as factors, joined durations, percentage points of a poll, ranges of degrees without spaces,
time zones, periods ending on a date, rates per 100,000, and a change "by" one amount "to"
another."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import Figure, FigureKind, Qualifier


def found(nlp: Language, text: str) -> dict[str, Figure]:
    return {f.text: f for f in find_figures(nlp(text))}


def facts(nlp: Language, text: str) -> list[tuple[str, FigureKind, float | str | None, str | None]]:
    return [(f.text, f.kind, f.value, f.unit) for f in find_figures(nlp(text))]


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
    figure = found(nlp, "The group meets three times a week.")["three"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.COUNT, 3.0, "times")
    assert found(nlp, "It was the first time in a decade.")["first time"].kind is (
        FigureKind.ORDINAL
    )


def test_a_duration_in_two_units_joined_by_and_is_one(nlp: Language) -> None:
    assert facts(nlp, "She was jailed for three years and two months.") == [
        ("three years and two months", FigureKind.QUANTITY, 38.0, "months")
    ]
    # One stay counted in days and in nights is no sum.
    stay = facts(nlp, "The package covers three days and two nights.")
    assert [text for text, *_ in stay] == ["three days", "two nights"]


def test_points_of_a_poll_are_percentage_points(nlp: Language) -> None:
    swing = found(nlp, "The poll shows a swing of 4.5 points to Labour.")["4.5 points"]
    assert (swing.kind, swing.value, swing.unit) == (FigureKind.PERCENT, 0.045, None)
    lead = found(nlp, "Reform is on 31%, three points ahead of the Tories.")["three points"]
    assert (lead.kind, lead.value) == (FigureKind.PERCENT, 0.03)


def test_points_of_a_game_or_an_index_are_counted(nlp: Language) -> None:
    assert found(nlp, "She scored 24 points in the game.")["24"].unit == "points"
    assert found(nlp, "The Dow fell 300 points, or 1%.")["300"].kind is FigureKind.COUNT


def test_degrees_joined_by_a_dash_without_spaces_are_a_range(nlp: Language) -> None:
    figure = found(nlp, "Expect highs of 12C-15C on Sunday.")["12C-15C"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.RANGE, "12/15", "°C")


def test_a_time_zone_is_part_of_the_time(nlp: Language) -> None:
    assert facts(nlp, "Voting ends at 14:00 GMT and counting starts by 0830 GMT.") == [
        ("14:00 GMT", FigureKind.TIME, "14:00", None),
        ("0830 GMT", FigureKind.TIME, "08:30", None),
    ]


def test_a_period_ending_on_a_date_is_a_duration_and_a_date(nlp: Language) -> None:
    assert facts(nlp, "Like-for-like sales rose in the 13 weeks to September 28.") == [
        ("13 weeks", FigureKind.QUANTITY, 13.0, "weeks"),
        ("September 28", FigureKind.DATE, "--09-28", None),
    ]


def test_a_rate_per_hundred_thousand_is_a_share(nlp: Language) -> None:
    figure = found(nlp, "Overcrowding stood at 1,240 per 100,000 people.")["1,240 per 100,000"]
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, 0.0124)
    assert found(nlp, "Rain of 5 per cent fell.")["5 per cent"].value == 0.05
    assert found(nlp, "Water costs £5 per 1,000 litres.")["£5"].kind is FigureKind.MONEY


def test_a_share_of_crimes_is_a_share(nlp: Language) -> None:
    figure = found(nlp, "Fraud made up two in five crimes last year.")["two in five"]
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, 0.4)


def test_concentrations_and_emissions_are_quantities(nlp: Language) -> None:
    text = "CO2 reached 421 ppm as emissions hit 37.4 gigatonnes."
    assert [(t, k, v, u) for t, k, v, u in facts(nlp, text) if k is FigureKind.QUANTITY] == [
        ("421 ppm", FigureKind.QUANTITY, 421.0, "ppm"),
        ("37.4 gigatonnes", FigureKind.QUANTITY, 37.4, "gigatonnes"),
    ]


def test_the_year_2100_is_a_date(nlp: Language) -> None:
    assert found(nlp, "Seas could rise a metre by 2100.")["2100"].value == "2100"


def test_a_change_by_one_amount_to_another_is_two_figures(nlp: Language) -> None:
    assert facts(nlp, "Average rents rose by £94 to £1,302.") == [
        ("£94", FigureKind.MONEY, 94.0, "GBP"),
        ("£1,302", FigureKind.MONEY, 1302.0, "GBP"),
    ]
    assert facts(nlp, "The bank cut rates by 0.5% to 4.5%.")[0][0] == "0.5%"
    # With the unit written once, "by 2 to 3 per cent" is a range of the change.
    assert found(nlp, "Prices will rise by 2 to 3 per cent.")["2 to 3 per cent"].kind is (
        FigureKind.RANGE
    )
