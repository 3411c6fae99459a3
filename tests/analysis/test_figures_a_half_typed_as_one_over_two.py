"""A "½" some feeds type as "1/2" run on to its number is that half: "211/2" is 21.5, "31/2
million" 3.5 million, "a 211/2-percent rate" 21.5%; "11/2", which may be 2 November, is left
as it is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The prime rate was 211/2 when he left.", ("211/2", FigureKind.COUNT, 21.5, None)),
        (
            "She named 31/2 million women in poverty.",
            ("31/2 million", FigureKind.COUNT, 3_500_000.0, "women"),
        ),
        (
            "It ended the 211/2-percent rates of the time.",
            ("211/2-percent", FigureKind.PERCENT, 0.215, None),
        ),
    ],
)
def test_the_half_is_read(nlp: Language, text: str, fact: tuple[object, ...]) -> None:
    assert facts(nlp, text) == [fact]


def test_a_day_and_month_stays_unread(nlp: Language) -> None:
    assert [value for _, _, value, _ in facts(nlp, "The vote is on 11/2.")] == [None]
