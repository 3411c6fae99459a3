"""A call to act opened by a word that carries on the talk, "And remember the flood of 2007.",
"So let's get the bridge built.", "Now, let's cut the queues.", scores as a call, as it does
without that word; "And the council closed the library." is no call."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "And remember the flood of 2007.",
        "So let's get the bridge built.",
        "Now, let's cut the queues at the hospital.",
        "And number three, let's look at the roads.",
    ],
)
def test_a_call_after_an_opening_word_is_a_call(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["imperative"] == 1.0


def test_a_statement_after_an_opening_word_is_no_call(nlp: Language) -> None:
    assert features_of(nlp, "And the council closed the library in May.")["imperative"] == 0.0
