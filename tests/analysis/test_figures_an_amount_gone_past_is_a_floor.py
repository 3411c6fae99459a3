"""An amount or a share gone past is a floor, as one gone over is: "spending went past £60m"
is at least £60m. "The past 10 years" is a length and "drove past 10 cars" passed them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The transfer took their spending past £60m.", "past £60m"),
        ("Inflation went past 10% in October.", "past 10%"),
    ],
)
def test_an_amount_gone_past_is_at_least_it(nlp: Language, text: str, words: str) -> None:
    assert found(nlp, text)[words].qualifier is Qualifier.AT_LEAST


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He drove past 10 cars on the hard shoulder.", "10"),
        ("Sales in past 12 months hit £4m.", "past 12 months"),
    ],
)
def test_a_count_passed_or_a_length_gone_by_is_no_floor(
    nlp: Language, text: str, words: str
) -> None:
    assert found(nlp, text)[words].qualifier is Qualifier.EXACTLY
