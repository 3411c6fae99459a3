"""A one-word name the recogniser takes for a nationality, a religion or a party ("according
to Experian", "Experian said") is a body when it is written alone and singular, as no
nationality is: "Republicans said" stays a group."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_firm_taken_for_a_nationality_is_an_organisation(analysis_nlp: Language) -> None:
    for text in (
        "Credit scores\n\nLate payments rose in March, according to Experian.\n",
        "Credit scores\n\nThe rise was small, Experian said on Tuesday.\n",
    ):
        result = run(analysis_nlp, text)
        assert [(s.name, s.kind) for s in result.speakers] == [
            ("Experian", SpeakerKind.ORGANISATION)
        ], text


def test_a_party_s_members_stay_a_group(analysis_nlp: Language) -> None:
    text = "Budget vote\n\nRepublicans said the bill would fail.\n"
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [("Republicans", SpeakerKind.GROUP)]
