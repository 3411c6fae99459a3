"""A length of time hyphened to a longer unit measures it: "a four-day week" is four days
(a week of them), never four weeks; a length of time alone keeps its own unit."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Staff at the bakery moved to a four-day week in May.", 4.0, "days"),
        ("The trial firms kept their four-day weeks after it ended.", 4.0, "days"),
        ("Nurses on the ward work a 12-hour day.", 12.0, "hours"),
        # near misses: the unit of the length itself
        ("The union called a two-day strike at the depot.", 2.0, "days"),
        ("The talks lasted two hours and 51 minutes.", 171.0, "minutes"),
    ],
)
def test_a_length_of_time_hyphened_to_a_longer_unit_is_its_own(
    nlp: Language, text: str, value: float, unit: str
) -> None:
    [(_, _, got_value, got_unit)] = [f for f in facts(nlp, text) if f[1] is FigureKind.QUANTITY]
    assert (got_value, got_unit) == (value, unit)
