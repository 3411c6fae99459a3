"""A decade written by its last two digits after an apostrophe ("the ’90s") is the decade, as
"the 1990s" is "199X"; without the apostrophe "the 90s" may be a temperature or a score, and
"in their 50s" is an age."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mill closed in the ’90s, when cheap imports arrived.", "199X"),
        ("The mill closed in the '60s, when cheap imports arrived.", "196X"),
        ("The mill changed hands twice in the ’80s and again later.", "198X"),
    ],
)
def test_a_decade_after_an_apostrophe_is_that_decade(nlp: Language, text: str, value: str) -> None:
    dates = [f for f in facts(nlp, text) if f[1] is FigureKind.DATE]
    assert [f[2] for f in dates] == [value]


def test_a_decade_of_the_twenties_names_no_century(nlp: Language) -> None:
    dates = [f for f in facts(nlp, "Jazz clubs thrived in the ’20s, the guide says.")]
    assert all(f[2] is None for f in dates if f[1] is FigureKind.DATE)


def test_the_nineties_without_an_apostrophe_may_be_a_temperature(nlp: Language) -> None:
    figures = facts(nlp, "Temperatures will reach the 90s on Friday, forecasters said.")
    assert not any(f[2] == "199X" for f in figures)
