"""A day or time right after a reporting verb ("Ruiz called Friday for a recount") may be
parsed as a name given ("a Ruiz called Friday"), the verb hung on its subject: the subject
still speaks and the words are still what follows the day, as with "said Friday that …"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Count goes on\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        ("Ruiz called Friday for a recount.", "Ruiz", "a recount"),
        (
            "The senator called Friday for an inquiry into the deal.",
            "The senator",
            "an inquiry into the deal",
        ),
    ],
)
def test_the_caller_calls_for_what_follows_the_day(
    analysis_nlp: Language, sentence: str, speaker: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [(s, r) for s, _, r in said(text, result)] == [(speaker, reported)]
