"""A surname no one is named in full by, given to a woman and to a man ("Mrs Morris said …. Mr
Morris said …"), is a couple: two speakers, each called by the honorific the story gives, not
one "Morris". A husband named by his given name ("Mrs Morris's husband, Peter") is a person of
his own; one woman called "Mrs Morris" twice stays one speaker."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def speakers(analysis_nlp: Language, text: str) -> list[tuple[str, SpeakerKind, int]]:
    return [(s.name, s.kind, s.quote_count) for s in run(analysis_nlp, text).speakers]


def test_mrs_and_mr_are_two_speakers(analysis_nlp: Language) -> None:
    text = (
        "Fence row\n\nMrs Morris said the fence was ugly. Mr Morris said it had cost them £900.\n"
    )
    assert speakers(analysis_nlp, text) == [
        ("Mrs Morris", SpeakerKind.PERSON, 1),
        ("Mr Morris", SpeakerKind.PERSON, 1),
    ]


def test_her_husband_named_by_his_given_name_is_a_person_apart(analysis_nlp: Language) -> None:
    text = (
        "Fence row\n\n"
        "Mrs Morris said the fence was ugly. Mrs Morris's husband, Peter, said it was new.\n"
    )
    assert speakers(analysis_nlp, text) == [
        ("Morris", SpeakerKind.PERSON, 1),
        ("Peter", SpeakerKind.PERSON, 1),
    ]


def test_one_woman_called_mrs_twice_is_one_speaker(analysis_nlp: Language) -> None:
    text = (
        "Fence row\n\nMrs Morris said the fence was ugly. Mrs Morris added that it was too high.\n"
    )
    assert speakers(analysis_nlp, text) == [("Morris", SpeakerKind.PERSON, 2)]
