"""Wanting or expecting a thing ("Shoppers want answers", "Markets had expected the
decision") reports no one's words; wanting or expecting something to happen still does."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text, words


def test_a_thing_wanted_or_expected_reports_nothing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Rate rise\n\nThe central bank raised its main rate on Thursday. Markets had expected "
        "the decision. Shoppers want answers on the price of bread.\n",
    )
    assert [text[q.start : q.end] for q in result.quotes] == []


def test_wanting_someone_to_act_is_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Rate rise\n\nThe union wants the council to freeze rents next year.\n"
    )
    assert [(q.speaker, words(text, q)) for q in result.quotes] == [
        ("The union", "the council to freeze rents next year")
    ]
