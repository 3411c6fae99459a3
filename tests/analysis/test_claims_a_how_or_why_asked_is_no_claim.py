"""A question reported with "how", "why" or "what" ("Delegates questioned how the senator could
turn back on his pledge", "Residents wondered why …") asks, and is no claim, as one with
"whether" is; what a report showed ("showed how the companies moved $200 billion") still
is."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text


def _claimed(nlp: Language, text: str) -> list[str]:
    text, result = run_with_text(nlp, text)
    return [text[c.start : c.end] for c in result.claims]


def test_a_how_questioned_is_no_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        "Delegates questioned how the senator could turn back on a pledge he made to support "
        "the nominee.\n",
    )
    assert not any(words.startswith("how") for words in claimed)


def test_a_why_wondered_is_no_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp, "Residents wondered why the council had closed the library without a vote.\n"
    )
    assert not any(words.startswith("why") for words in claimed)


def test_how_a_report_showed_something_is_still_a_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        "The report showed how the companies moved $200 billion in profits offshore.\n",
    )
    assert "how the companies moved $200 billion in profits offshore" in claimed
