"""A noun for a kind of firm ("the bank", "the lender", "the airline") stands only for a firm
the story named or described as that kind ("Corvane Bank", "Halden, a lender", "budget airline
Flyjet"), never for the nearest firm of another kind (a supermarket chain); with none that fits,
the noun is the speaker. A firm whose kind the story never states may be called by any such
noun, and "the company" stands for any firm."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers

_SUPERMARKET = "Freshmart, the supermarket chain, said its sales rose by 4% in the spring. "


@pytest.mark.parametrize("noun", ["bank", "lender", "airline"])
def test_a_supermarket_is_no_bank_but_is_the_company(analysis_nlp: Language, noun: str) -> None:
    text = (
        f"Prices rise\n\n{_SUPERMARKET}The {noun} said its own costs had risen. "
        "The company said prices would rise.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Freshmart", f"The {noun}", "Freshmart"]


@pytest.mark.parametrize(
    ("firm", "noun", "speaker"),
    [
        ("Halden, a lender based in Leeds,", "bank", "Halden"),
        ("Corvane Bank", "lender", "Corvane Bank"),
    ],
)
def test_a_bank_after_the_supermarket_is_the_bank_named(
    analysis_nlp: Language, firm: str, noun: str, speaker: str
) -> None:
    text = (
        f"Prices rise\n\n{firm} said it would shut 30 branches. {_SUPERMARKET}"
        f"The {noun} said customers now banked online.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [speaker, "Freshmart", speaker]


def test_a_firm_described_as_a_chain_is_the_retailer_not_the_bank_after_it(
    analysis_nlp: Language,
) -> None:
    text = (
        "Shops to close\n\nWilko, the discount chain, cut 400 jobs last year. Corvane Bank "
        "said it would extend the loans. The retailer said trading had been hard.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Corvane Bank", "Wilko"]


def test_a_firm_of_no_kind_stated_is_the_retailer_after_it(analysis_nlp: Language) -> None:
    text = "Shops to close\n\nWilko cut 400 jobs last year. The retailer said trading was hard.\n"
    assert quote_speakers(analysis_nlp, text) == ["Wilko"]
