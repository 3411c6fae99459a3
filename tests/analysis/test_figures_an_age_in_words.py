"""An age in words after "aged" or a bound said of people is an age, as in digits: "a boy aged
five" is 5 years, "children under five" at most 5 years and "most of the victims were under
eighteen" at most 18."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value", "qualifier"),
    [
        ("A boy aged five was taken to hospital.", "five", 5.0, Qualifier.EXACTLY),
        ("Children under five are most at risk.", "under five", 5.0, Qualifier.AT_MOST),
        ("Most of the victims were under eighteen.", "under eighteen", 18.0, Qualifier.AT_MOST),
    ],
)
def test_an_age_in_words_is_an_age(
    nlp: Language, text: str, words: str, value: float, qualifier: Qualifier
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == (
        FigureKind.QUANTITY,
        value,
        "years",
        qualifier,
    )
