"""Proposing a motion, an amendment, a bill or a board's dividend puts it to a vote, an act
that says nothing of the proposer's own; proposing that something be done, or a rise in fees, is still their
words, and a plan proposed is the proposer's, as a plan unveiled is."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Libraries reprieve\n\nThree branches had been due to shut in March.\n\n"


def test_a_motion_amendment_or_bill_proposed_reports_nothing(analysis_nlp: Language) -> None:
    for sentence in (
        "The council proposed an amendment to keep the libraries open.",
        "Councillor Priya Shah proposed a motion calling for a review of the closures.",
        "The housing minister proposed a bill to cap rents in the capital.",
        "The board proposed a final dividend of 12p a share.",
    ):
        text, result = run_with_text(analysis_nlp, HEAD + sentence + "\n")
        assert said(text, result) == [], sentence


def test_proposing_that_something_be_done_is_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, HEAD + "The council proposed that the libraries stay open.\n"
    )
    assert said(text, result) == [
        ("The council", "proposed", "that the libraries stay open"),
    ]
    text, result = run_with_text(
        analysis_nlp, HEAD + "The council proposed a 5% rise in parking fees.\n"
    )
    assert said(text, result) == [
        ("The council", "proposed", "a 5% rise in parking fees"),
    ]
    text, result = run_with_text(
        analysis_nlp, HEAD + "The board proposed that the dividend be cut.\n"
    )
    assert said(text, result) == [("The board", "proposed", "that the dividend be cut")]


def test_a_plan_proposed_is_the_proposer_s(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, HEAD + "The mayor proposed a plan to run the branches with volunteers.\n"
    )
    assert [(s, w) for s, _, w in said(text, result)] == [
        ("The mayor", "to run the branches with volunteers"),
    ]
