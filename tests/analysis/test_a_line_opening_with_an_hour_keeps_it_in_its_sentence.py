"""A line of a live blog that opens with an hour ("9am, the road was closed …") is one
sentence: the parser no longer ends one after the "9", so the claim holds "9am" whole, with
the figure in it, and the speaker of "9am, the union's secretary, Dev Anand, said" is still
Dev Anand."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text

BLOG = (
    "Dock strike live: pickets at the east gate\n"
    "08.55 GMT\n"
    "Pickets return to the east gate\n"
    "9am, the road into the port was closed with 300 pickets at the gate.\n"
    "11am, the union's secretary, Dev Anand, said members would stay out.\n"
)


def test_the_claim_holds_the_hour_whole(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, BLOG)
    claims = [text[c.start : c.end] for c in result.claims]
    assert "9am, the road into the port was closed with 300 pickets at the gate." in claims
    claim = next(c for c in result.claims if text[c.start : c.end].startswith("9am"))
    assert [text[a:b] for a, b in claim.figures] == ["9am", "300"]


def test_the_speaker_after_the_hour_is_still_named(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, BLOG)
    assert [q.speaker for q in result.quotes if q.cue == "said"] == ["Dev Anand"]
