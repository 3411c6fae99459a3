""" "Between 1 000 and 2 000 people", its thousands set apart by a no-break, narrow or thin
space, is one range from 1000 to 2000, as "between 1,000 and 2,000" is; neither bound is read
as a clock time."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .helpers import facts

FLOOD = (
    "Between 1{s}000 and 2{s}000 people were moved out of the valley overnight, and the"
    " council said between 12{s}500 and 14{s}000 homes had lost power.\n"
)


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_spaced_thousands_bound_one_range(analysis_nlp: Language, space: str) -> None:
    text = FLOOD.format(s=space)
    ranges = [
        (words, value)
        for words, kind, value, _ in facts(analysis_nlp, text)
        if kind.value == "range"
    ]
    assert ranges == [
        (f"Between 1{space}000 and 2{space}000", "1000/2000"),
        (f"between 12{space}500 and 14{space}000", "12500/14000"),
    ]


def test_as_commas_do(analysis_nlp: Language) -> None:
    spaced = facts(analysis_nlp, FLOOD.format(s="\u00a0"))
    commas = facts(analysis_nlp, FLOOD.format(s=","))
    assert [(kind, value) for _, kind, value, _ in spaced] == [
        (kind, value) for _, kind, value, _ in commas
    ]
