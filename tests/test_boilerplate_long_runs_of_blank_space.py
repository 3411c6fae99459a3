"""A text holding a long run of blank space (a PDF's padding, a page of empty lines) is read
as quickly as any other: the search for a menu's bars reads the run once, not once for each
blank in it, which took hours for a page of blanks."""

from __future__ import annotations

import pytest

from newslens.boilerplate import find_boilerplate

MENU = "Home | News | Sport | Weather"
STORY = "The bridge will reopen in May, the council said."


@pytest.mark.parametrize("blank", [" ", "\t", "\n", "\u00a0", " \n"])
def test_a_long_run_of_blanks_leaves_the_menu_found(blank: str) -> None:
    text = f"{STORY}\n{blank * 100_000}\n{MENU}\n"
    assert [text[start:end] for start, end in find_boilerplate(text)] == [MENU]
