"""A number told after a second side, its noun left out, counts what the count before it
counts: "Labour won 14 seats, the Conservatives eight" is 14 seats and 8 seats, however the
parse joins the number to the side ("Labour took 22 seats, the Conservatives nine"), and in
digits after a side named in the plural, which is then no name's number ("the Conservatives
12"), or after "and", where the parse hangs the number on the verb ("The Democrats won 40 seats
and the Republicans 35"), even where the model takes the side and its number for a name
("and the Liberals 35 in 2019")."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_a_number_after_a_second_side_counts_the_same_things(nlp: Language) -> None:
    text = "The Democrats won 14 seats, the Republicans eight."
    assert facts(nlp, text) == [
        ("14", FigureKind.COUNT, 14.0, "seats"),
        ("eight", FigureKind.COUNT, 8.0, "seats"),
    ]


def test_a_number_the_parse_sets_beside_the_second_side_counts_the_same(nlp: Language) -> None:
    text = "Labour took 22 seats, the Conservatives nine."
    assert facts(nlp, text) == [
        ("22", FigureKind.COUNT, 22.0, "seats"),
        ("nine", FigureKind.COUNT, 9.0, "seats"),
    ]


def test_a_number_in_digits_after_a_second_side_is_no_name(nlp: Language) -> None:
    # a side named in the plural before digits is no "Windows 10"
    text = "Labour took 22 seats, the Conservatives 12."
    assert facts(nlp, text) == [
        ("22", FigureKind.COUNT, 22.0, "seats"),
        ("12", FigureKind.COUNT, 12.0, "seats"),
    ]


def test_a_number_after_and_a_second_side_counts_the_same(nlp: Language) -> None:
    text = "The Democrats won 40 seats and the Republicans 35."
    assert facts(nlp, text) == [
        ("40", FigureKind.COUNT, 40.0, "seats"),
        ("35", FigureKind.COUNT, 35.0, "seats"),
    ]


def test_a_second_sides_count_before_a_year_is_no_name(nlp: Language) -> None:
    # the model may take "the Liberals 35" for the name of a law
    text = "The Greens won 40 seats and the Liberals 35 in 2019."
    assert facts(nlp, text) == [
        ("40", FigureKind.COUNT, 40.0, "seats"),
        ("35", FigureKind.COUNT, 35.0, "seats"),
        ("2019", FigureKind.DATE, "2019", None),
    ]
