"""A second or a minute that words round it measure is a length of one: "a second behind
the winner", "a second quicker than", "a minute's silence"; "a second left-back", "a second
larger study" and "a second term" still rank, and "wait a second" is still no figure."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("She finished a second behind the winner.", "second"),
        ("Kowalski crossed the line a second behind the leader.", "second"),
        ("He was a second quicker than his team-mate.", "second"),
        ("The crowd held a minute's silence for the victims.", "minute"),
        ("There was a minute's silence before kick-off.", "minute"),
    ],
)
def test_a_second_or_a_minute_measured_is_one(nlp: Language, text: str, unit: str) -> None:
    assert (f"a {unit}", FigureKind.QUANTITY, 1.0, unit) in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The club signed a second left-back.",
        "It was a second larger study.",
        "She won a second term.",
    ],
)
def test_a_second_before_what_it_ranks_still_ranks(nlp: Language, text: str) -> None:
    assert ("second", FigureKind.ORDINAL, 2.0, None) in facts(nlp, text)


def test_wait_a_second_is_still_no_figure(nlp: Language) -> None:
    assert facts(nlp, "Wait a second, that is not what I said.") == []
