"""A range of shares below nought is one range, written as "2% to 5%" is: "-2% to -5%" is
-5/-2 percent (it was two shares); a count with a minus sign glued in front is below nought:
"closed at -12 points" is -12 points (it was 12). A dash after another number still joins a
range ("10 -12%"), and a share before a level that is no share stays a change and its level
("rose 3pc to 1,200", once a range 3/1200)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Economists expect output to shrink, with growth of -2% to -5% this year.",
            ("-2% to -5%", FigureKind.RANGE, "-5/-2", "percent"),
        ),
        (
            "The council expects growth of 2% to 5% this year.",
            ("2% to 5%", FigureKind.RANGE, "2/5", "percent"),
        ),
        ("The index closed at -12 points.", ("-12", FigureKind.COUNT, -12.0, "points")),
        ("Rents are up 10 -12% on last year.", ("10 -12%", FigureKind.RANGE, "10/12", "percent")),
    ],
)
def test_a_range_or_a_count_below_nought(
    nlp: Language, text: str, expected: tuple[str, FigureKind, float | str, str | None]
) -> None:
    assert facts(nlp, text) == [expected]


def test_a_share_before_a_level_is_no_range(nlp: Language) -> None:
    assert facts(nlp, "Membership rose 3pc to 1,200.") == [
        ("3pc", FigureKind.PERCENT, 0.03, None),
        ("1,200", FigureKind.COUNT, 1200.0, None),
    ]
