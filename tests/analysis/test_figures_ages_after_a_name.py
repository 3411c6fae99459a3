"""A number set off by commas after a person's name is their age, in years, as "at age 54"
is: "said Tom Reeves, 54, who lives nearby"; a number after a place or a thing stays a count."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ('"It was terrifying," said Tom Reeves, 54, who lives by the weir.', "54"),
        ("Jane Mercer, 41, of Leeds, was arrested at the scene.", "41"),
        # a given name no list holds, which the model took for no one's
        ("Kwabena Asante, 61, said the plan was sound.", "61"),
    ],
)
def test_a_number_after_a_name_is_an_age(nlp: Language, text: str, age: str) -> None:
    assert (age, FigureKind.QUANTITY, float(age), "years") in facts(nlp, text)


def test_a_number_after_a_place_is_no_age(nlp: Language) -> None:
    found = facts(nlp, "Turnout in Bathford, 812, was the lowest in the county.")
    assert [(words, kind) for words, kind, _, _ in found] == [("812", FigureKind.COUNT)]


def test_an_age_after_a_name_the_model_missed_ends_a_sentence(nlp: Language) -> None:
    text = '"Nobody came," said mother-of-three Kate Mills, 35. "We waited all day."'
    assert ("35", FigureKind.QUANTITY, 35.0, "years") in facts(nlp, text)
