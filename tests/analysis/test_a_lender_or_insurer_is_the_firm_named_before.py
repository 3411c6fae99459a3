"""A lender or an insurer called by its noun ("the lender", "the insurer") stands for the firm
the story named before, as "the company" does; with no firm named it is still an
organisation speaking, never a person."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_the_lender_is_the_bank_named_before(analysis_nlp: Language) -> None:
    text = (
        "Branch closures\n\n"
        "Corvane Bank said it would shut 30 branches next year. The lender said customers "
        "now did most of their banking online.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Corvane Bank", "Corvane Bank"]
    assert [(s.name, s.kind) for s in result.speakers] == [
        ("Corvane Bank", SpeakerKind.ORGANISATION)
    ]


def test_an_insurer_named_by_its_noun_alone_is_an_organisation(analysis_nlp: Language) -> None:
    text = (
        "Storm claims\n\n"
        "Claims for storm damage have doubled this winter. The insurer said it expected "
        "premiums to rise.\n"
    )
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [
        ("The insurer", SpeakerKind.ORGANISATION)
    ]


def test_the_broker_is_the_firm_whose_analysts_spoke(analysis_nlp: Language) -> None:
    text = (
        "Bakery results\n\n"
        "Greggs said sales rose 5%. Analysts at Peel Hunt said the results were strong. The "
        "broker added that the dividend looked safe.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Greggs", "Analysts at Peel Hunt", "Peel Hunt"]


def test_a_firm_called_a_broker_beside_its_name_is_a_firm(analysis_nlp: Language) -> None:
    text = (
        "Bakery results\n\n"
        "Peel Hunt, the broker, said the results were strong. The broker added that the "
        "dividend looked safe.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Peel Hunt", "Peel Hunt"]
    assert [(s.name, s.kind) for s in result.speakers] == [("Peel Hunt", SpeakerKind.ORGANISATION)]


def test_the_bank_after_a_brokers_analysts_is_the_bank(analysis_nlp: Language) -> None:
    text = (
        "Bank results\n\n"
        "Corvane Bank said profits rose 5%. Analysts at Peel Hunt said the results were strong. "
        "The bank added that the dividend was safe.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == [
        "Corvane Bank",
        "Analysts at Peel Hunt",
        "Corvane Bank",
    ]
