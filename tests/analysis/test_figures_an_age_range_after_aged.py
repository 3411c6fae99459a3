"""A range after "aged" is a range of ages, in years, as a single number after it is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The trial recruited 2,300 women aged 45 to 70 in Wales.", "45 to 70", "45/70"),
        ("Men aged between 18 and 30 were invited.", "between 18 and 30", "18/30"),
    ],
)
def test_a_range_after_aged_is_in_years(nlp: Language, text: str, words: str, value: str) -> None:
    assert (words, FigureKind.RANGE, value, "years") in facts(nlp, text)


def test_a_range_not_after_aged_has_no_unit(nlp: Language) -> None:
    found = facts(nlp, "The school takes between 18 and 30 pupils a class.")
    assert ("between 18 and 30", FigureKind.RANGE, "18/30", None) in found
