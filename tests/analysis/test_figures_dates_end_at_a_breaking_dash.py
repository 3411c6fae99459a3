"""A date ends at a dash that breaks the sentence, though the model may run it over the dash
("last month - a rise"); a dash between two values ("March - April") joins a range. A time
phrase ends before the count that opens the clause after it ("In one week 400 people
applied"), while a number right after a word of time labels it ("In week 12")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, found


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_no_figure_runs_over_a_dash_into_the_next_words(nlp: Language, dash: str) -> None:
    text = (
        f"Some 31,000 drivers waited more than 4 hours at the border last month {dash} a 15% rise."
    )
    assert not any(dash in words for words in found(nlp, text))
    assert ("15%", FigureKind.PERCENT, 0.15, None) in facts(nlp, text)


def test_a_dash_between_two_months_is_a_range(nlp: Language) -> None:
    figure = found(nlp, "The ferry runs daily from March - April.")["March - April"]
    assert (figure.kind, figure.value) == (FigureKind.RANGE, "--03/--04")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "In one week 400 people applied.",
            [
                ("one week", FigureKind.QUANTITY, 1.0, "week"),
                ("400", FigureKind.COUNT, 400.0, "people"),
            ],
        ),
        ("Last season 20 players left.", [("20", FigureKind.COUNT, 20.0, "players")]),
        (
            "In week 12 400 people applied.",
            [
                ("week 12", FigureKind.DATE, None, None),
                ("400", FigureKind.COUNT, 400.0, "people"),
            ],
        ),
        (
            "In 2019 400 people applied.",
            [("2019", FigureKind.DATE, "2019", None), ("400", FigureKind.COUNT, 400.0, "people")],
        ),
        (
            "In the 1990s 30 mines closed.",
            [
                ("the 1990s", FigureKind.DATE, "199X", None),
                ("30", FigureKind.COUNT, 30.0, "mines"),
            ],
        ),
        (
            "On Tuesday 12 people died.",
            [("Tuesday", FigureKind.DATE, None, None), ("12", FigureKind.COUNT, 12.0, "people")],
        ),
    ],
)
def test_a_time_phrase_ends_before_the_count_after_it(
    nlp: Language, text: str, figures: list[tuple[str, FigureKind, object, str | None]]
) -> None:
    assert facts(nlp, text) == figures


def test_a_count_the_parse_hangs_on_a_weekday_counts_its_noun(analysis_nlp: Language) -> None:
    text = "Vote\n\nOn Friday 13 members voted to strike.\n"
    assert facts(analysis_nlp, text) == [
        ("Friday", FigureKind.DATE, None, None),
        ("13", FigureKind.COUNT, 13.0, "members"),
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("In week 12 the plan changed.", [("week 12", FigureKind.DATE, None, None)]),
        ("From week 12 onwards, the plan changed.", [("week 12", FigureKind.DATE, None, None)]),
        # a day of the month after its weekday is the day's date, as "Friday" is
        ("On Friday 13 the vote was held.", [("Friday 13", FigureKind.DATE, None, None)]),
        (
            "On 12 May 400 people applied.",
            [
                ("12 May", FigureKind.DATE, "--05-12", None),
                ("400", FigureKind.COUNT, 400.0, "people"),
            ],
        ),
    ],
)
def test_a_number_labelling_a_week_or_a_date_before_a_count_stay(
    nlp: Language, text: str, figures: list[tuple[str, FigureKind, object, str | None]]
) -> None:
    assert facts(nlp, text) == figures
