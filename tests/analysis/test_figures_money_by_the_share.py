"""Money paid or earned by the share keeps the share in its unit, as money by the period keeps
the period: "a final dividend of 8.4p a share" is 0.084 "GBP per share", "$1.32 a share" and
"earnings per share of $1.32" 1.32 "USD per share". An amount set against it ("up from 18.9p")
is by the share too. A share that is a stake or a part ("a 5% share", "a share of the
profits", "£2m, a share of the fortune") changes nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("The board declared a final dividend of 8.4p a share.", "8.4p", 0.084, "GBP per share"),
        ("The bank reported earnings per share of $1.32.", "$1.32", 1.32, "USD per share"),
        ("It earned $1.32 a share in the quarter.", "$1.32", 1.32, "USD per share"),
        ("The miner will pay €0.40 per share.", "€0.40", 0.4, "EUR per share"),
        ("The grocer paid a 20p-a-share dividend.", "20p", 0.2, "GBP per share"),
        ("Dividends per share rose to 45p.", "45p", 0.45, "GBP per share"),
        ("Earnings per share were $2.05, and revenue was $4bn.", "$2.05", 2.05, "USD per share"),
        (
            "Analysts expected earnings of about $1.30 per share.",
            "about $1.30",
            1.3,
            "USD per share",
        ),
    ],
)
def test_money_by_the_share_keeps_the_share_in_its_unit(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.MONEY, value, unit)


def test_a_range_by_the_share_keeps_the_share(nlp: Language) -> None:
    figure = found(nlp, "It forecast earnings of $4.10 to $4.25 a share.")["$4.10 to $4.25"]
    assert (figure.kind, figure.value, figure.unit) == (
        FigureKind.RANGE,
        "4.1/4.25",
        "USD per share",
    )


def test_an_amount_set_against_one_by_the_share_or_the_period_is_by_it_too(
    nlp: Language,
) -> None:
    text = "Earnings per share were 21.3p, up from 18.9p, on sales of £640m."
    figures = found(nlp, text)
    assert [figures[w].unit for w in ("21.3p", "18.9p", "£640m")] == [
        "GBP per share",
        "GBP per share",
        "GBP",
    ]
    wage = found(nlp, "He earns £95,000 a week, up from £80,000.")
    assert wage["£80,000"].unit == "GBP per week"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("SYDNEY — The miner paid 74 cents a share.", "AUD per share"),
        ("SYDNEY — The striker earns $95,000 a week.", "AUD per week"),
        ("JOHANNESBURG — The bank paid a dividend of 74c a share.", "ZAR per share"),
    ],
)
def test_money_by_the_share_or_the_period_is_in_the_storys_own_currency(
    nlp: Language, text: str, unit: str
) -> None:
    money = [f for f in find_figures(nlp(text)) if f.kind is FigureKind.MONEY]
    assert [f.unit for f in money] == [unit]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("The fund holds a 5% share in the company.", [("5%", FigureKind.PERCENT, None)]),
        ("Workers will get a share of the profits.", []),
        (
            "He sold the stake for £2m, a share of the family fortune.",
            [("£2m", FigureKind.MONEY, "GBP")],
        ),
        ("It paid £2m a share of which went to charity.", [("£2m", FigureKind.MONEY, "GBP")]),
    ],
)
def test_a_stake_or_a_part_is_no_share_money_is_by(
    nlp: Language, text: str, facts: list[tuple[str, FigureKind, str | None]]
) -> None:
    assert [(f.text, f.kind, f.unit) for f in find_figures(nlp(text))] == facts


@pytest.mark.parametrize(
    "text",
    [
        "It paid a dividend of 46p a share, and the total rose to 62p from 59p a share.",
        "The total dividend was 62p, up from 59p a share.",
        "Earnings were 62p a share for the year, up from 59p.",
    ],
)
def test_an_amount_set_against_one_by_the_share_after_it_is_by_the_share_too(
    nlp: Language, text: str
) -> None:
    figures = found(nlp, text)
    assert [figures[w].unit for w in ("62p", "59p")] == ["GBP per share", "GBP per share"]


def test_a_price_before_an_amount_by_the_share_it_is_not_set_against_keeps_its_unit(
    nlp: Language,
) -> None:
    figures = found(nlp, "The shares closed at 62p, and it paid 59p a share.")
    assert [figures[w].unit for w in ("62p", "59p")] == ["GBP", "GBP per share"]
