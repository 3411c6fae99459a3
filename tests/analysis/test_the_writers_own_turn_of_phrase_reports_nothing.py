""" "It is worth noting that …" and "assuming that the budget holds, …" are the writer's own
turns of phrase: no one is said to note or assume anything. Someone who assumes something
still does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Tram line delayed\n\nWork began in the spring.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "It is worth noting that the depot was built in a year.",
        "It's worth noting that the council spent more than it planned.",
        "Assuming that the budget holds, the line will open in May.",
        "The fares will rise, assuming that the council approves the plan.",
        "There are riders who want lower fares -- assuming that the towns pay more.",
    ],
)
def test_the_writers_own_turn_of_phrase_reports_nothing(
    analysis_nlp: Language, sentence: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [s for s in said(text, result) if s[1] in ("noting", "Assuming", "assuming")] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The mayor left early, assuming that the line was finished.",
            ("The mayor", "assuming", "that the line was finished"),
        ),
        (
            "The mayor noted that the depot was built in a year.",
            ("The mayor", "noted", "that the depot was built in a year"),
        ),
    ],
)
def test_someone_who_assumes_or_notes_still_does(
    analysis_nlp: Language, sentence: str, expected: tuple[str, str, str]
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [expected]
