"""A space story's figures: a temperature below zero in the bracket that gives it in the other
scale ("minus 180C (-292F)") keeps its sign; a speed "per second" is by the second (as "a
minute" or "an hour" is); a duration the model counted ("at least 20 minutes") is minutes;
a verb the model took into a duration ("expected to last eight years") is no part of it."""

from __future__ import annotations

from spacy.language import Language

from .helpers import found


def test_a_temperature_below_zero_in_brackets_keeps_its_sign(analysis_nlp: Language) -> None:
    figures = found(analysis_nlp, "Surface temperatures fall to minus 180C (-292F) at night.\n")
    assert (figures["minus 180C"].value, figures["-292F"].value) == (-180, -292)
    assert figures["-292F"].unit == "°F"


def test_a_speed_per_second_is_by_the_second(analysis_nlp: Language) -> None:
    figures = found(analysis_nlp, "The probe was travelling at 14 kilometres per second.\n")
    assert figures["14 kilometres"].unit == "kilometres per second"


def test_a_duration_found_as_a_count_is_a_duration(analysis_nlp: Language) -> None:
    figures = found(analysis_nlp, "The critic said the film ran at least 20 minutes too long.\n")
    figure = figures["at least 20 minutes"]
    assert (figure.kind.value, figure.value, figure.unit) == ("quantity", 20, "minutes")


def test_a_verb_before_a_duration_is_no_part_of_it(analysis_nlp: Language) -> None:
    figures = found(analysis_nlp, "The mission was expected to last eight years.\n")
    assert list(figures) == ["eight years"]
