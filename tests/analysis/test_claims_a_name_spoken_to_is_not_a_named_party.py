"""In "John, we have not had a pay rise in years", "I am not sure that is right, Tom", "Mr. Lee,
the report says otherwise" (a verb has one subject), "Well, Mr Lee, to go back to 2019" or
"Those of us on the council, Jim, have a duty to act", the name is someone spoken to, no one
the words are about: the check-worthiness score counts no named person for it, as it does for
"Mr Lee, as mayor, voted against the plan"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "John, we have not had a pay rise in years.",
        "Look, John, we have not had a pay rise in years.",
        "Well, Sarah, the figures don't add up.",
        "I am not sure that is right, Tom.",
        "Mr. Lee, the report says otherwise.",
        "Well, Mr Lee, to go back to 2019.",
        "Those of us on the council, Jim, have a duty to act.",
    ],
)
def test_a_name_spoken_to_is_no_named_party(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["entity"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Mr Lee, as mayor, voted against the plan.",
        "John Smith, the council leader, voted against the plan.",
    ],
)
def test_a_name_spoken_of_is_a_named_party(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["entity"] == 1.0
