"""The scene a report opens with ("Speaking at the conference on Tuesday, the minister said …")
is no clause of the reporter's own: it is not listed as half a sentence; a clause of the
reporter's own before a report ("Homicides fell to 570, although police said …") still is."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text

STORY = (
    "Minister pledges new homes\n\n"
    "Speaking at the party's conference in Leeds on Tuesday, Ms Sandhu said councils would be "
    "given new powers to buy land.\n\n"
    "Homicides fell to 570 last year, although police said knife crime had risen."
)


def test_a_participle_phrase_before_the_speaker_is_no_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    claims = [text[c.start : c.end] for c in result.claims]
    assert not any(claim.startswith("Speaking at") for claim in claims)
    assert "Homicides fell to 570 last year" in claims
