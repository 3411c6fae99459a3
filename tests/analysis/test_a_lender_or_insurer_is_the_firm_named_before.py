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
