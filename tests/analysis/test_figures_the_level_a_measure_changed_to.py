"""A bare number that a measure changed to is in the measure's unit: "life expectancy fell by
0.4 years to 78.6" is 78.6 years, "cut by 10mph to 30" 30 mph, "rise by one year to 67" 67
years, and "fell by a year to 78", which the model tags as one date, is the change, 1 year, and
the level, 78 years. A length of time up to a year ("for 10 years to 2020") lends no unit, and
"the year to March" stays a period and the date it ends."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Life expectancy for men in the town fell by 0.4 years to 78.6.",
            ("78.6", FigureKind.QUANTITY, 78.6, "years"),
        ),
        (
            "The speed limit on the high street was cut by 10mph to 30.",
            ("30", FigureKind.QUANTITY, 30.0, "mph"),
        ),
        (
            "The state pension age will rise by one year to 67 from 2028.",
            ("67", FigureKind.QUANTITY, 67.0, "years"),
        ),
    ],
)
def test_the_level_a_measure_changed_to_is_in_its_unit(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float, str]
) -> None:
    assert figure in facts(nlp, text)


def test_a_length_of_time_up_to_a_year_lends_no_unit(nlp: Language) -> None:
    found = facts(nlp, "She trained at the club for 10 years to 2020.")
    assert ("2020", FigureKind.DATE, "2020", None) in found


def test_one_unit_of_a_change_is_the_change_before_the_level(nlp: Language) -> None:
    found = facts(nlp, "Life expectancy for men in the valley fell by a year to 78.")
    assert found == [
        ("a year", FigureKind.QUANTITY, 1.0, "year"),
        ("78", FigureKind.QUANTITY, 78.0, "years"),
    ]


def test_the_year_to_a_month_stays_the_month_it_ends(nlp: Language) -> None:
    found = facts(nlp, "Bus fares rose by 4% in the year to March.")
    assert found == [
        ("4%", FigureKind.PERCENT, 0.04, None),
        ("March", FigureKind.DATE, "--03", None),
    ]
