"""A date in digits that reads both ways ("4/5/16") is read month first in a story that writes
its dates the American way: another date in digits that reads only that way ("9/17/16"), or
dates in words month first ("Sept. 3") and never day first. Elsewhere, or where the story
writes both ways, it is read day first."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "The van was stolen on 9/23/16 and found burned out on 4/5/17 near the river.",
        "The van was stolen on 4/5/17, police said on Sept. 12, and found a week later.",
        "The van was stolen on 4/5/17, police said on October 2, and found a week later.",
    ],
)
def test_a_date_that_reads_both_ways_is_month_first_in_an_american_story(
    nlp: Language, text: str
) -> None:
    assert ("4/5/17", FigureKind.DATE, "2017-04-05", None) in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The van was stolen on 4/5/17 and found a week later.",
        "The van was stolen on 23/9/16 and found burned out on 4/5/17 near the river.",
        "The van was stolen on 4/5/17, police said on 12 September, and found a week later.",
        "The van was stolen on 4/5/17, police said on October 2 and on 9 October.",
    ],
)
def test_a_date_that_reads_both_ways_is_day_first_elsewhere(nlp: Language, text: str) -> None:
    assert ("4/5/17", FigureKind.DATE, "2017-05-04", None) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # a European dateline writes the day, the month and the year with dots
        ("PARIS, 12.03.2025 – Ministers met again on Wednesday.", "12.03.2025", "2025-03-12"),
        ("The deal was reviewed on 4.5.2025 in Brussels.", "4.5.2025", "2025-05-04"),
        # near miss: a date with slashes that reads both ways stays day first
        ("The deal was signed on 03/12/2025 in Paris.", "03/12/2025", "2025-12-03"),
    ],
)
def test_a_date_with_dots_is_read_day_first(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.DATE, value, None) in facts(nlp, text)
