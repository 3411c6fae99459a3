"""A diocese owns many church schools, and local news quotes it: "The Diocese of Leicester
said" is the body named in full, and a later "It said" is the diocese's, not the council's
named before it."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_diocese_named_for_its_place_is_a_body(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp,
        "Village school to close\n\n"
        "The county council said the school was too small to stay open.\n\n"
        "The Diocese of Leicester, which owns the building, said it was disappointed. "
        "It said it would respond to the consultation.\n",
    )
    assert [q.speaker for q in result.quotes] == [
        "The county council",
        "Diocese of Leicester",
        "Diocese of Leicester",
    ]
    kinds = {s.name: s.kind for s in result.speakers}
    assert kinds["Diocese of Leicester"] is SpeakerKind.ORGANISATION
