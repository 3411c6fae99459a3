"""A reporting verb the tagger reads as a plural noun, opening a sentence with the speaker's
name and no other verb ("Price charges that …", "Young charges that …"), still names its speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words


@pytest.mark.parametrize("name", ["Price", "Young"])
def test_the_name_before_charges_is_the_speaker(analysis_nlp: Language, name: str) -> None:
    text = (
        f"Pier repairs\n\nThe council says the pier is safe. {name} charges that the council "
        "hid the survey from residents.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q)) for q in quotes if q.cue == "charges"] == [
        (name, "that the council hid the survey from residents")
    ]
