"""A body described by where it is based or listed ("the Cambridge-based group", "the New
York-based group") is the body the story named before, not a speaker of its own."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_place_based_group_is_the_firm_named_before(analysis_nlp: Language) -> None:
    text = (
        "Chipmaker Veltrix cuts forecast\n\n"
        "Veltrix Semiconductor said demand from phone makers had weakened.\n\n"
        "The Cambridge-based group employs 14,000 people. It said it had no plans for job "
        "cuts.\n"
    )
    assert set(quote_speakers(analysis_nlp, text)) == {"Veltrix Semiconductor"}


def test_the_place_based_group_is_the_body_named_before(analysis_nlp: Language) -> None:
    text = (
        "Rights group condemns arrests\n\n"
        "The Nordic Press Freedom Foundation said on Monday that the arrests broke the "
        "law.\n\n"
        "The Oslo-based group said it would raise the case at the United Nations.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Nordic Press Freedom Foundation"] * 2
