"""A one-word name the recogniser takes for a place is a body when the story shows it giving
out figures ("according to figures published by Ofwat")."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_name_publishing_figures_is_an_organisation(analysis_nlp: Language) -> None:
    text = (
        "Water bills to climb\n\n"
        "Bills will rise by 8% next year, according to figures published by Ofwat.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Ofwat"]
    assert {s.name: s.kind for s in result.speakers} == {"Ofwat": SpeakerKind.ORGANISATION}
