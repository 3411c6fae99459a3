"""Reported speech that is a call to act ("urged parents to check …") is what someone wants
done, not a statement to check; what a body states in the same story still is."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text

STORY = (
    "Parents urged to check children's vaccines as measles cases rise\n\n"
    "Health officials have urged parents to check that their children are fully vaccinated "
    "after a sharp rise in measles cases in the West Midlands.\n\n"
    "The health agency said 216 cases had been confirmed in Birmingham since January."
)


def test_an_urging_is_no_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    claims = [text[c.start : c.end] for c in result.claims]
    assert not any(claim.startswith("to check") for claim in claims)
    assert any("216 cases" in claim for claim in claims)


def test_a_call_with_quoted_words_is_no_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Ferry crews to strike\n\n"
        "The operator said 22 crossings had been cancelled and warned passengers to expect "
        '"long queues" at both ports.',
    )
    claims = [text[c.start : c.end] for c in result.claims]
    assert not any(claim.startswith("to expect") for claim in claims)
    assert any("22 crossings" in claim for claim in claims)
