"""Calling an event to be held or to take effect ("called an extraordinary meeting",
"called a snap election", "called a strike", "called a halt to the works") is an act, not
words; calling the event something ("called the strike a necessary step") or calling for it
("called for a referendum") still reports words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_calling_a_meeting_an_election_a_strike_or_a_halt_reports_nothing(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Depot row deepens\n\n"
        "The council called an extraordinary meeting on Tuesday. The prime minister called a snap "
        "election for June. Drivers have called a 48-hour strike from Monday. The transport "
        "minister called a halt to the works.\n",
    )
    assert said(text, result) == []


def test_calling_an_event_something_or_calling_for_it_is_reported(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Depot row deepens\n\n"
        "The union leader called the strike a necessary step. Residents called for a "
        "referendum on the depot.\n",
    )
    assert [(who, words) for who, _, words in said(text, result)] == [
        ("The union leader", "the strike a necessary step"),
        ("Residents", "a referendum on the depot"),
    ]
