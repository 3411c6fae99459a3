"""A share with a minus sign or "minus" before it is below nought: "growth of -0.4%" is -0.004,
as "minus 0.4%" is; a dash between two numbers ("10 -12%") joins a range, and the margin of
"plus or minus 3%" stays 0.03."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The economy shrank, with growth of -0.4% in the third quarter.", "-0.4%"),
        ("Real wages fell again, growing by minus 0.4% over the year.", "minus 0.4%"),
        ("Support for the party stands at 31% (-0.4%) in the latest poll.", "-0.4%"),
    ],
)
def test_a_share_after_a_minus_is_below_nought(nlp: Language, text: str, words: str) -> None:
    assert (words, FigureKind.PERCENT, -0.004, None) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents are up 10 -12% on last year.", ("10 -12%", FigureKind.RANGE, "10/12", "percent")),
        ("The margin of error is plus or minus 3%.", ("3%", FigureKind.PERCENT, 0.03, None)),
    ],
)
def test_a_dash_of_a_range_or_a_margin_is_no_minus(
    nlp: Language, text: str, expected: tuple[str, FigureKind, float | str, str | None]
) -> None:
    assert facts(nlp, text) == [expected]
