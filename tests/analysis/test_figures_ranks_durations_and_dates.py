"""Ordinals, durations, times and dates: an ordinal fixed in a compound is no figure, the 89th
minute is a rank, numbers joined by "and" (two ages; a duration in two units), an untagged
duration in its larger unit, a time zone as part of the time, a period ending on a date, and the
year 2100."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, found


def test_an_ordinal_fixed_in_a_compound_is_no_figure(nlp: Language) -> None:
    text = "First-time buyers paid more, and second-hand cars cost less."
    assert [f.text for f in find_figures(nlp(text))] == []


def test_an_ordinal_with_a_hyphen_still_ranks(nlp: Language) -> None:
    figure = found(nlp, "It is the second-largest city in the state.")["second"]
    assert (figure.kind, figure.value) == (FigureKind.ORDINAL, 2.0)


def test_a_minute_of_a_match_is_a_rank_not_a_time(nlp: Language) -> None:
    figure = found(nlp, "Rovers equalised in the 89th minute on Saturday.")["the 89th minute"]
    assert (figure.kind, figure.value) == (FigureKind.ORDINAL, 89.0)


def test_two_ages_joined_by_and_are_two_ages_not_a_date(nlp: Language) -> None:
    figures_found = found(nlp, "He appeared in court with two others aged 17 and 18.")
    ages = [
        (figures_found[n].kind, figures_found[n].value, figures_found[n].unit) for n in ("17", "18")
    ]
    assert ages == [(FigureKind.QUANTITY, 17.0, "years"), (FigureKind.QUANTITY, 18.0, "years")]


def test_an_untagged_duration_is_a_quantity_with_its_larger_unit(nlp: Language) -> None:
    text = "In the final, Alcaraz beat Sinner 6-4, 6-3 in an hour and 42 minutes."
    figure = found(nlp, text)["an hour and 42 minutes"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, 102.0, "minutes")


def test_a_duration_in_two_units_joined_by_and_is_one(nlp: Language) -> None:
    assert facts(nlp, "She was jailed for three years and two months.") == [
        ("three years and two months", FigureKind.QUANTITY, 38.0, "months")
    ]
    # One stay counted in days and in nights is no sum.
    stay = facts(nlp, "The package covers three days and two nights.")
    assert [text for text, *_ in stay] == ["three days", "two nights"]


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


def test_a_period_ending_at_a_time_is_a_duration_and_a_time(nlp: Language) -> None:
    assert facts(nlp, "Up to 120mm fell on the fells in the 36 hours to 9am.")[1:] == [
        ("36 hours", FigureKind.QUANTITY, 36.0, "hours"),
        ("9am", FigureKind.TIME, "09:00", None),
    ]


def test_the_year_2100_is_a_date(nlp: Language) -> None:
    assert found(nlp, "Seas could rise a metre by 2100.")["2100"].value == "2100"
