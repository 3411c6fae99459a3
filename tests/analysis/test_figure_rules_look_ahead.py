"""The money and range rules look for a digit before trying a currency sign's spellings: that
only saves time, and finds exactly what the rules find without it, in any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newslens.analysis.figures import _DIGIT_NEAR, _RULES

_HASTENED = [p for _, p in _RULES if p.pattern.startswith(_DIGIT_NEAR)]
_PIECES = ["Rs. ", "Rs.", "KSh ", "US$", "US$ ", "A$", "$", "£", "€", "R", "USD ", "CHF ", "\n"]
_PIECES += ["1", "12", "2,500", "3.5", " ", "m", "bn", " million", "-", "–", " to ", "%", "C"]
_PIECES += ["about ", "paid ", "x", ".", ","]


def test_the_rules_that_open_on_a_sign_or_a_number_look_ahead() -> None:
    assert len(_HASTENED) == 2


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_looking_for_a_digit_first_finds_what_the_rule_finds(text: str) -> None:
    for pattern in _HASTENED:
        plain = re.compile(pattern.pattern.removeprefix(_DIGIT_NEAR), pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
