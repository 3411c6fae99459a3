"""A body noun with a word in lower case before it ("the energy company", "the local
council") stands for the body named before, as "the company" or "the council" alone does;
"the Russian army" says more, and stays itself."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_energy_company_is_the_firm_named_before(analysis_nlp: Language) -> None:
    text = (
        "Northwind to cut jobs\n\n"
        "Northwind Energy will cut 300 jobs, the energy company said on Thursday.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Northwind Energy"]


def test_the_local_council_is_the_council_named_before(analysis_nlp: Language) -> None:
    text = (
        "Bins left uncollected\n\n"
        "Harrow Council has hired extra crews. The local council said bins would be emptied "
        "by Friday.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Harrow Council"]
