"""A quote's sentence that asks without a question mark, "Did anyone at the council check the
figures." or "Is it true that the council knew about the leak in March.", is cut from the quote's
claim as a question with its mark is: the claim is the words that assert. A supposition, "Had
we known about the leak, we would have acted.", asks nothing and stays."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text


def _claimed(nlp: Language, article: str) -> list[str]:
    text, result = run_with_text(nlp, article)
    return [text[c.start : c.end] for c in result.claims if c.claimant == "Jo Bell"]


def test_an_auxiliary_before_its_subject_asks_and_is_cut(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        '"Did anyone at the council check the figures. We found the repair bill had doubled '
        'to £4m," said Jo Bell, who chairs the residents group.',
    )
    assert claimed == ["We found the repair bill had doubled to £4m,"]


def test_is_it_true_asks_and_is_cut(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        '"Is it true that the council knew about the leak in March. Residents were told nothing '
        'until June," said Jo Bell.',
    )
    assert claimed == ["Residents were told nothing until June,"]


def test_a_supposition_stays_in_the_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        '"Had we known about the leak, we would have acted. The bill doubled to £4m in a year," '
        "said Jo Bell.",
    )
    assert claimed == [
        '"Had we known about the leak, we would have acted. The bill doubled to £4m in a year,"'
    ]
