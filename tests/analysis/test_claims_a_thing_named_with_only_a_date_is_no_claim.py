"""Reported speech that only names a thing ("touted her support of the 2015 law …") or calls
someone to act ("asked the auditor to check the accounts during Monday's hearing") is no claim,
though a date is among its words: a date puts no figure on record. With an amount ("touted a
£2 million grant") the thing named is still a claim."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text


def _claimed(nlp: Language, text: str) -> list[str]:
    text, result = run_with_text(nlp, text)
    return [text[c.start : c.end] for c in result.claims if c.claimant is not None]


def test_a_thing_named_with_its_year_is_no_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        "The senator touted her support of the 2015 law that expanded the port during a forum "
        "sponsored by the chamber.\n",
    )
    assert claimed == []


def test_a_call_with_a_day_is_no_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        "The union has asked the city's auditor to check the accounts during Monday's hearing "
        "at the town hall.\n",
    )
    assert claimed == []


def test_a_thing_named_with_an_amount_is_still_a_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp, "The senator touted a £2 million grant for the port on Tuesday.\n"
    )
    assert any("£2 million" in words for words in claimed)
