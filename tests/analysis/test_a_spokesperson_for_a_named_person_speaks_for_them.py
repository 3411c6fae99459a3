"""A spokesperson for a person named in full ("a spokesman for Prime Minister Maya Rowe") is
that person's spokesperson ("Maya Rowe spokesman"), a speaker apart from the person, as "a
spokesman for the Prime Minister" is the office's; a later "the spokesman" or "she" goes on
with the spokesperson."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("A spokesman for Prime Minister Maya Rowe", "Maya Rowe spokesman"),
        ("A spokeswoman for Governor Dale Pruitt", "Dale Pruitt spokeswoman"),
    ],
)
def test_a_spokesperson_for_a_named_person_is_not_that_person(
    analysis_nlp: Language, phrase: str, speaker: str
) -> None:
    text = f"Port plan backed\n\n{phrase} said the plan for the port was sound.\n"
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == [speaker]
    assert [(s.name, s.kind.value) for s in result.speakers] == [(speaker, "person")]


def test_the_spokesman_after_is_the_same_spokesman(analysis_nlp: Language) -> None:
    text = (
        "Port plan backed\n\n"
        "Maya Rowe visited the docks on Monday. A spokesman for Prime Minister Maya Rowe said "
        "the plan was sound. The spokesman added that talks with the unions would go on.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Maya Rowe spokesman"] * 2
