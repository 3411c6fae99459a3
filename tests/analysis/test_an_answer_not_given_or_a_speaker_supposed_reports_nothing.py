"""Telling or saying "whether" something is so, with the answer not given ("they tell worried
parents whether a rash needs a doctor", "too soon to tell whether it worked"), and words a
speaker only supposed says ("Anyone who says the bridge is safe …") report no one's words. An
answer held back ("would not say whether", "declined to say whether") and someone named who
speaks are still reported."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, said

HEAD = "Village pharmacy shuts\n\nThe pharmacy closed in May.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pharmacists check blood pressure and tell worried parents whether a rash needs a doctor.",
        "It is too soon to tell whether the scheme has worked.",
        "The cause of the fire is not known. Mr Hale said the firm was insured, but that it was "
        "“far too early” to say whether that would be possible.",
        "Anyone who says the bridge is safe has not seen it.",
        "Lockers work less well for anyone who needs something today, or who wants to ask a "
        "question.",
    ],
)
def test_an_answer_not_given_or_a_supposed_speaker_reports_nothing(
    analysis_nlp: Language, sentence: str
) -> None:
    text = f"{HEAD}{sentence}\n"
    assert [(who, cue) for who, cue, _ in said(text, run(analysis_nlp, text))] in (
        [],
        [("Hale", "said")],
    )


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The mayor would not say whether she would stand again.", "whether she would stand"),
        ("The mayor declined to say whether she would stand again.", "whether she would stand"),
        ("The mayor was unable to say whether the bridge would reopen.", "whether the bridge"),
        ("Residents who spoke to the Gazette said the plan was rushed.", "the plan was rushed"),
        ("The mayor told reporters the bridge would reopen.", "the bridge would reopen"),
    ],
)
def test_an_answer_held_back_or_a_named_speaker_is_still_reported(
    analysis_nlp: Language, sentence: str, words: str
) -> None:
    text = f"{HEAD}{sentence}\n"
    [(who, _, quoted)] = said(text, run(analysis_nlp, text))
    assert who in ("The mayor", "Residents")
    assert words in quoted
