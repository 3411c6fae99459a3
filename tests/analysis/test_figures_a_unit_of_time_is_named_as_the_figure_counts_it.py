"""The reader shows a figure's unit beside its words, so a length of time names its unit as the
words count it: "three centuries" in centuries as "three years" is in years, "a quarter century"
in centuries as "a half hour" is in hours, and the bare level a change of centuries reached
("cut by a century to 125") in centuries too. One century stays one "century"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The oldest oak in the park has stood for three centuries.",
            ("three centuries", FigureKind.QUANTITY, 3.0, "centuries"),
        ),
        (
            "The abbey stood empty for a century and a half.",
            ("a century and a half", FigureKind.QUANTITY, 1.5, "centuries"),
        ),
        (
            "The mill ran for a half-century before it closed.",
            ("a half-century", FigureKind.QUANTITY, 0.5, "centuries"),
        ),
        (
            "The lease on the hall was cut by a century to 125.",
            ("125", FigureKind.QUANTITY, 125.0, "centuries"),
        ),
        (
            "The waiting list for allotments grew by a decade to 40.",
            ("40", FigureKind.QUANTITY, 40.0, "decades"),
        ),
    ],
)
def test_a_length_of_time_names_its_unit_as_it_counts_it(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float, str]
) -> None:
    assert figure in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The chapel has stood for more than a century.",
            ("more than a century", FigureKind.QUANTITY, 1.0, "century"),
        ),
        (
            "The ferry has sailed the route for three years.",
            ("three years", FigureKind.QUANTITY, 3.0, "years"),
        ),
    ],
)
def test_one_of_a_unit_or_a_plain_plural_is_as_it_was(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float, str]
) -> None:
    assert figure in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "He had slept for about five hours the night before.",
            ("about five hours", FigureKind.QUANTITY, 5.0, "hours"),
        ),
        (
            "She worked 12 hours the day before the crash.",
            ("12 hours", FigureKind.QUANTITY, 12.0, "hours"),
        ),
    ],
)
def test_a_length_of_time_ends_before_the_day_it_was_spent(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float, str]
) -> None:
    assert figure in facts(nlp, text)
