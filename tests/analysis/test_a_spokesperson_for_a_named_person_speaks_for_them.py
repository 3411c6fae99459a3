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


def test_an_office_s_spokesman_is_not_the_office_holder(analysis_nlp: Language) -> None:
    # "the prime minister's official spokesman" holds no office of prime minister: a later
    # "the prime minister" is someone else, and "the spokesman" after it still the spokesman
    text = (
        "Fuel duty\n\n"
        "The prime minister's official spokesman said fuel duty would not rise. The spokesman "
        "told reporters the prime minister would visit Leeds on Friday.\n\n"
        "The spokesman said 40 trains had been cancelled. The prime minister said the railways "
        "must improve.\n"
    )
    result = run(analysis_nlp, text)
    spokesman = "The prime minister's official spokesman"
    assert [q.speaker for q in result.quotes] == [spokesman] * 3 + ["the prime minister"]
