"""A name of three capital letters or more ("LSEG", "UNICEF") is a body's, not a person's,
unless it labels a transcript's speaker ("REYES:") or is a thing's ("Ancient DNA reveals …")."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_name_in_capitals_is_an_organisation(analysis_nlp: Language) -> None:
    text = "Chip sales\n\nAnalysts had expected revenue of $2.5 billion, according to FTSX data.\n"
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [("FTSX", SpeakerKind.ORGANISATION)]


def test_a_thing_in_capitals_that_reveals_is_no_body(analysis_nlp: Language) -> None:
    text = "Ancient DNA reveals early farmers' diet\n\nThe bones were found near a river.\n"
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [("DNA", SpeakerKind.UNKNOWN)]
