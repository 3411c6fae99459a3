"""A number after "aged" is an age in years, as "at age 16" is: "the men, aged 31 and 44",
"residents aged over 65", "aged 75+"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import found


def test_ages_joined_by_and_after_aged_are_ages(nlp: Language) -> None:
    figures = found(nlp, "Officers said the brothers, aged 23 and 36, had been released on bail.")
    ages = [(figures[n].kind, figures[n].value, figures[n].unit) for n in ("23", "36")]
    assert ages == [(FigureKind.QUANTITY, 23.0, "years"), (FigureKind.QUANTITY, 36.0, "years")]


@pytest.mark.parametrize(
    ("text", "words", "qualifier"),
    [
        ("Drivers aged over 70 must renew their licence.", "over 70", Qualifier.AT_LEAST),
        ("The trial took in women aged under 45.", "under 45", Qualifier.AT_MOST),
        ("Entry is free for visitors aged 80+.", "80+", Qualifier.AT_LEAST),
    ],
)
def test_a_bounded_age_after_aged_is_an_age(
    nlp: Language, text: str, words: str, qualifier: Qualifier
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.unit, figure.qualifier) == (FigureKind.QUANTITY, "years", qualifier)
