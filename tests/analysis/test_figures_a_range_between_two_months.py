"""A span between two months, "between June and August", "between March 2021 and April 2023",
is one range of its months, as "from June to August" is: the reader shows no lone "August" or
"between March 2021" beside a second date. A month beside a person's name stays a date."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "Rainfall in the hills between June and August was the lowest on record.",
            "between June and August",
            "--06/--08",
        ),
        (
            "She sold the shares between March 2021 and April 2023.",
            "between March 2021 and April 2023",
            "2021-03/2023-04",
        ),
    ],
)
def test_a_span_between_two_months_is_one_range(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert facts(nlp, text) == [(words, FigureKind.RANGE, value, None)]


def test_a_contest_between_a_name_and_a_month_is_no_range(nlp: Language) -> None:
    assert facts(nlp, "The race between Dunmore and May ended in a draw.") == []
