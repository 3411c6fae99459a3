"""A story that names its local dollar, in any case, reads a bare "$" as that dollar; the names
are looked for only in a story that holds "dollar" or "loon", as each of them does."""

from __future__ import annotations

from newslens.analysis.figures.currencies import _DOLLAR_NAMES, local_dollar


def test_every_local_dollar_name_holds_dollar_or_loon() -> None:
    for names in _DOLLAR_NAMES.values():
        for name in names.split("|"):
            assert "dollar" in name.lower() or "loon" in name.lower(), name


def test_a_dollar_named_in_capitals_is_the_local_dollar() -> None:
    assert local_dollar("THE CANADIAN DOLLAR FELL. Shares cost $4.") == "CAD"
    assert local_dollar("The loonie fell. Shares cost $4.") == "CAD"


def test_a_story_naming_no_dollar_keeps_the_us_one() -> None:
    assert local_dollar("Shares in the Toronto firm cost $4.") is None
