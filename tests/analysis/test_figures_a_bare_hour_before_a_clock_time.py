"""A span of the day from a bare hour to a clock time is a range in the end's half of the day:
"from 8 to 8:30" runs from 08:00 to 08:30, "from 8 to 9:30pm" from 20:00 to 21:30."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The debate airs on Friday from 8 to 8:30 on the main channel.", "08:00/08:30"),
        ("The show runs tonight from 8 to 9:30pm on cable.", "20:00/21:30"),
    ],
)
def test_a_bare_hour_to_a_clock_time_is_a_span_of_the_day(
    nlp: Language, text: str, value: str
) -> None:
    assert [(f.kind, f.value) for f in found(nlp, text).values() if ":" in f.text] == [
        (FigureKind.RANGE, value)
    ]
