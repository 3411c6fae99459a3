"""A question that only asks whether one knows what it puts as known, "Do you know that the
council's repair bill has tripled in five years?", "Did you realise the council spent £2m on
consultants?", states that thing: the score does not read it as a question, and a quote's
claim keeps it. "Do you know whether the council checked?" and "Do you know what it cost?"
still ask."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of, run_with_text


@pytest.mark.parametrize(
    "text",
    [
        "Do you know that the council's repair bill has tripled in five years?",
        "Did you realise the council spent £2m on consultants last year?",
        "And do you remember that the bridge was shut for six months in 2021?",
    ],
)
def test_a_thing_put_as_known_is_stated(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["question"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Do you know whether the council checked the figures?",
        "Do you know what the repairs cost?",
        "Do you think the council should pay?",
    ],
)
def test_a_question_still_asks(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["question"] == 1.0


def test_a_quote_keeps_what_it_puts_as_known(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        '"Do you know that the council\'s repair bill has tripled in five years?" said Jo Bell, '
        "who chairs the residents group.",
    )
    assert [text[c.start : c.end] for c in result.claims if c.claimant == "Jo Bell"] == [
        '"Do you know that the council\'s repair bill has tripled in five years?"'
    ]
