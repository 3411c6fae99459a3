"""'The council will deal with the complaints', 'the town must act now', 'Residents care about the
park': a verb spelt as a word of public business ("a deal", "the Act", "health care") names none,
and the check-worthiness score counts no policy word for it; "The deal with the council fell
through" and "The act was passed by parliament" still name one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "The council will deal with the complaints.",
        "The mayor said the town must act now.",
        "Residents care about the park.",
    ],
)
def test_a_verb_names_no_public_business(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["topics"] == 0.0


@pytest.mark.parametrize(
    "text", ["The deal with the council fell through.", "The act was passed by parliament."]
)
def test_a_noun_of_public_business_still_counts(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["topics"] > 0.0
