""" "A couple dozen protesters" are 24 protesters, not a count with no number; "50-plus members"
counts members, at least 50, as "50+ members" does; and "a six-figure salary" or "ran to six
figures" is an amount of at least 100,000, not six figures counted, as "a report with six figures
and two tables" does count them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Police said a couple dozen protesters gathered outside.", "a couple dozen", 24.0),
        ("A couple of hundred fans waited at the gate.", "A couple of hundred", 200.0),
    ],
)
def test_a_couple_of_a_scale_is_two_of_it(
    nlp: Language, text: str, words: str, value: float
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value) == (FigureKind.COUNT, value)


def test_a_couple_of_days_is_no_number(nlp: Language) -> None:
    figures = found(nlp, "The pair spent a couple of days in the town.")
    assert all(f.value != 2.0 for f in figures.values())


def test_fifty_plus_members_counts_the_members(nlp: Language) -> None:
    figure = found(nlp, "The club has 50-plus members and a waiting list.")["50-plus"]
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == (
        FigureKind.COUNT,
        50.0,
        "members",
        Qualifier.AT_LEAST,
    )


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The settlement ran to six figures, the lawyer said.", "six figures", 100_000.0),
        ("She was offered a seven-figure salary.", "seven-figure", 1_000_000.0),
        ("The plan shaves five figures off costs each year.", "five figures", 10_000.0),
    ],
)
def test_so_many_figures_is_an_amount_of_so_many_digits(
    nlp: Language, text: str, words: str, value: float
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.value, figure.unit, figure.qualifier) == (value, None, Qualifier.AT_LEAST)


def test_figures_in_a_report_are_counted(nlp: Language) -> None:
    figure = found(nlp, "The report had six figures and two tables.")["six"]
    assert (figure.value, figure.unit) == (6.0, "figures")
