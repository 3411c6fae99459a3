"""A fraction written in digits before "of" is that share of what follows: "3/4 of the budget"
is 0.75 and "2/3 of members" 0.667, not a count with no value; "9/11" and "24/7" are no
share."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "share"),
    [
        ("The council spent 3/4 of the budget on roads.", "3/4", 0.75),
        ("The club says 2/3 of members voted to move.", "2/3", 0.667),
    ],
)
def test_a_fraction_in_digits_of_something_is_a_share(
    nlp: Language, text: str, words: str, share: float
) -> None:
    assert facts(nlp, text) == [(words, FigureKind.PERCENT, share, None)]


def test_a_day_and_a_month_or_all_week_is_no_share(nlp: Language) -> None:
    text = "The museum about 9/11 is now open 24/7."
    assert [kind for _, kind, _, _ in facts(nlp, text)] == []
