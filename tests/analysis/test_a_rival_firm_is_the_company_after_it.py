"""A firm named as a rival ("Rival Corvex said") is what a later "the company" stands for;
a politician's rival ("his rival Hunt") stays a person, and no company."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_the_company_after_a_rival_firm_is_that_firm(analysis_nlp: Language) -> None:
    text = (
        "Price war\n\n"
        "Lidmark cut its prices on Monday. Rival Corvex said its own prices would not "
        "change. The company said it would open ten new shops.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Corvex", "Corvex"]
    assert [(s.name, s.kind) for s in result.speakers] == [("Corvex", SpeakerKind.ORGANISATION)]


def test_a_politicians_rival_is_a_person_and_no_company(analysis_nlp: Language) -> None:
    text = (
        "Race tightens\n\n"
        "The senator attacked his rival Hunt on Monday. Hunt said the claims were false. "
        "The company said it would not comment.\n"
    )
    result = run(analysis_nlp, text)
    kinds = {s.name: s.kind for s in result.speakers}
    assert kinds["Hunt"] is SpeakerKind.PERSON
    assert [q.speaker for q in result.quotes][-2:] == ["Hunt", "The company"]
