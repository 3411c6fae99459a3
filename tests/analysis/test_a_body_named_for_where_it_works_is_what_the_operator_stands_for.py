"""A body named for what it does and whom or where it serves ("Transport for Wales") is a
body, shown by its whole name, and a later "the operator", "the company" or "it" stands for
it, not for a firm named earlier in the story."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_operator_in_a_later_entry_is_the_body_named_for_its_region(
    analysis_nlp: Language,
) -> None:
    text = (
        "Storm live: power cuts and rail disruption\n\n"
        "Updated 10:40\n\n"
        "Northern Grid, the energy firm, said about 4,000 homes were without power.\n\n"
        "Updated 11:05\n\n"
        "Transport for Wales said trains would be cut.\n\n"
        "Updated 11:20\n\n"
        "The operator said replacement buses would run.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Northern Grid",
        "Transport for Wales",
        "Transport for Wales",
    ]


def test_it_and_the_company_are_the_body_named_for_its_region(analysis_nlp: Language) -> None:
    text = (
        "Rail fares to rise in spring\n\n"
        "Northern Grid said about 4,000 homes were without power on Tuesday.\n\n"
        "Transport for Wales said trains would be cut from May. It said replacement buses "
        "would run. The company said fares would rise by 4%.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Northern Grid"] + ["Transport for Wales"] * 3
