"""A press release's bullet "Company expects …" uses "Company" for the issuing firm: it is
the firm, as "the company" would be, never a person called Company. A firm whose name ends
in "Company" keeps its whole name."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_bare_company_in_a_release_is_the_issuing_firm(analysis_nlp: Language) -> None:
    text = (
        "Corvane Biologics reports results\n\n"
        "BOSTON, March 3, 2026 -- Corvane Biologics, Inc. today announced positive results "
        "from its Phase 2 trial.\n\n"
        "Highlights:\n\n"
        "- Company plans to begin Phase 3 trial in 2026\n"
        "- Company expects cash to last into 2028\n"
    )
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [
        ("Corvane Biologics, Inc.", SpeakerKind.ORGANISATION)
    ]


def test_a_firm_named_with_company_keeps_its_name(analysis_nlp: Language) -> None:
    # near miss: "Company" ending a firm's name is part of it
    text = (
        "Mill to close\n\n"
        "Harlow Milling Company expects to close its mill in 2027, with the loss of 80 jobs.\n"
    )
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [
        ("Harlow Milling Company", SpeakerKind.ORGANISATION)
    ]
