"""A video's or a photo's caption writes what a person gave in title case after the name
("President Obama Speech at the Summit", "Senator Tom Reid Interview on Jobs"): the name ends
before it, and a later "the president" is the person, not "Obama Speech"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_a_speech_after_a_name_in_a_caption_is_no_part_of_it(analysis_nlp: Language) -> None:
    text = (
        "President Obama Speech at the Summit\n\n"
        "The president spoke for forty minutes to leaders gathered in the hall.\n\n"
        '"We have a duty to act on climate now," the president said.\n'
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Obama"]
    assert [s.name for s in result.speakers] == ["Obama"]


def test_an_interview_after_a_name_in_a_caption_is_no_part_of_it(analysis_nlp: Language) -> None:
    text = (
        "Senator Tom Reid Interview on Jobs\n\n"
        "The official spoke for an hour to reporters.\n\n"
        '"The mill will reopen in the spring," the senator said.\n'
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Tom Reid"]
