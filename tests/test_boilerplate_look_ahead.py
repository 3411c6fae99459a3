"""Furniture found anywhere in a line ("Previous post", "All rights reserved") is looked for
only where a line has a letter such a phrase opens with: that only saves time, and finds
exactly what the phrases alone find, in any line."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newslens.boilerplate.lines import _ANYWHERE

_PLAIN = re.compile(_ANYWHERE.pattern.removeprefix("(?=[pnoau])(?:")[:-1], _ANYWHERE.flags)
_PIECES = ["Previous", "NEXT", "older", "Newer", " post", " Article", " story", " entry", "All"]
_PIECES += [" rights", " reserved", "uses", "USES", " cookies", " ", "x", ".", "ı", "ſ", "K"]
_PHRASES = [
    "Headline Previous post Headline",
    "next story older entry newer article",
    "© 2026 All rights reserved.",
    "This site uses cookies",
]


def _found(pattern: re.Pattern[str], line: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(line)]


def test_each_phrase_is_found_as_the_plain_pattern_finds_it() -> None:
    assert _PLAIN.pattern != _ANYWHERE.pattern
    for line in _PHRASES:
        for variant in (line, line.upper(), line.lower()):
            assert _found(_ANYWHERE, variant) == _found(_PLAIN, variant) != []


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_looking_ahead_finds_what_the_phrases_find(line: str) -> None:
    assert _found(_ANYWHERE, line) == _found(_PLAIN, line)
