"""Ages told once for a list ("Ana and Luis Ortega, 31 and 33 years old, respectively", "16 and
17-year-olds", "16- or 17-year-olds") are each an age in years, the first as the last; "35- to
44-year-old" is one range of ages, 35 to 44, as "35 to 44-year-olds" is, not a count of 35 and an
age of 44, and "a 2- to 3-hour wait" one range of hours, as "a 2 to 3 hour wait" is; the age of
a group in the plural ("open to 17-year-olds") is an age as "a 17-year-old" is, not a date with
no value, and "two 17-year-olds" count two people of that age."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_ages_listed_before_years_old_are_each_an_age(nlp: Language) -> None:
    found = facts(
        nlp, "On Sunday Ana and Luis Ortega, 31 and 33 years old, respectively, opened a bakery."
    )
    assert ("31", FigureKind.QUANTITY, 31.0, "years") in found
    assert ("33 years old", FigureKind.QUANTITY, 33.0, "years") in found


def test_a_range_sharing_its_compound_is_one_range_of_ages(nlp: Language) -> None:
    found = facts(nlp, "Among 35- to 44-year-old women the rate fell.")
    assert found == [("35- to 44", FigureKind.RANGE, "35/44", "years")]


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("Drivers faced a 2- to 3-hour wait at the border.", "2- to 3", "2/3", "hours"),
        ("The council bought a 6- to 8-metre pole.", "6- to 8-metre", "6/8", "metres"),
        # the measure's word before the noun is its unit in the plural, however it is joined
        ("Drivers faced a 2 to 3 hour wait at the border.", "2 to 3 hour", "2/3", "hours"),
        ("Drivers faced a 2-3 hour wait at the border.", "2-3 hour", "2/3", "hours"),
        ("The council bought a 6 to 8 mile path.", "6 to 8 mile", "6/8", "miles"),
        ("The council bought a 6 to 8 km path.", "6 to 8 km", "6/8", "km"),
        # a count, not a measure, shares no unit
        ("The firm sent 10- or 12-person crews.", "10- or 12", "10/12", None),
    ],
)
def test_a_range_sharing_a_measure_is_in_that_measure(
    nlp: Language, text: str, words: str, value: str, unit: str | None
) -> None:
    assert facts(nlp, text) == [(words, FigureKind.RANGE, value, unit)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The new driving course is open to 17-year-olds.", "17-year-olds"),
        ("The new driving course is open to any 17-year-old.", "17-year-old"),
    ],
)
def test_the_age_of_a_group_is_an_age(nlp: Language, text: str, words: str) -> None:
    assert facts(nlp, text) == [(words, FigureKind.QUANTITY, 17.0, "years")]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The school now admits 16 and 17-year-olds.", "16"),
        ("The club is open to 16 or 17-year-olds.", "16"),
        # the first with the hyphen it shares with the last
        ("The school now admits 16- and 17-year-olds.", "16"),
        ("The club is open to 16- or 17-year-olds.", "16"),
    ],
)
def test_an_age_listed_before_year_olds_is_an_age(nlp: Language, text: str, first: str) -> None:
    assert facts(nlp, text) == [
        (first, FigureKind.QUANTITY, 16.0, "years"),
        ("17-year-olds", FigureKind.QUANTITY, 17.0, "years"),
    ]


def test_a_share_before_a_list_of_ages_is_no_age(nlp: Language) -> None:
    found = facts(nlp, "One in five 10 and 11-year-olds has a phone.")
    assert found[0] == ("One in five", FigureKind.PERCENT, 0.2, None)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Two 17-year-olds were arrested.", "people"),
        ("Two 17-year-old boys were arrested.", "boys"),
    ],
)
def test_so_many_of_an_age_count_people(nlp: Language, text: str, counted: str) -> None:
    assert facts(nlp, text) == [
        ("Two", FigureKind.COUNT, 2.0, counted),
        (text.split()[1], FigureKind.QUANTITY, 17.0, "years"),
    ]
