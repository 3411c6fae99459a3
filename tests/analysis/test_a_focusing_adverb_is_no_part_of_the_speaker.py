"""A word that singles out a speaker ("even", "only", "just", "also", "now") is no part of
them: "Even the mayor says …" is the mayor's, in capitals too; a phrase it only describes ("the
only doctor") and a firm's name it begins ("Just Eat") keep it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("EVEN THE MAYOR SAYS THE BRIDGE IS UNSAFE\n\nResidents have complained.\n", "THE MAYOR"),
        ("Bridge fears\n\nEven the mayor says the bridge is unsafe.\n", "the mayor"),
        ("Bridge fears\n\nOnly the council said it could pay for repairs.\n", "the council"),
        ("Price war\n\nEven Tesco says it will cut prices this year.\n", "Tesco"),
    ],
)
def test_a_focusing_adverb_before_the_speaker_is_left_out(
    analysis_nlp: Language, text: str, name: str
) -> None:
    assert quote_speakers(analysis_nlp, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ward closure\n\nThe only doctor on duty said the ward was full.\n",
            "The only doctor on duty",
        ),
        ("Job cuts\n\nJust Eat said it would cut 400 jobs across its offices.\n", "Just Eat"),
    ],
)
def test_a_name_or_description_with_such_a_word_keeps_it(
    analysis_nlp: Language, text: str, name: str
) -> None:
    assert quote_speakers(analysis_nlp, text) == [name]
