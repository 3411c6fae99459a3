"""The furniture of a text asked for twice (by the claims and by the analysis's assembly) is
the same both times, and each caller gets a list of its own to change."""

from __future__ import annotations

from newslens.boilerplate import find_boilerplate

_TEXT = "Rain is due on Friday, the forecasters said.\n\nShare this article\nPrevious post\n"


def test_asking_again_gives_the_same_spans() -> None:
    first = find_boilerplate(_TEXT)
    assert first and find_boilerplate(_TEXT) == first


def test_each_caller_gets_its_own_list() -> None:
    first = find_boilerplate(_TEXT)
    first.clear()
    assert find_boilerplate(_TEXT) != []
