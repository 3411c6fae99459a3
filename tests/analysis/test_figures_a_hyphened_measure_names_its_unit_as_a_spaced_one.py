"""A measure joined to its noun by a hyphen names its unit as the same measure spaced does: "a
3.5-mile route" is 3.5 miles, as "3.5 miles" is (it was "mile"), "a 40-tonne lorry" 40 tonnes,
"a 6-foot fence" 6 feet. One of a unit stays singular, as "1 mile" does, and a symbol stays as
it is written ("a 5-km run")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Walkers can follow a 3.5-mile route along the cliffs.", "3.5-mile", "miles"),
        ("A 40-tonne lorry overturned on the bypass.", "40-tonne", "tonnes"),
        ("The crew sailed a 12-metre boat across the Channel.", "12-metre", "metres"),
        ("Neighbours objected to a 6-foot fence.", "6-foot", "feet"),
    ],
)
def test_a_hyphened_measure_names_its_unit_in_the_plural(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("A 1-mile stretch of the road was closed.", "1-mile", "mile"),
        ("Runners lined up for a 5-km race.", "5-km", "km"),
    ],
)
def test_one_of_a_unit_or_a_symbol_stays_as_written(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit
