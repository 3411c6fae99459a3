"""A share written "eight out of 10", "seven of 10 parents", "one of every six" or "one in a
million" is the share it names, as "one in five" is, and "one in three trains" is a share of
trains; "won 14 of 20 games" still counts games, and "one of two men" is one man, not a half."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Roughly seven out of 10 said the bus fare was too high.", "seven out of 10", 0.7),
        ("Seven of 10 parents backed the new school hours.", "Seven of 10", 0.7),
        (
            "One of every six tenants in the block is behind on rent.",
            "One of every six",
            0.1666666667,
        ),
        ("One in four buses was cancelled on the first day.", "One in four", 0.25),
        ("Just one in three trains ran during the strike.", "one in three", 0.3333333333),
        ("The condition affects one in a thousand babies.", "one in a thousand", 0.001),
        ("Doctors put the risk at one in a million.", "one in a million", 1e-06),
        ("It was a one-in-a-million chance, he said.", "one-in-a-million", 1e-06),
    ],
)
def test_a_share_out_of_a_whole_is_the_share(
    nlp: Language, text: str, words: str, value: float
) -> None:
    shares = [f for f in facts(nlp, text) if f[1] is FigureKind.PERCENT]
    assert [(w.removeprefix("Roughly "), v) for w, _, v, _ in shares] == [(words, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The club won 14 of 20 games before the break.",
        "One of two men arrested after the fire was later freed.",
    ],
)
def test_a_count_out_of_a_count_stays_counts(nlp: Language, text: str) -> None:
    assert not [f for f in facts(nlp, text) if f[1] is FigureKind.PERCENT]
