"""A name with a particle between its capitalised words ("Rhun ap Iorwerth", "Dafydd ab
Owain", "Abdel Fattah al-Sisi", "Ana de la Vega") is one person's, told by its shape, though the
recogniser split it at the particle and called the rest a body; a member's letters after it
are dropped. A body whose whole name the recogniser read as one ("Banco de la Nacion") stays
a body."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run

HEAD = "Budget row\n\n"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Rhun ap Iorwerth MS said the budget failed Wales.", "Rhun ap Iorwerth"),
        ("Dafydd ab Owain MS said the deal was fair.", "Dafydd ab Owain"),
        ("Rhun ap Iorwerth said the budget failed Wales.", "Rhun ap Iorwerth"),
        ("Ana de la Vega said the vote was rigged.", "Ana de la Vega"),
    ],
)
def test_a_name_with_a_particle_is_the_whole_persons(
    analysis_nlp: Language, sentence: str, name: str
) -> None:
    speakers = {s.name: s.kind for s in run(analysis_nlp, f"{HEAD}{sentence}\n").speakers}
    assert speakers == {name: SpeakerKind.PERSON}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Banco de la Nacion said profits rose.", "Banco de la Nacion"),
        ("Casa de la Cultura said the show was cancelled.", "Casa de la Cultura"),
    ],
)
def test_a_body_named_with_a_particle_stays_a_body(
    analysis_nlp: Language, sentence: str, name: str
) -> None:
    speakers = {s.name: s.kind for s in run(analysis_nlp, f"{HEAD}{sentence}\n").speakers}
    assert speakers == {name: SpeakerKind.ORGANISATION}
