""" "Democrats unveiled a plan to extend the subsidies": whoever unveils or presents a plan
or a proposal is its source, as whoever issues a warning is the warning's; a plaque or a
statue unveiled reports nothing, and nor do plans someone "did not unveil"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Fares under review\n\nCommuters have complained for years.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        (
            "The mayor on Tuesday unveiled a plan to cut bus fares by half.",
            "The mayor",
            "to cut bus fares by half",
        ),
        (
            "The council presented proposals to close three libraries.",
            "The council",
            "to close three libraries",
        ),
    ],
)
def test_a_plan_unveiled_is_its_presenter_s(
    analysis_nlp: Language, sentence: str, speaker: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [(speaker, reported)]
    # a thing unveiled is no one's words, and plans not unveiled are no one's either
    for other in (
        "The minister unveiled a plaque to mark the anniversary.",
        "The mayor did not unveil plans to pay for the new trams.",
    ):
        text, result = run_with_text(analysis_nlp, f"{HEAD}{other}\n")
        assert said(text, result) == []
