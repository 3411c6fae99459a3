"""A verb that makes or bids someone speak ("the rules oblige the recipients to declare …", "forced the
bank chief to admit …") gives the one made to speak as the speaker of what follows, a person
named by a noun as much as by a name, not the one who forces."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Donor inquiry\n\n"


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker"),
    [
        (
            "The committee wrote to its backers, pressing the recipients to explain whether "
            "they had been paid.",
            "explain",
            "the recipients",
        ),
        (
            "The rules oblige the recipients to declare that they had been paid.",
            "declare",
            "the recipients",
        ),
        (
            "The senator forced the bank chief to admit that the fees were too high.",
            "admit",
            "the bank chief",
        ),
    ],
)
def test_the_one_made_to_speak_speaks(
    analysis_nlp: Language, sentence: str, cue: str, speaker: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [s for s, c, _ in said(text, result) if c == cue] == [speaker]


def test_a_thing_used_to_speak_is_no_speaker(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}The minister used his column to argue that taxes would rise.\n"
    )
    assert [s for s, c, _ in said(text, result) if c == "argue"] == ["The minister"]
