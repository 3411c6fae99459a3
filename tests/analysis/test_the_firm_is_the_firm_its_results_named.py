"""A firm named only by what it did ("Larkfield Retail reported a 20% fall in profits") is the
firm a later "the firm", "the retailer" or "the group" speaks for, shown by its name as an
organisation; and "a company spokesman" after it is that firm's spokesman."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run


@pytest.mark.parametrize("firm", ["Larkfield Retail", "Kestrel Brands"])
def test_the_firm_after_a_firms_results_is_that_firm(analysis_nlp: Language, firm: str) -> None:
    text = (
        "Shops to close\n\n"
        f"{firm} reported a 20% fall in annual profits on Thursday.\n\n"
        "The firm, which has 300 shops, said it would close 25 of them this year. "
        "A company spokesman said about 400 jobs would go.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == [firm, f"{firm} spokesman"]
    kinds = {s.name: s.kind.value for s in result.speakers}
    assert kinds == {firm: "organisation", f"{firm} spokesman": "person"}


@pytest.mark.parametrize("noun", ["retailer", "group"])
def test_a_noun_calling_a_firm_so_is_the_firm_named_before(
    analysis_nlp: Language, noun: str
) -> None:
    text = (
        "Shops to close\n\n"
        "Larkfield Retail reported a 20% fall in annual profits on Thursday. "
        f"The {noun} said it would close 25 shops this year.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Larkfield Retail"]
