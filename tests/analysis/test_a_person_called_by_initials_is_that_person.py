"""A name in capitals that spells the initials of a person named in full ("MTG" after
"Marjorie Taylor Greene") is that person, and so is one a "she" or "he" just after, with no
other person named, can only stand for: not a body written in capitals."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_initials_after_a_full_name_are_the_person(analysis_nlp: Language) -> None:
    text = (
        "Hearing\n\nRepresentative Marjorie Taylor Greene walked out of the hearing. "
        '"This is a sham," MTG said.\n'
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Marjorie Taylor Greene"]
    assert [(s.name, s.kind) for s in result.speakers] == [
        ("Marjorie Taylor Greene", SpeakerKind.PERSON)
    ]


def test_initials_a_she_stands_for_are_a_person(analysis_nlp: Language) -> None:
    text = (
        "Hearing\n\n"
        '"This hearing is a sham," MTG said on Tuesday. She added that she would not return.\n'
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["MTG", "MTG"]
    assert [(s.name, s.kind) for s in result.speakers] == [("MTG", SpeakerKind.PERSON)]
