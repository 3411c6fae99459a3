"""A range of prices in pence ("20p-35p", "20-35p", "20p to 35p", "between 20p and 35p") is a
range of money in pounds, as "£2-£3" and "£2 to £3" are: 0.2 to 0.35 GBP, not two numbers with
no unit, two prices or nothing at all. A share and a price after it ("rose 4pc to 212p") and a
change and the price it reached ("jumped 18p to 342p") stay two figures, and a video's
"720p-1080p" is no price."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Bus fares in the town will be 20p-35p a trip from June.", "20p-35p"),
        ("Bus fares in the town will be 20-35p from June.", "20-35p"),
        ("Bus fares in the town will be 20p to 35p from June.", "20p to 35p"),
        ("A single fare will cost between 20p and 35p.", "between 20p and 35p"),
    ],
)
def test_a_range_in_pence_is_money_in_pounds(nlp: Language, text: str, words: str) -> None:
    assert (words, FigureKind.RANGE, "0.2/0.35", "GBP") in facts(nlp, text)


def test_a_share_then_a_price_in_pence_is_no_range(nlp: Language) -> None:
    assert facts(nlp, "Shares in the grocer rose 4pc to 212p.") == [
        ("4pc", FigureKind.PERCENT, 0.04, None),
        ("212p", FigureKind.MONEY, 2.12, "GBP"),
    ]


def test_a_change_then_the_price_it_reached_in_pence_is_no_range(nlp: Language) -> None:
    assert facts(nlp, "Shares in the bank jumped 18p to 342p.") == [
        ("18p", FigureKind.MONEY, 0.18, "GBP"),
        ("342p", FigureKind.MONEY, 3.42, "GBP"),
    ]


def test_a_video_s_lines_are_no_price(nlp: Language) -> None:
    assert facts(nlp, "The channel streams its matches in 720p-1080p.") == []
