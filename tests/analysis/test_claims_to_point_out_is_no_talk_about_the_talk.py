""" "I want to point out that the council spent £2m" puts a fact forward: the score does not read
the verb "point out" as talk about the talk itself, as it reads "That is a good point" or "the
question tonight"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.claims import span_features
from newslens.analysis.figures import find_figures


def _meta(nlp: Language, text: str) -> float:
    doc = nlp(text)
    return span_features(doc[:], find_figures(doc))["meta"]


@pytest.mark.parametrize(
    "text",
    [
        "I want to point out that the council spent two million pounds on the bridge.",
        "It is worth pointing out that the library closed in May.",
    ],
)
def test_pointing_out_a_fact_is_no_talk_about_the_talk(nlp: Language, text: str) -> None:
    assert _meta(nlp, text) == 0.0


@pytest.mark.parametrize(
    "text",
    ["That is a good point.", "The point I made about the bridge stands."],
)
def test_a_point_made_is_talk_about_the_talk(nlp: Language, text: str) -> None:
    assert _meta(nlp, text) == 1.0
