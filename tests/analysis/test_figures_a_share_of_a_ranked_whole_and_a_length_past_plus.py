""" "The bottom fifth of earners" is a share, a fifth, as "a fifth of earners" is, not a fifth
place; and "90-plus minutes" is a length of at least 90 minutes wherever the parse leaves the
minutes past the "-plus"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import facts, found


@pytest.mark.parametrize(
    ("text", "words", "share"),
    [
        ("Households in the bottom fifth of earners paid less.", "fifth", 0.2),
        ("The richest third of voters backed the plan.", "third", 0.3333333333),
    ],
)
def test_a_part_of_a_ranked_whole_is_a_share(
    nlp: Language, text: str, words: str, share: float
) -> None:
    assert (words, FigureKind.PERCENT, share, None) in facts(nlp, text)


def test_a_length_past_plus_keeps_its_unit(nlp: Language) -> None:
    figure = found(
        nlp, "She had never faced a hearing like it before - 90-plus minutes of questions."
    )["90-plus minutes"]
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == (
        FigureKind.QUANTITY,
        90.0,
        "minutes",
        Qualifier.AT_LEAST,
    )
