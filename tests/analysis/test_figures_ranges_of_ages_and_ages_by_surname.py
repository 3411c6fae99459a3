"""A range after "ages" or "age" ("voters ages 18 to 29", "between the ages of 17 and 20", "by
age 10 to 11") is one of ages, in years, as "aged 18 to 29" is, and "between the ages of 18 and
24" is one range however the model splits it; a number set off by commas after a surname the
story gave in full before ("Bobby Scott" … "Scott, 69,") is that person's age, whatever the model
took the surname for."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The jobless rate for men ages 16 to 24 was 9 percent.", "16 to 24", "16/24"),
        ("The plan lets people ages 55 to 64 buy in early.", "55 to 64", "55/64"),
        (
            "Turnout among people between the ages of 18 and 24 fell sharply.",
            "18 and 24",
            "18/24",
        ),
        ("Most children can swim by age 10 to 11.", "10 to 11", "10/11"),
        ("Most children can swim by the age of 10 to 11.", "10 to 11", "10/11"),
    ],
)
def test_a_range_after_ages_is_one_of_years(
    nlp: Language, text: str, words: str, value: str
) -> None:
    figure = next(f for f in found(nlp, text).values() if f.text.endswith(words))
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.RANGE, value, "years")


def test_a_range_of_things_has_no_unit_of_years(nlp: Language) -> None:
    figure = found(nlp, "The council will build 16 to 24 homes on the site.")["16 to 24"]
    assert (figure.kind, figure.value) == (FigureKind.RANGE, "16/24")
    assert figure.unit != "years"


def test_a_number_after_a_surname_given_in_full_before_is_an_age(nlp: Language) -> None:
    text = (
        "Rep. Bobby Scott spoke at the rally. As the senior Democrat in the delegation, "
        "Scott, 69, has emerged as the favourite."
    )
    figure = found(nlp, text)["69"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, 69.0, "years")
