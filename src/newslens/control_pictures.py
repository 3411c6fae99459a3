"""Control characters shown as characters, one for one, for the reader and the exports alike.

Article text is untrusted: an ESC, BEL or C1 control written raw to a terminal is acted on
(colours, cursor moves, OSC 52 clipboard writes), and HTML does not allow them at all. Each
becomes a visible stand-in of exactly one character, so offsets into the text still index it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

# C0 controls as their Unicode "control pictures" (U+2400 + code: ESC → ␛, BEL → ␇,
# NUL → ␀), DEL as ␡; C1 controls (U+0080–U+009F: CSI, OSC, ST … in their 8-bit form) have
# no pictures and become U+FFFD. Each user leaves out or changes what it needs to keep.
PICTURES: Mapping[int, str] = {
    **{code: chr(0x2400 + code) for code in range(0x20)},
    0x7F: "\u2421",
    **dict.fromkeys(range(0x80, 0xA0), "\ufffd"),
}


def replacer(table: Mapping[int, str]) -> Callable[[str], str]:
    """A function that replaces each character ``table`` names by its stand-in."""
    unsafe = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(table)) + "]")
    translation = dict(table)

    def replace(text: str) -> str:
        # Nearly every text has none: a search is far cheaper than translating it all.
        return text if unsafe.search(text) is None else text.translate(translation)

    return replace
