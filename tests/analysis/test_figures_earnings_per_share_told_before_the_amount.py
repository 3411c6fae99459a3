"""Earnings per share named before the amount are by the share whatever verb joins them:
"Earnings per share came in at 11.4p" and "totalled 38.2p" are "GBP per share", as "earnings
per share of $1.32" is. An amount later in the sentence, past other words, is not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Earnings per share came in at 11.4p, ahead of forecasts.", "11.4p", 0.114),
        ("Basic earnings per share totalled 38.2p for the year.", "38.2p", 0.382),
    ],
)
def test_earnings_per_share_are_by_the_share(
    nlp: Language, text: str, words: str, value: float
) -> None:
    assert (words, FigureKind.MONEY, value, "GBP per share") in facts(nlp, text)


def test_an_amount_past_other_words_is_not_by_the_share(nlp: Language) -> None:
    text = "Earnings per share came in at the top of forecasts, while revenue reached £2bn."
    assert ("£2bn", FigureKind.MONEY, 2_000_000_000.0, "GBP") in facts(nlp, text)
