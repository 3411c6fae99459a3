"""An office holds a portfolio: "the finance minister" after "the labour minister, Claire
Fontaine" is a minister the story has not named, not her, and a "he" after it is that minister;
"the minister" and "the labour minister" are still her, and so is a finance minister named as
one; "the minister" after "the PM" is another minister."""

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
        # "the PM" is the prime minister, another office than "the minister"
        ("Helen Marsh, the PM,", "The minister"),
        # "the chancellor" is a minister, whom "the minister" stands for
        ("Helen Marsh, the chancellor,", "Helen Marsh"),
    ],
)
def test_the_minister_after_the_pm_is_someone_else(
    analysis_nlp: Language, described: str, minister: str
) -> None:
    text = (
        f"Housing push\n\n{described} said the government would build more homes.\n\n"
        "The minister insisted the targets would be met.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Helen Marsh", minister]
