"""An answer that says someone "knows that" or "believes this", a pronoun for its object and
no clause, reports nothing: the words before it are the answerer's, not the knower's ("The
minister knows that the fund is empty" still reports what the minister knows). A role in two
words ("the harbour master") is a role all the same: a later "the minister" is someone else."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

INTRO = (
    "Ten minutes with the harbour master\n\n"
    "Dana Holt, the harbour master, has run Porthleven harbour for twelve years. "
)


def test_knowing_that_reports_nothing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        INTRO + "The fisheries minister, Alan Reid, visited in May. We spoke to her.\n\n"
        "Q: Will the money come in time?\n\n"
        "A: The repair fund is empty. I think the minister knows that.\n",
    )
    assert said(text, result) == [
        ("Dana Holt", None, "The repair fund is empty. I think the minister knows that.")
    ]


def test_what_the_minister_knows_is_still_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        INTRO + "The fisheries minister, Alan Reid, visited in May. We spoke to her.\n\n"
        "Q: Will the money come in time?\n\n"
        "A: The minister knows that the repair fund is empty.\n",
    )
    assert [(s, w) for s, cue, w in said(text, result) if cue == "knows"] == [
        ("Alan Reid", "that the repair fund is empty")
    ]


def test_a_minister_never_named_is_not_the_harbour_master(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        INTRO + "The minister knows that the repair fund is empty.\n",
    )
    assert [(s, w) for s, cue, w in said(text, result) if cue == "knows"] == [
        ("The minister", "that the repair fund is empty")
    ]


def test_a_harbour_master_named_after_the_title_is_no_minister(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Harbour fund\n\nHarbour master Dana Holt has run Porthleven harbour for twelve years. "
        "The minister knows that the repair fund is empty.\n",
    )
    assert [s for s, cue, _ in said(text, result) if cue == "knows"] == ["The minister"]


def test_a_surname_ending_like_a_trade_is_still_the_minister(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Harbour fund\n\nPaul Coleman visited Porthleven harbour on Friday. The minister said "
        "the repair fund was empty.\n",
    )
    assert [s for s, cue, _ in said(text, result) if cue == "said"] == ["Paul Coleman"]
