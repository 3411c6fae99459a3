"""A bare number after "at" that a turn in a life takes is the age it turned at, in years, as
"a 34-year-old" is: "dies at 91", "retired at 65 after a long career", "passed away at 88".
"Aged 91" and "until she was 85" were ages already; "died at 91 points" counts points."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Veteran actor dies at 91 after short illness.", "91"),
        ("She retired at 65 after a long career.", "65"),
        ("He passed away at 88 at his home in Kent.", "88"),
        ("The singer, aged 91, lived by the sea.", "91"),
        ("She ran the farm until she was 85.", "85"),
    ],
)
def test_an_age_a_life_turned_at_is_in_years(nlp: Language, text: str, words: str) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (
        FigureKind.QUANTITY,
        float(words),
        "years",
    )


def test_a_level_after_at_is_no_age(nlp: Language) -> None:
    assert found(nlp, "The index died at 91 points.")["91"].unit == "points"
