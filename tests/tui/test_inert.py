from __future__ import annotations

import pytest

from newslens.tui.inert import inert, inert_line

HOSTILE = [
    "\x1b[31mred\x1b[0m",  # CSI colours
    "\x1b]52;c;aGVsbG8=\x07",  # OSC 52 clipboard write, BEL-terminated
    "\x1b]0;title\x1b\\",  # OSC title change, ST-terminated
    "\x9b31m",  # 8-bit CSI
    "\x9d52;c;aGk=\x9c",  # 8-bit OSC … ST
    "ring\x07bell",
    "nul\x00byte",
    "back\x08space\x7f",
    "bidi \u202eevil\u202c",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_controls_become_visible_one_for_one(text: str) -> None:
    safe = inert(text)
    assert len(safe) == len(text)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in safe)
    assert "\u202e" not in safe


def test_escape_shows_as_a_control_picture() -> None:
    assert inert("\x1b[1m") == "␛[1m"
    assert inert("a\x07b\x00") == "a␇b␀"


def test_plain_text_and_newlines_are_untouched() -> None:
    text = "Plain “quoted” text\nwith [bold]markup[/bold] and 日本語."
    assert inert(text) is text


def test_tab_reads_as_a_space_and_one_line_labels_lose_newlines() -> None:
    assert inert("a\tb") == "a b"
    assert inert_line("a\nb\x1b") == "a b␛"


def test_invisible_characters_of_disputed_width_become_zero_width_spaces() -> None:
    # Rich joins what follows a zero-width joiner to what precedes it; terminals do not
    # agree on a soft hyphen's width: either would shift the rest of the line.
    assert inert("con\u200dtract per\u00adcent \u2764\ufe0f") == (
        "con\u200btract per\u200bcent \u2764\u200b"
    )
