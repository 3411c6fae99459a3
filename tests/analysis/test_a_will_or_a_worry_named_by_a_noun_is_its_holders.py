"""A noun of will, worry, emphasis or agreement with its clause reports the clause as its
holder's, as the verb would: "Ruiz's determination to act alone", "the two towns signed an
agreement to share a fire station" (the signers'), "the European reluctance to share data" (a
nationality before the noun holds it). With no one's name on it, a will to act is the writer's
wish, not a stance reported ("A willingness to compromise would help"), and an agreement that is
approved is a thing done."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Harbour deal\n\nThe council met on Monday at the town hall.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "words"),
    [
        (
            "Yet Ruiz's determination to act alone angered the council.",
            "Ruiz",
            "determination",
            "to act alone",
        ),
        (
            "The two towns signed an agreement to share a fire station.",
            "The two towns",
            "agreement",
            "to share a fire station",
        ),
        (
            "The treasurer's repeated emphasis that only two staff had been involved did not "
            "satisfy the panel.",
            "The treasurer",
            "emphasis",
            "that only two staff had been involved",
        ),
        (
            "The European reluctance to share fishing data slowed the talks.",
            "European",
            "reluctance",
            "to share fishing data",
        ),
    ],
)
def test_the_clause_after_the_noun_is_its_holders(
    analysis_nlp: Language, sentence: str, speaker: str, cue: str, words: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [(speaker, cue, words)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A willingness to compromise would help.",
        "The council approved an agreement to sell the harbour land.",
    ],
)
def test_a_will_no_one_holds_reports_nothing(analysis_nlp: Language, sentence: str) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == []


def test_a_reluctance_said_to_be_there_is_someones(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}There is a reluctance to raise fares before the vote.\n"
    )
    assert said(text, result) == [(None, "reluctance", "to raise fares before the vote")]
