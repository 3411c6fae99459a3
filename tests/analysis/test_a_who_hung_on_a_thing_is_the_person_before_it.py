"""A "who" stands for a person: "calls from listeners to her phone-in show who said …" are
the listeners' words, however the parse hung the clause on the show."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Phone-in\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The host took calls from listeners to her phone-in show who said the fares were "
            "too high.",
            "listeners",
        ),
        (
            "Lee took questions from viewers in Ohio on the show who said the plan was unfair.",
            "viewers in Ohio",
        ),
    ],
)
def test_who_is_the_person_not_the_show(
    analysis_nlp: Language, sentence: str, speaker: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [s for s, c, _ in said(text, result) if c == "said"] == [speaker]
