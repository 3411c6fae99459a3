"""A retort written before its speaker ('"…," hit back the transport secretary, Mark Hale')
names whoever follows its particle, as '"…," said Mark Hale' does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Fares row deepens\n\n"
QUOTED = '"Nobody will bully this department into a fare freeze,"'


@pytest.mark.parametrize(
    ("after", "speaker", "cue"),
    [
        ("hit back the rail minister, Priya Lomax.", "Priya Lomax", "hit back"),
        ("fired back Lomax.", "Lomax", "fired back"),
    ],
)
def test_the_name_after_a_retort_speaks(
    analysis_nlp: Language, after: str, speaker: str, cue: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{QUOTED} {after}\n")
    assert said(text, result) == [(speaker, cue, QUOTED)]
