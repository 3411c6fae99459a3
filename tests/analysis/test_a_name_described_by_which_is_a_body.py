"""A name followed by a clause opening with "which" ("Ashgrove Care, which runs the home,
said") names a body, not a person, whether the recogniser missed the name or took it for a
person's; "who" after a name still makes a person, and "it" then stands for the body."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_name_the_recogniser_missed_is_a_body_after_which(analysis_nlp: Language) -> None:
    text = (
        "Thefts at care home\n\nAshgrove Care, which runs the home, said it had since "
        "introduced new checks. It added that the money had been repaid.\n"
    )
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [
        ("Ashgrove Care", SpeakerKind.ORGANISATION)
    ]
    assert [q.speaker for q in result.quotes] == ["Ashgrove Care", "Ashgrove Care"]


def test_a_firm_taken_for_a_person_is_a_body_after_which(analysis_nlp: Language) -> None:
    text = (
        "Pub closure\n\nGreene King, which owns the pub, said it would appeal against the "
        "decision.\n"
    )
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [
        ("Greene King", SpeakerKind.ORGANISATION)
    ]


def test_a_name_before_who_stays_a_person(analysis_nlp: Language) -> None:
    text = (
        "Thefts at care home\n\nAshley Carter, who runs the home, said she had since "
        "introduced new checks.\n"
    )
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [("Ashley Carter", SpeakerKind.PERSON)]
