"""An earnings call's transcript labels each turn with the speaker's name and, after dashes,
their office or firm ("Mark Owusu -- Chief Financial Officer: …"): the turn is that person's,
and its "we" the firm's speaker, not the writer. The operator who hands over between turns
speaks for no one: "Operator: Our first question comes from …" is nobody's claim. An analyst's
firm is no part of their name, though the recogniser reads "Tom Lee -- Brown & Sons" as one
person, nor is the turn lost when the firm's name holds a comma."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

CALL = (
    "Corvane Bank results call transcript\n\n"
    "Operator: Good morning, and welcome to the Corvane Bank results call.\n\n"
    "Ana Ruiz -- Chief Executive Officer: Thank you. We had a strong quarter and lending grew.\n\n"
    "Operator: Our first question comes from Tom Hale at Barclays.\n\n"
    "Tom Hale -- Barclays -- Analyst: Can you say more about deposit costs?\n\n"
    "Ben Okafor -- Chief Financial Officer: We think deposit costs will ease from here.\n"
)


def test_each_turn_of_an_earnings_call_is_its_speaker_s(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, CALL)
    assert said(text, result) == [
        ("Ana Ruiz", ":", "Thank you. We had a strong quarter and lending grew."),
        ("Tom Hale", ":", "Can you say more about deposit costs?"),
        ("Ben Okafor", ":", "We think deposit costs will ease from here."),
    ]


@pytest.mark.parametrize("firm", ["Brown & Sons", "Keefe, Bruyette & Woods"])
def test_an_analyst_s_turn_is_theirs_not_their_firm_s(analysis_nlp: Language, firm: str) -> None:
    call = CALL.replace("Tom Hale -- Barclays --", f"Tom Hale -- {firm} --")
    text, result = run_with_text(analysis_nlp, call)
    assert ("Tom Hale", ":", "Can you say more about deposit costs?") in said(text, result)
    assert [s.name for s in result.speakers] == ["Ana Ruiz", "Tom Hale", "Ben Okafor"]
