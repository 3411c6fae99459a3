"""A news lead that says when a thing was done ("Talks broke up on Wednesday without
agreement") is on record, though the score, set on debates, weighs it low; a date something
may happen is not. What follows "with" and an attribution is the report's, and is left out of
the reporter's clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import ClaimKind

from .helpers import run_with_text

LEAD = (
    "Ceasefire talks stall\n\n"
    "Talks on a ceasefire in the disputed Korvan region broke up on Wednesday without "
    "agreement, with each side accusing the other of bad faith.\n\n"
    "The plan was approved in March by a narrow vote.\n\n"
    "Delegates may meet again on Friday."
)


def _claims(nlp: Language) -> dict[str, ClaimKind]:
    text, result = run_with_text(nlp, LEAD)
    return {text[c.start : c.end]: c.kind for c in result.claims}


def test_a_dated_past_event_is_listed_up_to_the_attribution(analysis_nlp: Language) -> None:
    claims = _claims(analysis_nlp)
    lead = (
        "Talks on a ceasefire in the disputed Korvan region broke up on Wednesday without agreement"
    )
    assert claims.get(lead) is ClaimKind.NUMERIC


def test_a_passive_past_event_with_its_date_is_listed(analysis_nlp: Language) -> None:
    claims = _claims(analysis_nlp)
    assert "The plan was approved in March by a narrow vote." in claims


def test_a_date_something_may_happen_is_no_claim(analysis_nlp: Language) -> None:
    assert not any(words.startswith("Delegates may") for words in _claims(analysis_nlp))


# A writer's own past or habits, told with only a date or a length of time, which no record
# holds; the writer's past that scores as check-worthy, and a body's dated act, stay.
@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("Last April, I handed in my resignation.", False),
        ("On a typical Saturday I would spend three hours answering emails.", False),
        ("I worked as a nurse at the Royal Infirmary for 22 years.", True),
        ("Last April, the council handed the contract to a private firm.", True),
    ],
)
def test_the_writers_own_past_with_only_a_time_is_no_claim(
    analysis_nlp: Language, sentence: str, claimed: bool
) -> None:
    text, result = run_with_text(analysis_nlp, f"Why I quit nursing\n\n{sentence}\n")
    assert any(sentence in text[c.start : c.end] for c in result.claims) is claimed
