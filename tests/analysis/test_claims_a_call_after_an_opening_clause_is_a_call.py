"""'If you see the man, call the police', 'Before you travel, check the timetable', 'When the
alarm sounds, leave the building': a call to act after a clause that sets its occasion is a call,
as it is alone; "you should call the police" and "staff left the building" are none, nor is a
name the parser reads as a verb ("With two months to go, Trump still ducks on taxes.")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "If you see the man, call the police.",
        "Before you travel, check the timetable.",
        "When the alarm sounds, leave the building.",
    ],
)
def test_a_call_after_a_clause_is_a_call(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["imperative"] == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "If you see the man, you should call the police.",
        "When the alarm sounded, staff left the building.",
        "With two months to go, Trump still ducks on taxes.",
    ],
)
def test_a_statement_after_a_clause_is_no_call(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["imperative"] == 0.0
