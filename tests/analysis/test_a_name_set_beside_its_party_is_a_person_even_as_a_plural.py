""" "Davies, a Democrat, said" is a person, though the tagger reads the name as a
plural noun opening the sentence ("Schools would keep …" is no person)."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_name_like_a_plural_beside_its_party_is_a_person(analysis_nlp: Language) -> None:
    for name in ("Davies", "Haynes"):
        text = f"Aid vote\n\n{name}, a Democrat, said she would vote for it.\n"
        kinds = [(s.name, s.kind) for s in run(analysis_nlp, text).speakers]
        assert kinds == [(name, SpeakerKind.PERSON)], text
