"""'If the council had the money, it would reopen the library', 'If she were mayor, she would …':
the past form of what an "if" or "unless" supposes, with "would" or "could" after it, tells of
nothing that happened; the check-worthiness score reads no past act in it. "If the council closed
the library in May, it broke the law" tells of one, and stays past."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "If the council had the money, it would reopen the library.",
        "If she were mayor, she would close the road.",
        "The bridge could stay open if the council found another £2m.",
        "Unless the board found a buyer, the club would fold.",
    ],
)
def test_a_supposition_is_no_past_act(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["past"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "If the council closed the library in May, it broke the law.",
        "The council found a buyer in May.",
    ],
)
def test_a_past_act_stays_past(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["past"] == 1.0
