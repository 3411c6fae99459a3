"""A clock time told as minutes to the hour after "It was", "at" or "by" ("It was 10 to 5",
"by ten to six") is a time, as written, not a score; a tally needs a vote or a game ("The
vote was 10 to 5", "backed the plan by 10 to 5"). "Open from 10 to 5" is the span of the day
10:00 to 17:00. A clock time written with a dot, as British papers do, is a time before the
train it sets off ("the 8.15 train") or after "at" or "by" a verb takes ("arrived at 9.30"); a
level, a change or an amount so written stays a number ("stood at 1.25", "8.15 points")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts


def kinds(nlp: Language, text: str) -> list[tuple[str, str, object]]:
    return [(words, kind.value, value) for words, kind, value, _ in facts(nlp, text)]


def test_it_was_ten_to_five_is_a_time(analysis_nlp: Language) -> None:
    text = "It was 10 to 5 when the last bus left the depot. By ten to six the square was empty.\n"
    assert kinds(analysis_nlp, text) == [
        ("10 to 5", "time", "04:50"),
        ("ten to six", "time", "05:50"),
    ]


def test_a_vote_told_with_to_stays_a_tally(analysis_nlp: Language) -> None:
    assert ("10 to 5", "count", "10-5") in kinds(
        analysis_nlp, "The vote was 10 to 5 in favour of the motion.\n"
    )
    assert ("10 to 5", "count", "10-5") in kinds(
        analysis_nlp, "The council backed the plan by 10 to 5 on Tuesday.\n"
    )


def test_open_from_a_later_hour_to_an_earlier_one_runs_into_the_afternoon(
    analysis_nlp: Language,
) -> None:
    text = "The museum is open from 10 to 5 on weekdays, and the cafe from 9 to 4.\n"
    assert kinds(analysis_nlp, text) == [
        ("10 to 5", "range", "10:00/17:00"),
        ("9 to 4", "range", "09:00/16:00"),
    ]
    assert kinds(analysis_nlp, "Class sizes were cut from 10 to 5 pupils.\n") == [
        ("10", "count", 10),
        ("5", "count", 5),
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("She caught the 8.15 train to London.", ("8.15", FigureKind.TIME, "08:15", None)),
        ("The 10.30 flight was cancelled.", ("10.30", FigureKind.TIME, "10:30", None)),
        ("The minister arrived at 9.30 and left.", ("9.30", FigureKind.TIME, "09:30", None)),
        ("The guests must leave by 10.45.", ("10.45", FigureKind.TIME, "10:45", None)),
    ],
)
def test_a_clock_time_with_a_dot_is_a_time(
    nlp: Language, text: str, figure: tuple[str, FigureKind, str, None]
) -> None:
    assert figure in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The index recorded a rise of 8.15 points.", ("8.15", FigureKind.COUNT, 8.15, "points")),
        ("Sales reached 8.15 million.", ("8.15 million", FigureKind.COUNT, 8150000.0, None)),
        ("The pound stood at 1.25 against the dollar.", ("1.25", FigureKind.COUNT, 1.25, None)),
        ("The rate rose by 2.15 on Monday.", ("2.15", FigureKind.COUNT, 2.15, None)),
        # a range whose first side looks like a clock after "at" (it once raised an error)
        ("Rates were held at 5.25%-5.5%.", ("5.25%-5.5%", FigureKind.RANGE, "5.25/5.5", "percent")),
    ],
)
def test_a_number_with_a_dot_that_no_clock_tells_stays_a_number(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float | str, str | None]
) -> None:
    assert figure in facts(nlp, text)
