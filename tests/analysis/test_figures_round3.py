"""Figures in medical, sports, court and weather reports: units only from a number's own noun,
ordinals fixed in compounds, ranks among minutes, ages joined by "and", untagged durations and
p-values."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from newslens.analysis import figures
from newslens.analysis.figures import find_figures
from newslens.analysis.model import Figure, FigureKind, Qualifier


def found(nlp: Language, text: str) -> dict[str, Figure]:
    return {f.text: f for f in find_figures(nlp(text))}


def test_a_number_takes_no_unit_from_a_noun_past_a_bracket(nlp: Language) -> None:
    text = "Smokers had an odds ratio of 1.3 (95% confidence interval 1.1 to 1.5) for asthma."
    figure = found(nlp, text)["1.3"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.COUNT, 1.3, None)


def test_an_ordinal_fixed_in_a_compound_is_no_figure(nlp: Language) -> None:
    text = "First-time buyers paid more, and second-hand cars cost less."
    assert [f.text for f in find_figures(nlp(text))] == []


def test_an_ordinal_with_a_hyphen_still_ranks(nlp: Language) -> None:
    figure = found(nlp, "It is the second-largest city in the state.")["second"]
    assert (figure.kind, figure.value) == (FigureKind.ORDINAL, 2.0)


def test_millions_read_the_next_word_without_copying_the_text(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The word after "1.5m" is matched in place; the pattern is given the whole text.
    seen: list[int] = []
    pattern: re.Pattern[str] = figures._WORD_AFTER

    class Spy:
        def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
            seen.append(len(text))
            return pattern.match(text, pos)

    text = "Some 1.5m people live in the valley, and a 100m sprint opened the games."
    doc = nlp(text)
    monkeypatch.setattr(figures, "_WORD_AFTER", Spy())
    result = {f.text: f for f in find_figures(doc)}
    assert set(seen) == {len(text)}
    assert (result["Some 1.5m"].value, result["Some 1.5m"].unit) == (1_500_000.0, "people")
    assert (result["100m"].kind, result["100m"].unit) == (FigureKind.QUANTITY, "m")


def test_a_minute_of_a_match_is_a_rank_not_a_time(nlp: Language) -> None:
    figure = found(nlp, "Rovers equalised in the 89th minute on Saturday.")["the 89th minute"]
    assert (figure.kind, figure.value) == (FigureKind.ORDINAL, 89.0)


def test_two_ages_joined_by_and_are_two_counts(nlp: Language) -> None:
    figures_found = found(nlp, "He appeared in court with two others aged 17 and 18.")
    assert figures_found["17"].kind is FigureKind.COUNT
    assert figures_found["18"].value == 18.0


def test_an_untagged_duration_is_a_quantity_with_its_larger_unit(nlp: Language) -> None:
    text = "In the final, Alcaraz beat Sinner 6-4, 6-3 in an hour and 42 minutes."
    figure = found(nlp, text)["an hour and 42 minutes"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, 102.0, "minutes")


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
