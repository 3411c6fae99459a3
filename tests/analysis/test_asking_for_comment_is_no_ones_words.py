"""A reporter's request for comment ("did not return calls seeking comment", "sought comment
from Hale", "asked Hale for comment") is no one's words: neither the calls nor the reporter
said "seeking comment". What is sought in words ("sought assurances that …") is still
reported."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Landlord fined\n\nA landlord, Pete Hale, was fined £4,000 on Tuesday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hale did not return calls seeking comment.",
        "Hale did not answer calls asking for comment.",
        "A message seeking comment from Hale was not returned.",
        "The Chronicle sought comment from Hale.",
        "Reporters asked Hale for comment.",
        "Hale did not reply to emails requesting comment.",
    ],
)
def test_a_request_for_comment_is_not_a_quote(analysis_nlp: Language, sentence: str) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == []


def test_what_is_sought_in_words_is_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}Tenants sought assurances that the rent would not rise.\n"
    )
    assert said(text, result) == [("Tenants", "sought", "assurances that the rent would not rise")]
