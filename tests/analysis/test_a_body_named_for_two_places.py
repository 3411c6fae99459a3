"""A police force or a council named for two places ("Avon and Somerset Police", "Brighton
and Hove City Council") is shown by its whole name, though the recogniser leaves the first
place out; "Tom Hale and Thames Valley Police" are still two."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_a_force_named_for_two_places_keeps_both(analysis_nlp: Language) -> None:
    text = (
        "Crash on the M5\n\n"
        "Avon and Somerset Police said the motorway would reopen by noon.\n\n"
        "Brighton and Hove City Council said bins would be collected on Friday.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Avon and Somerset Police",
        "Brighton and Hove City Council",
    ]
