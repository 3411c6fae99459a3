"""An "m" after a number with no noun after it is millions when the sentence counts people or
things a story has so many of (a population, subscribers, visitors) or the level something
counted grew to ("membership grew to 1.1m", "sales passed the 1m mark"), and metres when it
speaks of a size, a race or a level that rises in metres ("the river rose to 4.2m"), as "1.5m
people" is a count and "1.5m tall" a length; a fall through or into a place is a height ("fell
6m through a roof"), as is one person's fall ("a worker fell 6m"), while "attendance fell 1.1m
from the year before" counts, as "Attendance fell 1.1m." alone does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The city's population grew by 1.4m to 24.8m over the decade.", None),
        ("Subscribers rose by 1.4m to 24.8m in the quarter.", "subscribers"),
        ("Union membership grew by 1.4m to 24.8m over the decade.", None),
    ],
)
def test_a_population_grows_in_millions(nlp: Language, text: str, unit: str | None) -> None:
    counts = [(words, kind, value, u) for words, kind, value, u in facts(nlp, text) if "m" in words]
    assert counts == [
        ("1.4m", FigureKind.COUNT, 1_400_000.0, unit),
        ("24.8m", FigureKind.COUNT, 24_800_000.0, unit),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The visitor centre's new tower is 24.8m tall.",
        "Visitors watched her win the race by 1.4m.",
        "The wall grew by 1.4m to 4.8m, so the garden is in shade all day.",
        "The river rose to 4.2m this week, flooding two streets.",
        "Sea levels at the harbour reached 1.9m on Tuesday.",
        "She reached 2.05m at the indoor championships.",
        "Visitors can climb the 30m tower for a view of the bay.",
        "Residents near the harbour were warned of 5m waves.",
        "The firm was fined after a labourer fell 6m through a roof.",
        "She won the 400m hurdles in a season's best time.",
        "A worker fell 6m.",
        "The river fell 1.1m overnight.",
        "Worker fell 6m\n\nThe builder was fined after the fall.",
        "The climber fell 6m and broke his leg.",
        "A boy fell 6m from a cliff.",
        "The tide passed the 1m mark on the gauge.",
        "At the harbour the gauge passed the 1m mark as the tide came in.",
        "The runner passed the 100m mark in 10.2 seconds.",
    ],
)
def test_a_size_or_a_race_stays_in_metres(nlp: Language, text: str) -> None:
    assert all(unit == "m" for words, _, _, unit in facts(nlp, text) if words.endswith("m"))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Membership grew to 1.1m this year.", "1.1m"),
        ("Attendance at the museum reached 2.4m last year.", "2.4m"),
        ("Ticket sales topped 3.5m for the first time.", "3.5m"),
    ],
)
def test_the_level_something_counted_grew_to_is_in_millions(
    nlp: Language, text: str, words: str
) -> None:
    figure = next(f for f in facts(nlp, text) if f[0] == words)
    assert figure[1:3] == (FigureKind.COUNT, float(words[:-1]) * 1_000_000)


def test_a_drop_in_something_counted_stays_in_millions(nlp: Language) -> None:
    text = "The airline reported a 1.2m drop in passengers after the strike."
    assert facts(nlp, text)[0] == ("1.2m", FigureKind.COUNT, 1_200_000.0, "passengers")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Attendance at the league's grounds fell 1.1m from the year before.",
            ("1.1m", 1_100_000.0),
        ),
        ("Profits fell 6m.", ("6m", 6_000_000.0)),
        # the whole sentence, and a headline, whose first word the tagger takes for a name
        ("Attendance fell 1.1m.", ("1.1m", 1_100_000.0)),
        ("Membership fell 1.1m\n\nThe club blamed the weather.", ("1.1m", 1_100_000.0)),
    ],
)
def test_a_fall_in_something_counted_stays_in_millions(
    nlp: Language, text: str, figure: tuple[str, float]
) -> None:
    words, value = figure
    assert facts(nlp, text)[0][:3] == (words, FigureKind.COUNT, value)


@pytest.mark.parametrize(
    "text",
    [
        "Sales passed the 1m mark.",
        "The app reached the 1m milestone within a week.",
    ],
)
def test_a_mark_something_counted_passed_is_in_millions(nlp: Language, text: str) -> None:
    assert facts(nlp, text)[0][:3] == ("1m", FigureKind.COUNT, 1_000_000.0)
