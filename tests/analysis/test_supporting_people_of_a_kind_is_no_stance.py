"""Supporting people of a kind ("a charity that supports flood victims") is helping them,
no side taken and no words; supporting a plan, a strike or a party is a stance reported."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_a_charity_that_supports_flood_victims_says_only_what_it_said(
    analysis_nlp: Language,
) -> None:
    text = (
        "The National Flood Forum, a charity that supports flood victims, said people should "
        "call their insurers.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        ("National Flood Forum", "said", "people should call their insurers")
    ]


def test_supporting_a_strike_is_a_stance(analysis_nlp: Language) -> None:
    text = "Labour supports the strike.\n"
    assert said(text, run(analysis_nlp, text)) == [("Labour", "supports", "the strike")]
