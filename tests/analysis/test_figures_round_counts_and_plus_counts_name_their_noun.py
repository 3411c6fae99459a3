"""A round count in words counts the plural noun after its "of" ("thousands of burglaries" counts
burglaries); one of a unit of measure or of time is a quantity in it ("millions of tons",
"hundreds of years"), and one of money counts no unit; "Some 30-plus people" counts people, as
"50-plus members" counts members; and "a 2-to-1 vote" is the tally 2-1, as "a 2 to 1 margin" and
"a 2-for-1 stock split" are. A participle between a
number and its noun leaves the noun counted ("95 retired judges")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Police logged thousands of burglaries in the county.", "thousands", "burglaries"),
        ("Tens of thousands marched and dozens of people were hurt.", "dozens", "people"),
        ("Jets were scrambled hundreds of times last year.", "hundreds", "times"),
    ],
)
def test_a_round_count_counts_the_noun_after_of(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == (
        FigureKind.COUNT,
        None,
        unit,
        Qualifier.APPROXIMATELY,
    )


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("The mine holds millions of tons of coal.", "millions of tons", "tons"),
        ("Fires burned thousands of acres of forest.", "thousands of acres", "acres"),
        (
            "The tribes have fought for hundreds of years over the valley.",
            "hundreds of years",
            "years",
        ),
    ],
)
def test_a_round_count_of_a_measure_is_a_quantity_in_it(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == (
        FigureKind.QUANTITY,
        None,
        unit,
        Qualifier.APPROXIMATELY,
    )


def test_some_thirty_plus_people_counts_people(nlp: Language) -> None:
    figure = found(nlp, "Some 30-plus people came to the vigil.")["Some 30-plus"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.COUNT, 30.0, "people")


@pytest.mark.parametrize(
    ("text", "words", "pair"),
    [
        ("By a 2-to-1 vote, the panel sent the case back.", "2-to-1", "2-1"),
        # so many for so many, hyphened, is one ratio: a split, an offer
        ("The board approved a 2-for-1 stock split.", "2-for-1", "2-1"),
        ("It plans a one-for-ten share consolidation.", "one-for-ten", "1-10"),
    ],
)
def test_a_hyphenated_vote_is_a_tally(nlp: Language, text: str, words: str, pair: str) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.COUNT, pair, None)


def test_a_count_before_for_and_no_hyphen_stays_a_count(nlp: Language) -> None:
    figure = found(nlp, "He paid 2 for the ticket and like-for-like sales rose.")["2"]
    assert (figure.kind, figure.value) == (FigureKind.COUNT, 2.0)


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("The letter was signed by 95 retired judges and lawyers.", "95", "judges"),
        ("The army sent four rotating brigade-sized units east.", "four", "units"),
    ],
)
def test_a_participle_before_the_noun_leaves_it_counted(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit
