"""A party written before a name ("with Conservative Mark Ellison on 11,714") is no part of it:
a later "Mr Ellison said" is Mark Ellison's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Labour took 15,932 votes, with Conservative Mark Ellison on 11,714.", "Mark Ellison"),
        # near miss: a surname that is a party's is the name's
        ("Labour took 15,932 votes, with Mark Green on 11,714.", "Mark Green"),
    ],
)
def test_a_party_before_a_name_named_earlier_is_left_out(
    analysis_nlp: Language, line: str, speaker: str
) -> None:
    surname = speaker.split()[-1]
    text = f"By-election\n\n{line}\n\nMr {surname} said he was disappointed.\n"
    assert quote_speakers(analysis_nlp, text) == [speaker]
