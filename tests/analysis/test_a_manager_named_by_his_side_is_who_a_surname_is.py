""" "Unai Emery's side" names the manager in full, however the recogniser labels the name: a
later "Emery said" is Unai Emery. A club's own side ("Arsenal's side", "Crystal Palace's side")
names no one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers


@pytest.mark.parametrize(
    ("side", "said", "speaker"),
    [
        ("Unai Emery's side", "Emery", "Unai Emery"),
        ("Mikel Arteta's men", "Arteta", "Mikel Arteta"),
        # near miss: the club's own side, no manager named in full
        ("Arsenal's side", "Emery", "Emery"),
        # near misses: two words of a club, named for its place or shown a club by its verb
        ("Crystal Palace's side", "Palace", "Palace"),
        ("Aston Villa have won again. Aston Villa's side", "Villa", "Villa"),
    ],
)
def test_a_surname_after_a_side_named_for_its_manager(
    analysis_nlp: Language, side: str, said: str, speaker: str
) -> None:
    text = (
        "Home defeat\n\n"
        f"Arsenal were beaten 2-0 at home on Sunday, and {side} now sit fifth in the table.\n\n"
        f'"We were not good enough today," {said} said after the match.\n'
    )
    assert quote_speakers(analysis_nlp, text) == [speaker]
