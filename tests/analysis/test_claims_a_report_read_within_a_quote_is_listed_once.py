"""Words a quote reports as someone else's ("asserted that the mayor tells so many lies
that …", where "the mayor tells" reads as a report of its own) are listed once, as the claim
of whoever made the quote."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text


def test_a_report_within_a_quote_is_the_quotes_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The spokesman asserted that the mayor tells so many lies that the council could no "
        "longer trust him.\n",
    )
    claims = [(c.claimant, text[c.start : c.end]) for c in result.claims]
    assert claims == [
        (
            "The spokesman",
            "the mayor tells so many lies that the council could no longer trust him",
        )
    ]
