""" "a tool that it says can answer most questions", as "a rise, which the union says is below
inflation": what the firm says is the noun, then what follows its verb, never "that it says",
though the tagger reads that "that" as the one opening a clause; so too when the relative is
the clause's object ("the debt that it says it inherited")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, words


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "The software firm Brightway launched Vane, an AI tool that it says can answer most "
            "questions.",
            "an AI tool | can answer most questions",
        ),
        ("The retailer Brightway sold a heater that it says was safe.", "a heater | was safe"),
        (
            "The retailer Brightway sold a heater which it says was safe.",
            "a heater | was safe",
        ),
        # the relative the object of the clause, not its subject
        (
            "The retailer Brightway cut the £2bn debt that it says it inherited.",
            "the £2bn debt | it inherited",
        ),
        (
            "The retailer Brightway cut the £2bn debt which it says it inherited.",
            "the £2bn debt | it inherited",
        ),
    ],
)
def test_what_the_relative_stands_for_then_the_clause(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"Heater recall\n\n{sentence}\n")
    assert [(q.speaker, words(text, q)) for q in result.quotes] == [("Brightway", reported)]
