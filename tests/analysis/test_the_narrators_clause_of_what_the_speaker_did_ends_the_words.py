"""A clause closing reported words that tells what the speaker was doing ("…, as he faced
questions", "…, after she was pressed") is the narrator's, not part of what was said; a clause
with another subject or a state the speaker may give as a reason stays in the words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Starmer said the plan was fully costed, as he faced repeated questions from the "
            "Conservatives.",
            "the plan was fully costed",
        ),
        (
            "Reeves told MPs the rules would hold, after she was pressed by the Tories on "
            "borrowing.",
            "the rules would hold",
        ),
    ],
)
def test_what_the_speaker_was_doing_is_not_their_words(
    analysis_nlp: Language, sentence: str, words: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"Costings row\n\n{sentence}\n")
    assert next(w for _, _, w in said(text, result)) == words


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Starmer said the plan would work, as it had in Wales.",
            "the plan would work, as it had in Wales",
        ),
        (
            "Police said the man fled the scene as he saw officers.",
            "the man fled the scene as he saw officers",
        ),
        (
            "Starmer said the plan would work, as he knew the team well.",
            "the plan would work, as he knew the team well",
        ),
    ],
)
def test_a_clause_of_another_subject_or_a_state_stays_in_the_words(
    analysis_nlp: Language, sentence: str, words: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"Costings row\n\n{sentence}\n")
    assert next(w for _, _, w in said(text, result)) == words
