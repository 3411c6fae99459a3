"""Words reported within a report of the same speaker ("called on the mayor to apologise for
accusing them of being corrupt", "say they support some of the rules …") are listed once in
the claims, as the longer report; a report of someone else inside a sentence stays a claim of
its own."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text


def _claimed(analysis_nlp: Language, text: str) -> list[tuple[str | None, str]]:
    text, result = run_with_text(analysis_nlp, text)
    return [(c.claimant, text[c.start : c.end]) for c in result.claims]


def test_an_accusation_inside_a_call_to_apologise_is_listed_once(
    analysis_nlp: Language,
) -> None:
    claimed = _claimed(
        analysis_nlp,
        "The minister on Monday called on the mayor to apologise to the police for accusing "
        "them of being corrupt.\n",
    )
    assert claimed == [("The minister", "accusing them of being corrupt")]


def test_what_they_support_is_listed_once_with_their_saying_so(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        "Landlords have urged the council to drop the scheme, although they say they support "
        "some of the rules councillors are expected to approve.\n",
    )
    assert claimed == [
        ("Landlords", "they support some of the rules councillors are expected to approve")
    ]


def test_a_report_of_someone_else_within_a_claim_stays_a_claim(analysis_nlp: Language) -> None:
    text = (
        "It is worth noting that the 14 million pound fine imposed by the regulator, which "
        "argued that the company had misled its customers, was the largest this year.\n"
    )
    assert _claimed(analysis_nlp, text) == [
        (None, text.strip()),
        ("the regulator", "the company had misled its customers"),
    ]
