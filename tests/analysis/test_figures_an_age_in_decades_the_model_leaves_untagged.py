"""An age told by its decade after a possessive is a range of years wherever the model sees no
date in it: "a man in his 20s was stabbed" gives 20 to 29 years, as "a woman in her 50s" does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "years"),
    [
        ("A man in his 20s was stabbed in Leeds on Saturday.", "20s", "20/29"),
        ("He was stabbed after a man in his 20s was stabbed at about 11pm.", "20s", "20/29"),
    ],
)
def test_a_decade_of_life_is_a_range_of_years(
    nlp: Language, text: str, words: str, years: str
) -> None:
    assert (words, FigureKind.RANGE, years, "years") in facts(nlp, text)
