"""Figures an election story leaves without their noun: a count gained or lost counts what the
count before it named, in its sentence or the one before ("The Greens gained 9 seats and lost
2", "The Tories lost 7"); "a majority of 2,345" is a lead in votes where the story is about an
election, not a government's lead in seats; and "2pc to 2.5pc" is one range, as "2% to 2.5%"
is."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_a_count_lost_after_a_count_gained_counts_the_same_things(nlp: Language) -> None:
    text = "The Greens gained 9 seats and lost 2 in the city council election."
    assert [f for f in facts(nlp, text) if f[1] is FigureKind.COUNT] == [
        ("9", FigureKind.COUNT, 9.0, "seats"),
        ("2", FigureKind.COUNT, 2.0, "seats"),
    ]


def test_a_count_lost_in_the_next_sentence_counts_the_same_things(nlp: Language) -> None:
    text = "The Greens gained 9 seats on the council. The Tories lost 7, their worst result."
    assert [f for f in facts(nlp, text) if f[1] is FigureKind.COUNT] == [
        ("9", FigureKind.COUNT, 9.0, "seats"),
        ("7", FigureKind.COUNT, 7.0, "seats"),
    ]


def test_a_count_lost_two_sentences_on_counts_nothing_named(nlp: Language) -> None:
    text = (
        "The Greens gained 9 seats on the council. Turnout was low across the city. "
        "The Tories lost 7, their worst result."
    )
    seven = [f for f in facts(nlp, text) if f[0] == "7"]
    assert seven == [("7", FigureKind.COUNT, 7.0, None)]


def test_a_score_lost_after_seats_won_counts_no_seats(nlp: Language) -> None:
    text = "The Tories won 5 seats in the count. Rovers lost 2-0 at home on Saturday."
    assert ("2-0", FigureKind.COUNT, "2-0", None) in facts(nlp, text)


def test_a_count_lost_after_people_employed_counts_no_people(nlp: Language) -> None:
    # the last count was neither won nor lost, so "3 million" is no count of workers
    text = "The mill employs 400 workers. It lost 3 million in the year."
    assert ("3 million", FigureKind.COUNT, 3_000_000.0, None) in facts(nlp, text)


def test_a_majority_in_an_election_story_is_in_votes(nlp: Language) -> None:
    text = (
        "Ms Patel held the constituency at the general election. "
        "She won with a majority of 2,345 over her nearest rival."
    )
    assert ("2,345", FigureKind.COUNT, 2345.0, "votes") in facts(nlp, text)


def test_a_government_s_majority_in_the_commons_is_no_count_of_votes(nlp: Language) -> None:
    text = (
        "After the election, the government has a working majority of 80 in the Commons. "
        "Turnout among voters was high."
    )
    assert ("80", FigureKind.COUNT, 80.0, None) in facts(nlp, text)


def test_a_majority_outside_an_election_story_counts_nothing_named(nlp: Language) -> None:
    text = "The board kept its majority of 9 after the meeting on Monday."
    assert ("9", FigureKind.COUNT, 9.0, None) in facts(nlp, text)


def test_shares_with_pc_make_one_range_as_with_a_percent_sign(nlp: Language) -> None:
    text = "Economists expect wages to grow by 2pc to 2.5pc next year."
    ranges = [f for f in find_figures(nlp(text)) if f.kind is FigureKind.RANGE]
    assert [(f.text, f.value, f.unit) for f in ranges] == [("2pc to 2.5pc", "2/2.5", "percent")]


def test_shares_with_pc_joined_by_a_dash_make_one_range(nlp: Language) -> None:
    text = "Economists expect wages to grow by 2pc-3pc next year."
    ranges = [f for f in find_figures(nlp(text)) if f.kind is FigureKind.RANGE]
    assert [(f.text, f.value, f.unit) for f in ranges] == [("2pc-3pc", "2/3", "percent")]


def test_a_change_from_one_share_in_pc_to_another_is_two_figures(nlp: Language) -> None:
    text = "Inflation rose from 2pc to 2.5pc last year."
    found = [(f.text, f.kind) for f in find_figures(nlp(text)) if f.kind is not FigureKind.DATE]
    assert found == [("2pc", FigureKind.PERCENT), ("2.5pc", FigureKind.PERCENT)]


def test_a_share_in_pc_then_a_price_is_no_range(nlp: Language) -> None:
    text = "Gold rose 0.8pc to $2,365 an ounce on Friday."
    assert not [f for f in find_figures(nlp(text)) if f.kind is FigureKind.RANGE]
