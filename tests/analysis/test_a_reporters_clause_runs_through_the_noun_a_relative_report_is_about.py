""" "Some 900 parents have signed a letter opposing the merger, which governors say was agreed
without a vote": the merger is what the governors speak of, and what the parents oppose too.
The reporter's own clause, a claim for its figure, runs through it ("… opposing the merger"),
never stopping on the word before it."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import ClaimKind

from .helpers import run_with_text

STORY = (
    "Parents fight school merger\n\n"
    "Some 900 parents have signed a letter opposing the school merger, which governors say was "
    "agreed without a vote.\n"
    "More than 4,000 residents wrote to the council about the new bypass, which campaigners say "
    "will destroy 12 acres of woodland.\n"
)


def _claims(nlp: Language) -> dict[str, ClaimKind]:
    text, result = run_with_text(nlp, STORY)
    return {text[c.start : c.end]: c.kind for c in result.claims}


def test_the_reporters_clause_keeps_the_noun_it_shares(analysis_nlp: Language) -> None:
    claims = _claims(analysis_nlp)
    assert claims.get("Some 900 parents have signed a letter opposing the school merger") is (
        ClaimKind.NUMERIC
    )
    assert claims.get("More than 4,000 residents wrote to the council about the new bypass") is (
        ClaimKind.NUMERIC
    )


def test_the_sources_words_are_still_theirs(analysis_nlp: Language) -> None:
    claims = _claims(analysis_nlp)
    assert claims.get("the school merger, which governors say was agreed without a vote") is (
        ClaimKind.ATTRIBUTED
    )
