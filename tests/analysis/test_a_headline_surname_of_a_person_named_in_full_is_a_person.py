"""A headline calls a person by the surname alone ("Reyes urges …"), which the recogniser may
take for a body's name: a surname that a person named in full in the story ends with is a
person, whether or not the story's mentions tell which person it is."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_headline_surname_beside_a_namesake_of_the_other_sex_is_a_person(
    analysis_nlp: Language,
) -> None:
    text = (
        "Reyes urges residents to stay calm after floods\n\n"
        "President Ana Reyes visited the flooded towns on Tuesday.\n\n"
        '"We will rebuild every bridge," Mr. Reyes said.\n'
    )
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [("Reyes", SpeakerKind.PERSON)]


def test_a_given_name_before_a_surname_taken_for_a_body_is_the_persons(
    analysis_nlp: Language,
) -> None:
    text = (
        "Reyes urges residents to stay calm after floods\n\n"
        "Ana Reyes, the president, said on Tuesday that the army would help.\n\n"
        '"We will rebuild," Reyes added.\n'
    )
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [("Ana Reyes", SpeakerKind.PERSON)]
