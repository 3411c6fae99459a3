"""A clause closing reported words that tells what the speaker was doing ("…, as he faced
questions", "…, after she was pressed") is the narrator's, not part of what was said; a clause
with another subject or a state the speaker may give as a reason stays in the words. So is a
", which …" that comments on all of the report ("…, which could take several days"); one that
tells of a noun stays."""

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
        (
            "Engineers have said the bridge is safe, which could take several days.",
            "the bridge is safe",
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
        (
            "He said the plan, which costs £2bn, would fail.",
            "the plan, which costs £2bn, would fail",
        ),
        (
            "She said the council would sell the depot, which has stood empty since 2019.",
            "the council would sell the depot, which has stood empty since 2019",
        ),
        (
            "The group said the tax would cost $3bn because it would encourage owners to wait, "
            "which would defer their bills.",
            "the tax would cost $3bn because it would encourage owners to wait, which would "
            "defer their bills",
        ),
    ],
)
def test_a_clause_of_another_subject_or_a_state_stays_in_the_words(
    analysis_nlp: Language, sentence: str, words: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"Costings row\n\n{sentence}\n")
    assert next(w for _, _, w in said(text, result)) == words
