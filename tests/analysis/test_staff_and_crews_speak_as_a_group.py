"""Nouns for many people, singular in form, speak as a group: "Staff said they had not been
paid", "the crew said", "the workforce said" name no one person and no unknown speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Staff said they had not been paid since October.", "Staff"),
        ("Crew said the engines had failed twice.", "Crew"),
        ("The crew said the lifeboats were never checked.", "The crew"),
        ("The workforce said it would strike on Monday.", "The workforce"),
        ("Warehouse staff said the heating had been off for a week.", "Warehouse staff"),
    ],
)
def test_people_named_by_a_collective_noun_are_a_group(
    analysis_nlp: Language, sentence: str, name: str
) -> None:
    result = run(analysis_nlp, f"Pay dispute\n\n{sentence}\n")
    assert [(s.name, s.kind) for s in result.speakers] == [(name, SpeakerKind.GROUP)]
