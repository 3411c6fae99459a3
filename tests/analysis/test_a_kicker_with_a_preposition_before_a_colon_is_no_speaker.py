"""A headline's title-case kicker before a colon that holds a preposition ("Trouble Over Tides:
…", "Showdown In Harbour Town: …") is no one's name: the line after it is no one's words, and
the reader shows no claimant "Trouble Over Tides"; nor is a newsroom's label in capitals
("PROFILE: …", "OBITUARY: …"). A name before a colon still speaks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run

BODY = "\n\nThe harbour board met on Monday, and the pier will close in May.\n"


@pytest.mark.parametrize(
    "headline",
    [
        "Trouble Over Tides: Harbour Board Was Warned But Kept Quiet",
        "Showdown In Harbour Town: Fees Set to Double Next Year",
        "PROFILE: The quiet engineer behind the harbour's new pier",
        "OBITUARY: The harbour master who saved the pier",
    ],
)
def test_a_kicker_names_no_speaker(analysis_nlp: Language, headline: str) -> None:
    text = headline + BODY
    assert [(q.speaker, q.cue) for q in run(analysis_nlp, text).quotes] == []


def test_a_name_before_a_colon_speaks(analysis_nlp: Language) -> None:
    text = "Pat Moore: Voters are tired of the harbour fees" + BODY
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Pat Moore"]
