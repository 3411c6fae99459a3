"""A "since" that gives a reason, its clause in the present ("Since the council has no money,
it will close the library"), tells nothing of the record, while "closed since March", "risen
since he took office" and "Since he has been mayor, …" tell how long, and are the record's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "Since the council has no money, it will close the library.",
        "The library will close, since the council cannot afford it.",
        "Since we are spending more on roads, the buses must wait.",
    ],
)
def test_a_since_that_gives_a_reason_is_no_record(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["record"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "The library has been closed since March.",
        "Prices have risen since he took office.",
        "Since he has been mayor, the town has grown.",
        "Since the council has no money, it has never opened the library.",
    ],
)
def test_a_since_of_time_is_the_record(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["record"] == 1.0
