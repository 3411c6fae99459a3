"""A plural noun for people opening a sentence ("Neighbours said …", "Villagers said …") is a
group of speakers, whatever name the capital letter makes the recogniser see in it."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_people_of_a_kind_opening_a_sentence_are_a_group(analysis_nlp: Language) -> None:
    text = (
        "Fire at empty mill\n\n"
        "Neighbours said they had smelled smoke for an hour. Villagers said the mill had "
        "been empty for years. Campaigners said it should have been pulled down. Witnesses "
        "said the roof fell in.\n"
    )
    kinds = {s.name: s.kind for s in run(analysis_nlp, text).speakers}
    assert kinds == {
        "Neighbours": SpeakerKind.GROUP,
        "Villagers": SpeakerKind.GROUP,
        "Campaigners": SpeakerKind.GROUP,
        "Witnesses": SpeakerKind.GROUP,
    }
