"""Reported speech that only names what was cited, rejected or described is no claim, even when
the thing is told of by a clause of its own ("criticism of the anchor, who took heat …", "a
request to unseal the file"); a charge ("accused him of being a member") and a report of a statement
("denied reports that she had resigned") still are."""

from __future__ import annotations

from spacy.language import Language

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


def test_a_charge_is_still_a_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp, "The mayor accused the councillor of being a member of the board.\n"
    )
    assert any("of being a member of the board" in claim for claim in claimed)
