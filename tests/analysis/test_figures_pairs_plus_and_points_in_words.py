"""Amounts as they are written in politics and business copy: two amounts each with its sign,
the first the larger ("favour her by 48 percent to 41 percent"), are two figures, not one range
or their sum; "20-plus years" and "aged 75+" are at least the number; "three percentage points"
in words is a share; and the model's money with no currency in its words is a count."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Voters favour Ms Reyes over Mr Ortiz by 48 percent to 41 percent, a survey found.",
            ("48 percent", FigureKind.PERCENT, 0.48, None),
            ("41 percent", FigureKind.PERCENT, 0.41, None),
        ),
        (
            "Last month the union's fund raised $12.4million to $8.2million for the bosses.",
            ("$12.4million", FigureKind.MONEY, 12400000.0, "USD"),
            ("$8.2million", FigureKind.MONEY, 8200000.0, "USD"),
        ),
        (
            # a fee and its add-ons: two amounts as written, never a total the writer did not give
            "The club agreed a fee of £38m plus £4m in add-ons for the striker.",
            ("£38m", FigureKind.MONEY, 38000000.0, "GBP"),
            ("£4m", FigureKind.MONEY, 4000000.0, "GBP"),
        ),
    ],
)
def test_two_signed_amounts_the_larger_first_are_two_figures(
    nlp: Language, text: str, first: tuple[object, ...], second: tuple[object, ...]
) -> None:
    found = facts(nlp, text)
    assert first in found
    assert second in found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The lighthouse keeper has lived alone for 20-plus years.", "20-plus years"),
        ("Talks ran for 40-plus minutes without a break.", "40-plus minutes"),
        ("The choir now has 60+ singers on its books.", "60+"),
        ("Free bus passes go to residents aged 75+.", "75+"),
    ],
)
def test_a_number_and_plus_is_at_least_the_number(nlp: Language, text: str, words: str) -> None:
    bounded = [f for f in find_figures(nlp(text)) if f.text == words]
    assert [f.qualifier for f in bounded] == [Qualifier.AT_LEAST]


def test_percentage_points_in_words_are_a_share(nlp: Language) -> None:
    text = "The levy would fall by three percentage points a year."
    # the points fall by the year, as "7.5% a year" grows by it
    assert ("three percentage points", FigureKind.PERCENT, 0.03, "per year") in facts(nlp, text)


def test_money_the_model_finds_with_no_currency_is_a_count(nlp: Language) -> None:
    text = "The audit found 12 forged signatures out of more than a billion ballots cast."
    found = [f for f in facts(nlp, text) if "billion" in f[0]]
    assert found == [("more than a billion", FigureKind.COUNT, 1_000_000_000.0, "ballots")]
