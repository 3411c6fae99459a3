"""'If you see the man, call the police', 'Before you travel, check the timetable', 'When the
alarm sounds, leave the building', 'To join the call, dial 0800 …': a call to act after a clause
that sets its occasion or its purpose is a call, as it is alone; "you should call the police",
"staff left the building" and "To cut costs, the council closed …" are none, nor is a name the
parser reads as a verb ("With two months to go, Trump still ducks on taxes.")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.claims import span_features
from newslens.analysis.figures import find_figures
from tests.analysis.helpers import features_of, run_with_text


@pytest.mark.parametrize(
    "text",
    [
        "If you see the man, call the police.",
        "Before you travel, check the timetable.",
        "When the alarm sounds, leave the building.",
        "To register for the webinar, visit the company website.",
        "To access the call, dial 1-800-555-0199 and enter the code 4471829.",
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
        "To cut costs, the council closed two libraries.",
        "To be fair, the rate has doubled since 2019.",
    ],
)
def test_a_statement_after_a_clause_is_no_call(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["imperative"] == 0.0


def test_how_to_join_a_call_is_no_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Results\n\nThe firm will host a call on Monday. To join the call, dial 0800 555 0199 "
        "(UK) and use the PIN 4471. To cut costs, the firm closed 12 of its 40 stores.",
    )
    assert [text[c.start : c.end] for c in result.claims] == [
        "To cut costs, the firm closed 12 of its 40 stores."
    ]


def test_an_aim_reported_is_no_call_after_a_purpose(nlp: Language) -> None:
    text = "The senator wants to sign up 5 million people, focusing on people under 30."
    doc = nlp(text)
    words = doc.char_span(text.index("to sign"), len(text) - 1)
    assert words is not None
    assert span_features(words, find_figures(doc))["imperative"] == 0.0
