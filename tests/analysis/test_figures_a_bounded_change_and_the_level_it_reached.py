"""A change with a bound in front, then the level it reached, is the change and the level, as
without the bound: "rose by about 200,000 to 1.1 billion" is about 200,000 and 1.1 billion
(it was one approximate range from 200,000 to 1.1 billion), "grew by nearly 300,000 to 2.4
million" too. A bound before two amounts of no change stays a range ("employs about 200,000 to
1.1 million people", "rose by about 2 to 3 per cent")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "change", "level"),
    [
        (
            "Subscribers rose by about 200,000 to 1.1 billion last year.",
            ("about 200,000", 200_000.0),
            ("1.1 billion", 1_100_000_000.0),
        ),
        (
            "Members grew by nearly 300,000 to 2.4 million.",
            ("nearly 300,000", 300_000.0),
            ("2.4 million", 2_400_000.0),
        ),
        (
            "Membership climbed roughly 200,000 to 1.1 billion.",
            ("roughly 200,000", 200_000.0),
            ("1.1 billion", 1_100_000_000.0),
        ),
    ],
)
def test_a_bounded_change_and_its_level_are_two_figures(
    nlp: Language, text: str, change: tuple[str, float], level: tuple[str, float]
) -> None:
    figures = found(nlp, text)
    assert (figures[change[0]].value, figures[change[0]].qualifier) == (
        change[1],
        Qualifier.APPROXIMATELY,
    )
    assert (figures[level[0]].value, figures[level[0]].qualifier) == (
        level[1],
        Qualifier.EXACTLY,
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The firm employs about 200,000 to 1.1 million people.", "about 200,000 to 1.1 million"),
        ("Prices rose by about 2 to 3 per cent.", "about 2 to 3 per cent"),
    ],
)
def test_a_bound_before_two_amounts_of_no_change_stays_a_range(
    nlp: Language, text: str, words: str
) -> None:
    assert found(nlp, text)[words].kind is FigureKind.RANGE
