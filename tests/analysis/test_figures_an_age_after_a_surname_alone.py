"""A number set off by commas after a surname alone, the sentence's subject, is an age in
years, as after a full name; after a place it stays a count."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import ages
from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mensah, 27, now has nine tries in the competition.", "27"),
        ("Kowalczyk, 24, joined from Lech Poznan in the summer.", "24"),
    ],
)
def test_a_number_after_a_surname_alone_is_an_age(nlp: Language, text: str, age: str) -> None:
    assert (age, FigureKind.QUANTITY, float(age), "years") in facts(nlp, text)


def test_a_number_after_a_place_opening_a_sentence_is_no_age(nlp: Language) -> None:
    found = facts(nlp, "In Nebraska, 58, the most in years, were recalled.")
    assert ("58", FigureKind.COUNT, 58.0, None) in found


def test_the_people_named_are_read_once_for_every_surname_alone(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each surname alone asks whether the story names a person by it: a long story has many.
    built: list[int] = []
    real = ages._persons_last_words
    monkeypatch.setattr(ages, "_persons_last_words", lambda doc: built.append(1) or real(doc))
    text = (
        "Grace Okafor won gold and Kwame Mensah silver. Okafor, 31, was cheered. Mensah, 27, cried."
    )
    found = facts(nlp, text)
    assert ("31", FigureKind.QUANTITY, 31.0, "years") in found
    assert ("27", FigureKind.QUANTITY, 27.0, "years") in found
    assert len(built) == 1
