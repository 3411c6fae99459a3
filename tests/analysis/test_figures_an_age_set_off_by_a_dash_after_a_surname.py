"""A number after a surname and a comma, set off on its other side by a spaced dash rather than a
comma, is the person's age: "Okafor, 52 ― a nurse ― was", as "Okafor, 52, a nurse" is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize("dash", ["―", "—", "–"])
def test_an_age_before_a_dash_after_a_surname_named_in_full(nlp: Language, dash: str) -> None:
    text = (
        "Daniel Okafor was stopped on Friday. "
        f"Okafor, 52 {dash} a nurse who coached football {dash} was not armed."
    )
    assert ("52", FigureKind.QUANTITY, 52.0, "years") in facts(nlp, text)
