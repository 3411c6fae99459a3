"""Pressing someone on a question is asking it: "pressed by reporters about how he would pay"
reports the question as the reporters', and "pressed the mayor on whether she would resign"
reports whom they pressed with it. A button pressed, even one "that opens the bridge", or a
union pressing ahead, asks nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words

HEAD = "Bridge costs\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        (
            "When pressed by reporters about how he would pay for the bridge, the mayor "
            "changed the subject.",
            "reporters",
            "how he would pay for the bridge",
        ),
        (
            "Councillors pressed the mayor on whether she would resign.",
            "Councillors",
            "the mayor on whether she would resign",
        ),
    ],
)
def test_the_question_pressed_is_reported(
    analysis_nlp: Language, sentence: str, speaker: str, reported: str
) -> None:
    text = f"{HEAD}{sentence}\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [(speaker, "pressed", reported)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor pressed the button to open the bridge.",
        "The mayor pressed the button that opens the bridge.",
        "The union pressed ahead with the strike.",
    ],
)
def test_pressing_a_thing_asks_nothing(analysis_nlp: Language, sentence: str) -> None:
    assert run(analysis_nlp, f"{HEAD}{sentence}\n").quotes == ()
