"""Two figures the model tags as one are two: a count of things each measured by a hyphened
length ("two 48-hour strikes" is two strikes of 48 hours, not 50 hours) or by a measure after a
count in words ("Four 100m sprints" is four sprints of 100 metres, not 104 million sprints, and
"Two 30m towers" counts the towers, "three 10k races" three races of 10 km, as is "won the
10k" alone, where "a 10k salary" and "spent the 10k" are 10,000), and two days joined by "and" ("on March 14 and March 21");
"between 3 May and 10 May" stays one range."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "count", "length"),
    [
        (
            "Dockers to stage two 48-hour strikes as pay talks collapse.",
            ("two", FigureKind.COUNT, 2.0, "strikes"),
            ("48-hour", FigureKind.QUANTITY, 48.0, "hours"),
        ),
        (
            "Drivers will hold two 24-hour walkouts over pay.",
            ("two", FigureKind.COUNT, 2.0, "walkouts"),
            ("24-hour", FigureKind.QUANTITY, 24.0, "hours"),
        ),
        (
            "Nurses worked three 12-hour shifts in a row.",
            ("three", FigureKind.COUNT, 3.0, "shifts"),
            ("12-hour", FigureKind.QUANTITY, 12.0, "hours"),
        ),
        (
            "Four 100m sprints were run before the final.",
            ("Four", FigureKind.COUNT, 4.0, "sprints"),
            ("100m", FigureKind.QUANTITY, 100.0, "m"),
        ),
        (
            "Two 30m towers will be built beside the harbour.",
            ("Two", FigureKind.COUNT, 2.0, "towers"),
            ("30m", FigureKind.QUANTITY, 30.0, "m"),
        ),
        (
            "Two 20ft containers fell from the ship in the storm.",
            ("Two", FigureKind.COUNT, 2.0, "containers"),
            ("20ft", FigureKind.QUANTITY, 20.0, "ft"),
        ),
        (
            "Runners must finish three 5km loops of the park.",
            ("three", FigureKind.COUNT, 3.0, "loops"),
            ("5km", FigureKind.QUANTITY, 5.0, "km"),
        ),
        (
            "She ran three 10k races last month.",
            ("three", FigureKind.COUNT, 3.0, "races"),
            ("10k", FigureKind.QUANTITY, 10.0, "km"),
        ),
    ],
)
def test_a_count_of_things_each_of_a_length_is_two_figures(
    nlp: Language,
    text: str,
    count: tuple[str, FigureKind, float, str],
    length: tuple[str, FigureKind, float, str],
) -> None:
    assert facts(nlp, text) == [count, length]


@pytest.mark.parametrize(
    "text",
    [
        "He won the 10k run in Leeds.",
        # a race named by its kilometres alone, after a verb of racing
        "She won the 10k in Leeds on Sunday.",
        "He ran a 10k on Sunday.",
    ],
)
def test_a_k_before_a_race_is_in_kilometres(nlp: Language, text: str) -> None:
    assert facts(nlp, text)[0] == ("10k", FigureKind.QUANTITY, 10.0, "km")


@pytest.mark.parametrize(
    "text",
    [
        "He took a job on a 10k salary.",
        "She earned 10k last year.",
        "He spent the 10k on a car.",
        "She won the 10k prize in Leeds.",
    ],
)
def test_a_k_that_runs_no_race_is_thousands(nlp: Language, text: str) -> None:
    assert facts(nlp, text)[0][1:3] == (FigureKind.COUNT, 10_000.0)


def test_two_days_joined_by_and_are_two_dates(nlp: Language) -> None:
    found = facts(nlp, "Staff will walk out on March 14 and March 21 after talks broke down.")
    assert found == [
        ("March 14", FigureKind.DATE, "--03-14", None),
        ("March 21", FigureKind.DATE, "--03-21", None),
    ]


def test_two_days_after_between_are_one_range(nlp: Language) -> None:
    found = facts(nlp, "The exhibition runs between 3 May and 10 May at the town hall.")
    assert [kind for _, kind, _, _ in found] == [FigureKind.RANGE]
