"""Reported speech in forms beyond "X said that …": passives, denials and gerunds."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import QuoteKind
from tests.analysis.helpers import run_with_text, said, words


def test_a_passive_report_is_its_whole_clause(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "The new ferry terminal was labelled a white elephant by residents."
    )
    (quote,) = result.quotes
    assert words(text, quote) == "The new ferry terminal was labelled a white elephant"
    assert quote.speaker == "residents"
    assert quote.kind is QuoteKind.INDIRECT


def test_a_passive_report_ends_before_the_reporters_aside(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The treasurer was accused of moving club funds into a private account, with auditors "
        "pointing to six transfers.",
    )
    assert [w for _, _, w in said(text, result)] == ["moving club funds into a private account"]


def test_a_passive_of_asking_admitting_or_rejecting_reports_no_words(
    analysis_nlp: Language,
) -> None:
    for text in (
        "The coach was asked about the injury on Sunday.",
        "Two climbers were admitted to hospital overnight.",
        "A bid to rename the park has been rejected.",
    ):
        assert run_with_text(analysis_nlp, text)[1].quotes == (), text


def test_a_denied_mention_reports_what_was_not_mentioned(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, "The governor did not mention the pipeline deal.")
    (quote,) = result.quotes
    assert words(text, quote) == "the pipeline deal"
    assert quote.negated
    assert quote.speaker == "The governor"


def test_no_reply_and_no_one_told_report_no_words(analysis_nlp: Language) -> None:
    for text in (
        "The developer did not respond to requests for comment on Monday.",
        "The landlord would not tell the tenants anything about the repairs.",
    ):
        assert run_with_text(analysis_nlp, text)[1].quotes == (), text


def test_a_gerund_after_a_preposition_reports_its_object(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "The senator stopped short of calling the warehouse fire an attack."
    )
    (quote,) = result.quotes
    assert words(text, quote) == "the warehouse fire an attack"
    assert quote.speaker == "The senator"


def test_verbs_of_scorn_praise_and_pleading_report_their_object(analysis_nlp: Language) -> None:
    for text, cue, words_said in (
        ("The coach derided the referee's decision.", "derided", "the referee's decision"),
        ("Critics lambasted the new parking rules.", "lambasted", "the new parking rules"),
        ("The bishop lauded the volunteers' courage.", "lauded", "the volunteers' courage"),
        (
            "The mayor implored residents to stay indoors.",
            "implored",
            "residents to stay indoors",
        ),
    ):
        assert [(q.cue, words(text, q)) for q in run_with_text(analysis_nlp, text)[1].quotes] == [
            (cue, words_said)
        ], text


def test_where_a_call_went_or_a_vote_ran_is_no_ones_words(analysis_nlp: Language) -> None:
    for text in (
        "The governor called into a morning radio show on Friday.",
        "The committee voted along party lines.",
    ):
        assert run_with_text(analysis_nlp, text)[1].quotes == (), text
