"""A figure's unit, bound and range: a unit only from a number's own noun, the word after "1.5m"
read in place, concentrations and emissions, a p-value or a sign glued to a number as a bound,
temperatures written the British way (with or without spaces round the dash, below nought the
milder first) as a range, and a change "by" one amount "to" another as two figures."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from newslens.analysis.figures import count_units, find_figures
from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import facts, found


def test_a_number_takes_no_unit_from_a_noun_past_a_bracket(nlp: Language) -> None:
    text = "Smokers had an odds ratio of 1.3 (95% confidence interval 1.1 to 1.5) for asthma."
    figure = found(nlp, text)["1.3"]
    # the ratio its name gives, not "asthma"
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, 1.3, "odds ratio")


def test_millions_read_the_next_word_without_copying_the_text(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The word after "1.5m" is matched in place; the pattern is given the whole text.
    seen: list[int] = []
    pattern: re.Pattern[str] = count_units._WORD_AFTER

    class Spy:
        def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
            seen.append(len(text))
            return pattern.match(text, pos)

    text = "Some 1.5m people live in the valley, and a 100m sprint opened the games."
    doc = nlp(text)
    monkeypatch.setattr(count_units, "_WORD_AFTER", Spy())
    result = {f.text: f for f in find_figures(doc)}
    assert set(seen) == {len(text)}
    assert (result["Some 1.5m"].value, result["Some 1.5m"].unit) == (1_500_000.0, "people")
    assert (result["100m"].kind, result["100m"].unit) == (FigureKind.QUANTITY, "m")


def test_concentrations_and_emissions_are_quantities(nlp: Language) -> None:
    text = "CO2 reached 421 ppm as emissions hit 37.4 gigatonnes."
    assert [(t, k, v, u) for t, k, v, u in facts(nlp, text) if k is FigureKind.QUANTITY] == [
        ("421 ppm", FigureKind.QUANTITY, 421.0, "ppm"),
        ("37.4 gigatonnes", FigureKind.QUANTITY, 37.4, "gigatonnes"),
    ]


def test_a_p_value_is_a_figure_bounded_by_its_sign(nlp: Language) -> None:
    text = "The hazard ratio was 0.81 (95% CI 0.72-0.90; p<0.001) among 9,000 patients."
    figure = found(nlp, text)["p<0.001"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, 0.001, "p")
    assert figure.qualifier is Qualifier.AT_MOST


def test_a_sign_glued_to_a_number_bounds_it(nlp: Language) -> None:
    figures_found = found(nlp, "In the trial >90% of patients recovered and <5% relapsed.")
    assert figures_found[">90%"].qualifier is Qualifier.AT_LEAST
    assert figures_found["<5%"].qualifier is Qualifier.AT_MOST


def test_temperatures_written_the_british_way_make_a_range(nlp: Language) -> None:
    text = "Highs of 12C to 15C are likely, with lows between -3C and 2C overnight."
    figures_found = found(nlp, text)
    high = figures_found["12C to 15C"]
    assert (high.kind, high.value, high.unit) == (FigureKind.RANGE, "12/15", "°C")
    assert figures_found["between -3C and 2C"].value == "-3/2"


def test_degrees_joined_by_a_dash_without_spaces_are_a_range(nlp: Language) -> None:
    figure = found(nlp, "Expect highs of 12C-15C on Sunday.")["12C-15C"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.RANGE, "12/15", "°C")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Lows will fall to between -4C and -9C in rural areas tonight.", "between -4C and -9C"),
        ("Overnight lows of -4C to -9C are expected in the glens.", "-4C to -9C"),
        ("Overnight lows of -4 to -9C are expected in the glens.", "-4 to -9C"),
    ],
)
def test_temperatures_below_nought_milder_first_make_a_range(
    nlp: Language, text: str, words: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.RANGE, "-9/-4", "°C")


def test_a_fall_from_one_temperature_below_nought_to_another_is_two_figures(
    nlp: Language,
) -> None:
    text = "Temperatures fell from -4C to -9C within an hour."
    assert [f[:3] for f in facts(nlp, text)][:2] == [
        ("-4C", FigureKind.QUANTITY, -4.0),
        ("-9C", FigureKind.QUANTITY, -9.0),
    ]


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
