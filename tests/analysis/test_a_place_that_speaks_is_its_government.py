"""A country or a capital that says something ("Moscow has said …", "Russia claims …") is its
government: a speaker of kind organisation. A place only named where someone spoke ("In Moscow,
Peskov said") is no speaker. A seat of government ("Downing Street said", "the Kremlin said")
is its government too, though a person may bear its last word ("Andy Street")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run

HEAD = "Losses at the front\n\n"


def test_a_country_or_a_capital_that_speaks_is_a_body(analysis_nlp: Language) -> None:
    text = (
        f"{HEAD}Moscow has said its losses near the river were small. Russia claims its "
        "strikes hit only military targets.\n"
    )
    kinds = {s.name: s.kind for s in run(analysis_nlp, text).speakers}
    assert kinds == {"Moscow": SpeakerKind.ORGANISATION, "Russia": SpeakerKind.ORGANISATION}


def test_a_place_where_someone_spoke_is_no_speaker(analysis_nlp: Language) -> None:
    text = f"{HEAD}In Moscow, Peskov said the talks would go on.\n"
    kinds = {s.name: s.kind for s in run(analysis_nlp, text).speakers}
    assert kinds == {"Peskov": SpeakerKind.PERSON}


@pytest.mark.parametrize("seat", ["Downing Street", "Whitehall", "The White House"])
def test_a_seat_of_government_that_speaks_is_a_body(analysis_nlp: Language, seat: str) -> None:
    text = f"Tax plans\n\n{seat} said the plan would go ahead. Andy Street said it was wrong.\n"
    kinds = {s.name: s.kind for s in run(analysis_nlp, text).speakers}
    assert kinds == {
        seat.removeprefix("The "): SpeakerKind.ORGANISATION,
        "Andy Street": SpeakerKind.PERSON,
    }


def test_a_seat_of_government_read_as_a_noun_is_a_body(analysis_nlp: Language) -> None:
    # the tagger may take "Whitehall" for a common noun, as it takes "the Kremlin"
    text = (
        "Tax plans\n\nThe Pentagon said two jets were lost. Whitehall said nothing was decided.\n"
    )
    kinds = {s.name: s.kind for s in run(analysis_nlp, text).speakers}
    assert kinds == {"Pentagon": SpeakerKind.ORGANISATION, "Whitehall": SpeakerKind.ORGANISATION}
