"""A reaction with nothing in its sentence that it answers ("Tom Briggs disagreed.", "Her
husband, Mark Fowler, agreed.") asserts nothing a fact-checker checks: no claim. Agreeing to
something ("agreed to pay £300") or that something is so still is one."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text

STORY = (
    "Pool to close\n\n"
    "The council voted on Monday to close the Riverside pool, which lost £200,000 last year.\n\n"
    "Tom Briggs disagreed. Her husband, Mark Fowler, agreed.\n\n"
    "The operator agreed to pay £300 to each season-ticket holder."
)


def _claims(nlp: Language) -> list[str]:
    text, result = run_with_text(nlp, STORY)
    return [text[c.start : c.end] for c in result.claims]


def test_a_bare_reaction_is_no_claim(analysis_nlp: Language) -> None:
    claims = _claims(analysis_nlp)
    assert not any("disagreed" in claim or "Fowler" in claim for claim in claims)


def test_agreeing_to_something_is_still_a_claim(analysis_nlp: Language) -> None:
    assert any("£300" in claim for claim in _claims(analysis_nlp))
