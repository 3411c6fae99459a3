"""A name of one word set beside one member of a party or a nation ("Mbeki, a Republican,
said") is that person speaking, whatever the recogniser took the name for; the party is no
speaker."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_name_beside_its_party_is_the_person(analysis_nlp: Language) -> None:
    for name in ("Mbeki", "Vandermeer", "Zelwig"):
        text = f"Vote nears\n\n{name}, a Republican, said he expected the bill to pass.\n"
        result = run(analysis_nlp, text)
        assert [(s.name, s.kind) for s in result.speakers] == [(name, SpeakerKind.PERSON)], text
