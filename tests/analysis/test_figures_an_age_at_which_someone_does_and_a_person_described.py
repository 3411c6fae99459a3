"""A bare number after "at" before the person it is the age of is an age ("yet at 91 he swims
every morning", "At 40, he quit"), but not a level or a time someone tells ("closed at 86, she
said"); a number set off after a name, then a person's description ("Reyes, 29, a nurse,"), is
an age even where the model does not know the name for a person's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Grandad is frail, yet at 91 he swims every morning.", "91"),
        ("At 40, he quit his job and moved to the coast.", "40"),
        ("The death of Reyes, 29, a nurse, has shaken the town.", "29"),
    ],
)
def test_an_age_is_read_as_one(nlp: Language, text: str, words: str) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.unit) == (FigureKind.QUANTITY, "years")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The index closed at 86, she said, down from 90.", "86"),
        ("The train left at 6 she thinks, or maybe 7.", "6"),
        ("The firm Acme, 43, a company of note, grew.", "43"),
    ],
)
def test_a_level_a_time_or_a_body_is_no_age(nlp: Language, text: str, words: str) -> None:
    assert found(nlp, text)[words].unit != "years"
