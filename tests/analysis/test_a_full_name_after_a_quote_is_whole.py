"""A full name right after a quotation ('"…," Raza Jaffrey said') is the speaker whole, though
the recogniser took the surname alone for the person; a title there is still no part of the
name ('"…," Senator Kane said' is Kane)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers


@pytest.mark.parametrize(
    ("name", "speaker"),
    [("Raza Jaffrey", "Raza Jaffrey"), ("Senator Kane", "Kane")],
)
def test_a_name_after_a_quote_keeps_its_given_name(
    analysis_nlp: Language, name: str, speaker: str
) -> None:
    text = f'Stage\n\n"You just play the man," {name} said.\n'
    assert quote_speakers(analysis_nlp, text) == [speaker]
