"""A span of the day over named days, "from 6pm Friday until midday Saturday", "from 10pm on
Friday to 6am on Monday", is one range, of its clock times (18:00/12:00), as "from 7:30am until
6:30pm" is; the days are in its words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "The bridge will be closed from 6pm Friday until midday Saturday.",
            "from 6pm Friday until midday Saturday",
            "18:00/12:00",
        ),
        (
            "The line will be shut from 10pm on Friday to 6am on Monday for repairs.",
            "from 10pm on Friday to 6am on Monday",
            "22:00/06:00",
        ),
        (
            "Engineers will work between 9pm Saturday and 5am Sunday.",
            "between 9pm Saturday and 5am Sunday",
            "21:00/05:00",
        ),
    ],
)
def test_a_span_of_the_day_over_named_days_is_one_range(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert facts(nlp, text) == [(words, FigureKind.RANGE, value, None)]
