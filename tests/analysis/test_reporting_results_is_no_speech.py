"""A firm reporting its results ("reported a loss of £3m", "posted pre-tax profits of £12m",
"reported a 38% fall in sales") gives figures from its accounts, not words: no quote, while
"reported a rise in burglaries" and "reported that its loss had widened" are reported."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_results_reported_are_no_quotes(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Northwind posts first loss\n\n"
        "Northwind reported a loss of £3m for the year to March. Rival Eastgrid posted pre-tax "
        "profits of £12m and reported a 38% fall in sales.\n",
    )
    assert said(text, result) == []


def test_what_is_reported_beside_results_is_still_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Town news\n\n"
        "Police reported a rise in burglaries in the town. Northwind reported that its loss "
        "had widened.\n",
    )
    assert [(who, words) for who, _, words in said(text, result)] == [
        ("Police", "a rise in burglaries in the town"),
        ("Northwind", "that its loss had widened"),
    ]
