"""A count joined to its noun by a hyphen names the noun as a count spaced from it does, in the
plural: "a 2,000-signature petition" counts 2,000 signatures, as "2,000 signatures" would (it was
"signature"), "a 40-seat majority" seats and "a 12-member panel" members. One of a thing stays
singular ("a one-seat majority"), and a measure joined so stays a quantity in its unit ("a 5-year
plan" 5 years, "a 10-mile walk" 10 miles). A counted noun with a hyphen in it is named whole:
"20,000 pre-orders", "two great-grandchildren"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Parents handed a 2,000-signature petition to the council.", ("2,000", "signatures")),
        ("Labour won a 40-seat majority in the election.", ("40", "seats")),
        ("A 12-member panel will review the bids.", ("12", "members")),
        ("The developer plans a 20-storey tower by the station.", ("20", "storeys")),
        ("Rovers hold a three-point lead at the top.", ("three", "points")),
    ],
)
def test_a_count_joined_to_its_noun_names_it_in_the_plural(
    nlp: Language, text: str, count: tuple[str, str]
) -> None:
    words, unit = count
    assert [(w, u) for w, k, _, u in facts(nlp, text) if k is FigureKind.COUNT] == [(words, unit)]


def test_one_thing_joined_to_its_noun_stays_singular(nlp: Language) -> None:
    text = "The Tories clung on with a one-seat majority."
    assert facts(nlp, text) == [("one", FigureKind.COUNT, 1.0, "seat")]


def test_a_measure_joined_to_its_noun_stays_a_quantity(nlp: Language) -> None:
    text = "The council set out a 5-year plan and a 10-mile walk for charity."
    assert facts(nlp, text) == [
        ("5-year", FigureKind.QUANTITY, 5.0, "years"),
        ("10-mile", FigureKind.QUANTITY, 10.0, "miles"),
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The firm said it had taken 20,000 pre-orders in a week.", ("20,000", "pre-orders")),
        ("She leaves two great-grandchildren.", ("two", "great-grandchildren")),
        # near miss: a spaced dash after the noun
        ("Rescuers found 12 survivors - most of them children.", ("12", "survivors")),
    ],
)
def test_a_counted_noun_with_a_hyphen_in_it_is_named_whole(
    nlp: Language, text: str, count: tuple[str, str]
) -> None:
    words, unit = count
    assert [(w, u) for w, k, _, u in facts(nlp, text) if k is FigureKind.COUNT] == [(words, unit)]
