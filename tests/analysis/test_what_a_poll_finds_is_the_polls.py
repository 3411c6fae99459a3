"""A poll or a survey set off before a clause is its source, as "according to the poll" is:
"In the latest poll, Labour leads by five points" is the poll's finding. When the poll was taken
(", conducted in May,") is no part of it, and "In the wake of the poll, …" names no source."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Council race tightens\n\nThe council met on Monday at the town hall.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "In the latest poll, Labour leads the Greens by five points among likely voters.",
            "the latest poll",
            "Labour leads the Greens by five points among likely voters",
        ),
        (
            "In a poll of 1,000 residents, conducted in May, most backed the new bus lanes.",
            "a poll of 1,000 residents",
            "most backed the new bus lanes",
        ),
    ],
)
def test_the_clause_after_the_poll_is_its_finding(
    analysis_nlp: Language, sentence: str, speaker: str, words: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [(speaker, "poll", words)]


def test_the_wake_of_a_poll_is_no_source(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}In the wake of the poll, the Greens changed their leader.\n"
    )
    assert said(text, result) == []
