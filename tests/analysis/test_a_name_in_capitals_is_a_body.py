"""A name of three capital letters or more ("LSEG", "UNICEF") is a body's, not a person's,
unless it labels a transcript's speaker ("REYES:")."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_name_in_capitals_is_an_organisation(analysis_nlp: Language) -> None:
    text = "Chip sales\n\nAnalysts had expected revenue of $2.5 billion, according to FTSX data.\n"
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [("FTSX", SpeakerKind.ORGANISATION)]
