"""Reported speech that only names what was cited, rejected or described is no claim, even when
the thing is told of by a clause of its own ("criticism of the anchor, who took heat …", "a
request to unseal the file"); a charge is the accuser's claim ("accused him of being a member",
"accused the council of corruption", "blames the operator for the delays"), and a report of a
statement ("denied reports that she had resigned") is still one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import ClaimKind
from tests.analysis.helpers import run_with_text


def _claimed(analysis_nlp: Language, text: str) -> list[str]:
    text, result = run_with_text(analysis_nlp, text)
    return [text[c.start : c.end] for c in result.claims]


def test_a_thing_told_of_by_a_relative_clause_is_no_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        "The senator cited criticism of the station's anchor, who took heat for his questions "
        "during a forum earlier this month.\n",
    )
    assert not any(claim.startswith("criticism") for claim in claimed)


def test_a_thing_told_of_by_an_infinitive_is_no_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        "Several lawyers have cited the coming election as a reason to speed the release of "
        "records held by the department.\n",
    )
    assert not any(claim.startswith("the coming election") for claim in claimed)


@pytest.mark.parametrize(
    ("sentence", "claimant", "charge"),
    [
        (
            "The mayor accused the councillor of being a member of the board.",
            "The mayor",
            "of being a member of the board",
        ),
        ("Ms Green accused the council of corruption.", "Green", "the council of corruption"),
        (
            "The mayor blames the rail operator for the delays.",
            "The mayor",
            "the rail operator for the delays",
        ),
        (
            "The union blamed the delays on a shortage of drivers.",
            "The union",
            "the delays on a shortage of drivers",
        ),
    ],
)
def test_a_charge_is_the_accusers_claim(
    analysis_nlp: Language, sentence: str, claimant: str, charge: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"Row over rail delays\n\n{sentence}\n")
    assert any(
        charge in text[c.start : c.end]
        and c.claimant == claimant
        and c.kind is ClaimKind.ATTRIBUTED
        for c in result.claims
    )


def test_a_thing_welcomed_for_something_is_still_no_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        "Row over rail delays\n\nThe mayor welcomed the report on the delays. The minister "
        "thanked staff for their work.\n",
    )
    assert not any("report" in claim or "staff" in claim for claim in claimed)
