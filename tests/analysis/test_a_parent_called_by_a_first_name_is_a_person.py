"""Local news quotes parents and residents by a first name alone ("Another mother, Kirsty,
said …"), which the recogniser often takes for a body or a place: a one-word name set beside
a noun only a person is, or a given name alone, is a person, so a "she said" after it is hers.
A firm set beside a noun a body may be too ("its biggest customer, Tesco") stays a firm."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run

HEAD = (
    "Parents fight school closure\n\n"
    '"It is the heart of the village," said Joanne, whose daughters go to the school.\n\n'
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('Another mother, Kirsty, said her son had settled in. "He loves it," she said.', "Kirsty"),
        ('One parent, Shona, said the bus took too long. "It is a long day," she said.', "Shona"),
        ('"We will fight on," said Tasha, a mother of three. "It matters," she said.', "Tasha"),
        ('"We will fight on," said Nicola. "It matters," she said.', "Nicola"),
    ],
)
def test_a_first_name_alone_is_a_person_whom_she_stands_for(
    analysis_nlp: Language, sentence: str, name: str
) -> None:
    result = run(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [q.speaker for q in result.quotes] == ["Joanne", name, name]
    kinds = {s.name: s.kind for s in result.speakers}
    assert kinds[name] is SpeakerKind.PERSON


def test_a_firm_beside_a_noun_a_body_may_be_stays_a_firm(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp,
        "Supplier wins contract\n\n"
        "Its biggest customer, Tesco, said the deal was good. It said prices would rise.\n",
    )
    assert [q.speaker for q in result.quotes] == ["Tesco", "Tesco"]
    assert {s.name: s.kind for s in result.speakers}["Tesco"] is SpeakerKind.ORGANISATION
