"""Letters written after a name, a barrister's "KC" or an honour's "OBE", are no part of it:
"Richard Owusu KC said" is Richard Owusu, and two barristers are not one for sharing "KC"; a
member's "MP" after a person's name ("Jane Hill MP", "Elin Pryce MS") is no part of it either."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers

_TRIAL = "Treasurer jailed\n\nA former treasurer has been jailed for six years.\n\n"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            _TRIAL + "Defending, Richard Owusu KC said his client was deeply ashamed.\n\n"
            "Prosecuting, Anna Bell KC said the losses were large.\n",
            ["Richard Owusu", "Anna Bell"],
        ),
        (
            _TRIAL + "Sir Tom Reid OBE, who chairs the council, said the bank had failed.\n",
            ["Tom Reid"],
        ),
        (_TRIAL + "Jane Hill MP said the law must change.\n", ["Jane Hill"]),
        (_TRIAL + '"The law must change," said Jane Hill MP.\n', ["Jane Hill"]),
        # a Welsh member's "MS", an Irish member's "TD"
        (_TRIAL + "Elin Pryce MS said the law must change.\n", ["Elin Pryce"]),
        (_TRIAL + "Ciara Nolan TD said the law must change.\n", ["Ciara Nolan"]),
    ],
)
def test_letters_after_a_name_are_left_out(
    analysis_nlp: Language, text: str, speakers: list[str]
) -> None:
    assert quote_speakers(analysis_nlp, text) == speakers


@pytest.mark.parametrize(
    "opening",
    [
        "Labour MP Jane Hill said",
        "MP Jane Hill said",
        "The Labour MP said",
        "MSP Jane Hill said",
        # "Ms" before a name is a title, as ever
        "Ms Jane Hill said",
    ],
)
def test_a_title_before_a_name_is_left_out_as_before(analysis_nlp: Language, opening: str) -> None:
    text = _TRIAL + opening + " the law must change.\n"
    speaker = "Labour MP" if opening.startswith("The") else "Jane Hill"
    assert quote_speakers(analysis_nlp, text) == [speaker]
