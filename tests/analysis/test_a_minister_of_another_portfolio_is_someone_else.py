"""An office holds a portfolio: "the finance minister" after "the labour minister, Claire
Fontaine" is a minister the story has not named, not her, and a "he" after it is that minister;
"the minister" and "the labour minister" are still her, and so is a finance minister named as
one; "the minister" after "the PM" is the PM when no other minister was named before, as "the
PM" or "the Prime Minister" after "Prime Minister Keir Starmer" is him."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run

_LABOUR_MINISTER = (
    "Pension reform\n\nThe labour minister, Claire Fontaine, defended the reform on Tuesday. "
    '"Nobody wants to work longer," she told parliament.\n\n'
)


def test_a_minister_of_another_portfolio_is_not_the_one_named(analysis_nlp: Language) -> None:
    text = (
        _LABOUR_MINISTER + "In Berlin, the finance minister said the plan was a sensible step. "
        '"We will watch closely," he added.\n'
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes][-2:] == [
        "the finance minister",
        "the finance minister",
    ]


def test_the_minister_of_the_same_portfolio_is_the_one_named(analysis_nlp: Language) -> None:
    for role in ("minister", "labour minister"):
        text = _LABOUR_MINISTER + f"The {role} said the plan was a sensible step.\n"
        assert [q.speaker for q in run(analysis_nlp, text).quotes][-1] == "Claire Fontaine"


def test_a_finance_minister_named_as_one_is_the_finance_minister(analysis_nlp: Language) -> None:
    text = (
        "Budget\n\nFinance Minister Jonas Berg presented the budget on Tuesday. The labour "
        "minister said it was fair. The finance minister said it would cut debt.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == [
        "The labour minister",
        "Jonas Berg",
    ]


@pytest.mark.parametrize(
    ("described", "minister"),
    [
        # "the PM" is a minister, the only one the story has named
        ("Helen Marsh, the PM,", "Helen Marsh"),
        ("Prime Minister Helen Marsh", "Helen Marsh"),
        # "the chancellor" is a minister, whom "the minister" stands for
        ("Helen Marsh, the chancellor,", "Helen Marsh"),
    ],
)
def test_the_minister_after_the_pm_alone_is_the_pm(
    analysis_nlp: Language, described: str, minister: str
) -> None:
    text = (
        f"Housing push\n\n{described} said the government would build more homes.\n\n"
        "The minister insisted the targets would be met.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Helen Marsh", minister]


def test_the_minister_after_another_minister_and_the_pm_is_the_other(
    analysis_nlp: Language,
) -> None:
    text = (
        "Housing push\n\nHousing minister Tom Kay said 300,000 homes would be built. "
        "Helen Marsh, the PM, said the plan was fair.\n\n"
        "The minister insisted the targets would be met.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == [
        "Tom Kay",
        "Helen Marsh",
        "Tom Kay",
    ]


@pytest.mark.parametrize(
    "office",
    [
        "The PM",
        # the office written in capitals, its qualifier too: no name of its own
        "The Prime Minister",
    ],
)
def test_the_pm_is_the_prime_minister_named_before(analysis_nlp: Language, office: str) -> None:
    text = (
        "Budget\n\nPrime Minister Keir Starmer said on Monday that the budget was fair.\n\n"
        f"{office} said later that taxes would not rise again.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Keir Starmer"] * 2


def test_the_prime_minister_in_capitals_is_no_one_named_in_no_office(
    analysis_nlp: Language,
) -> None:
    text = (
        "Budget\n\nKeir Starmer said on Monday that the budget was fair.\n\n"
        "The Prime Minister said later that taxes would not rise again.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == [
        "Keir Starmer",
        "The Prime Minister",
    ]
