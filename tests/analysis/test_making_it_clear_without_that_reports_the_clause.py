""" "Made it clear he would stay" reports the clause after it as "made it clear that he would
stay" does, and the case made to someone reports the that-clause after whom it was made to.
"Made it clear to voters on Monday" has no clause after it and reports nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words

HEAD = "Depot closure\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        (
            "In an interview on local radio, Mayor Dana Frost made it clear she had doubts "
            "about the depot plan.",
            "Dana Frost",
            "she had doubts about the depot plan",
        ),
        (
            "The union left no doubt the strike would go ahead.",
            "The union",
            "the strike would go ahead",
        ),
        (
            "The operator tried to make the case to councillors of both parties that the "
            "depot was too old to repair.",
            "The operator",
            "that the depot was too old to repair",
        ),
    ],
)
def test_the_clause_after_the_phrase_is_reported(
    analysis_nlp: Language, sentence: str, speaker: str, reported: str
) -> None:
    text = f"{HEAD}{sentence}\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q)) for q in quotes] == [(speaker, reported)]


def test_made_clear_to_someone_with_no_clause_reports_nothing(analysis_nlp: Language) -> None:
    text = f"{HEAD}The mayor made it clear to voters on Monday.\n"
    assert run(analysis_nlp, text).quotes == ()
