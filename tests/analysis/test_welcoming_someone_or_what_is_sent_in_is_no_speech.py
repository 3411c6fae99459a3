"""Welcoming someone or what people send in ("welcomed the governor", "welcomes
applications") greets or invites, and says nothing; welcoming a decision or a report is a
reaction, reported."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run


@pytest.mark.parametrize(
    "sentence",
    [
        "The council welcomes applications from community groups.",
        "The mayor welcomed several hundred guests to the town hall.",
        "Councillor Ann Hale welcomed the governor on Friday.",
    ],
)
def test_welcoming_someone_or_applications_reports_nothing(
    analysis_nlp: Language, sentence: str
) -> None:
    assert run(analysis_nlp, f"Library reopens\n\n{sentence}\n").quotes == ()


def test_welcoming_a_decision_is_reported(analysis_nlp: Language) -> None:
    text = "Library reopens\n\nThe union welcomed the decision to delay the closure.\n"
    assert [(q.speaker, q.cue) for q in run(analysis_nlp, text).quotes] == [
        ("The union", "welcomed")
    ]
