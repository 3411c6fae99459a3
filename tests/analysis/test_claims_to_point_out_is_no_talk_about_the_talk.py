""" "I want to point out that the council spent £2m" puts a fact forward, and "at some point" is a
time: the score reads neither as talk about the talk itself, as it reads "That is a good point"
or "the question tonight"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "I want to point out that the council spent two million pounds on the bridge.",
        "It is worth pointing out that the library closed in May.",
        "About 1 in 5 people over 65 will develop the condition at some point.",
        "At one point, 40,000 homes were without power.",
    ],
)
def test_pointing_out_a_fact_is_no_talk_about_the_talk(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["meta"] == 0.0


@pytest.mark.parametrize(
    "text",
    ["That is a good point.", "The point I made about the bridge stands."],
)
def test_a_point_made_is_talk_about_the_talk(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["meta"] == 1.0
