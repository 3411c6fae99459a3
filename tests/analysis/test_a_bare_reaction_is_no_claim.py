"""A reaction with nothing in its sentence that it answers ("Tom Briggs disagreed.", "Her
husband, Mark Fowler, agreed.") asserts nothing a fact-checker checks: no claim. Nor does a
reaction or a feeling told only by how and where ("Islanders reacted with anger on social
media"). Agreeing to something ("agreed to pay £300") or that something is so still is one, and
so is a vote with its tally ("Islanders voted 70% against the plan")."""

from __future__ import annotations

import pytest
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


FERRY = "Ferry to stop\n\nThe ferry to Skarra will stop running in May.\n\n"


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("Islanders reacted with anger on social media.", False),
        ("Islanders felt betrayed.", False),
        # near misses: a vote with its tally, an act done in reaction
        ("Islanders voted 70% against the plan.", True),
        ("Shares in the operator fell 5% as investors reacted to the news.", True),
    ],
)
def test_a_reaction_told_by_how_and_where_is_no_claim(
    analysis_nlp: Language, sentence: str, claimed: bool
) -> None:
    text, result = run_with_text(analysis_nlp, f"{FERRY}{sentence}\n")
    assert any(text[c.start : c.end] == sentence for c in result.claims) is claimed
