"""Finding a way, the means or the money to do something says it was managed, not what anyone
found out: "found a way to cut the bill", "have found ways to avoid the new rules",
"found the money for a new pier" report no words. A finding is still reported."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words

HEAD = "Harbour fees\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The firms found a way to cut the bill through an old law.",
        "Many landlords have found ways to avoid the new rules.",
        "The panel found the money for a new pier.",
    ],
)
def test_a_way_or_money_found_reports_nothing(analysis_nlp: Language, sentence: str) -> None:
    text = f"{HEAD}{sentence}\n"
    assert [(q.speaker, q.cue) for q in run(analysis_nlp, text).quotes] == []


def test_a_finding_is_reported(analysis_nlp: Language) -> None:
    text = f"{HEAD}The inquiry found that the firms had broken the rules.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [
        ("The inquiry", "found", "that the firms had broken the rules")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a story told: what she comes to know of herself is no finding
        (
            "The play follows a son who returns to the farm and finds he does not know his father.",
            [],
        ),
        # near miss: the one found of is someone else
        (
            "The coroner found he had died of natural causes.",
            [("The coroner", "found", "he had died of natural causes")],
        ),
    ],
)
def test_finding_of_ones_own_state_is_no_finding(
    analysis_nlp: Language, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    text = f"{HEAD}{sentence}\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == expected
