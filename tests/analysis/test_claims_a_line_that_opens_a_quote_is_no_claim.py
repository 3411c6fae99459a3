"""The line that opens a quote set below it ("Reeves added:") says nothing to check: the quote
is the claim, and the line is none. A sentence with a figure of its own before the colon still
is one."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text

STORY = (
    "Clinic waits\n\n"
    "The mayor defended the budget at the meeting. Reeves added:\n\n"
    "We have cut waiting times at every clinic and hired more nurses than any council before "
    "us.\n"
)


def test_the_line_that_opens_a_quote_is_no_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    claims = [(c.claimant, text[c.start : c.end]) for c in result.claims]
    assert ("Reeves", text[text.index("We have") : text.index("us.") + 3]) in claims
    assert not any(words.startswith("Reeves added") for _, words in claims)
