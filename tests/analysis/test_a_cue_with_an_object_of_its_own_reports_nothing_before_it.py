""" "We have seen this before: the council declared war on the buses": the council declared
the war, and said nothing of what comes before; nor do shoppers who "continued to stay away".
Words before a cue with no object of its own, or told to someone, are still its words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Tram line delayed\n\nWork began in the spring.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "We have seen this before: the council declared war on the buses.",
        "The line had stalled for years: the mayor announced new fares for the buses.",
        "The line was late again, so the mayor promised a refund.",
        "The streets were quiet as many shoppers continued to stay away.",
    ],
)
def test_a_cue_with_an_object_of_its_own_reports_nothing_before_it(
    analysis_nlp: Language, sentence: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The line will open in May, the mayor told reporters.",
            ("the mayor", "told", "The line will open in May"),
        ),
        (
            "The line will open in May, the mayor promised voters.",
            ("the mayor", "promised", "The line will open in May"),
        ),
        (
            "The line will open in May, the mayor announced Tuesday.",
            ("the mayor", "announced", "The line will open in May"),
        ),
        (
            "The tram was late, as the mayor continued to say.",
            ("the mayor", "continued", "The tram was late"),
        ),
    ],
)
def test_words_before_a_cue_told_or_with_no_object_stay_its_words(
    analysis_nlp: Language, sentence: str, expected: tuple[str, str, str]
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [expected]
