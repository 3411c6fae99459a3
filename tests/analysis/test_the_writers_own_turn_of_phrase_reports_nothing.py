""" "It is worth noting that …" and "assuming that the budget holds, …" are the writer's own
turns of phrase: no one is said to note or assume anything. Someone who assumes something
still does. What an "if" supposes someone says or believes is no one's words."""

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


@pytest.mark.parametrize(
    "sentence",
    [
        "If the mayor says the bridge is safe, people will use it.",
        "I would go back tomorrow if I believed the job could be done well.",
    ],
)
def test_what_an_if_supposes_is_said_reports_nothing(analysis_nlp: Language, sentence: str) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hale said she would resign if the council voted against the plan.",
            ("Hale", "said", "she would resign if the council voted against the plan"),
        ),
        ("Hale asked if the bridge was safe.", ("Hale", "asked", "if the bridge was safe")),
        (
            "The board will act unless it wants to raise the fares.",
            ("The board", "wants", "to raise the fares"),
        ),
    ],
)
def test_a_report_of_what_would_happen_if_is_still_said(
    analysis_nlp: Language, sentence: str, expected: tuple[str, str, str]
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [expected]
