"""Article text made safe to put on a terminal, one character for one character.

Article text is untrusted. The reader builds its lines from plain-text Segments,
so Rich markup such as ``[bold red]`` or ``[@click=app.quit]`` is never parsed;
what is left is the terminal itself: an ESC, BEL or C1 control written raw would be
interpreted (colours, cursor moves, OSC 52 clipboard writes, a title change).
Every such character becomes a visible stand-in *before* wrapping and measuring,
and each stand-in is exactly one character, so offsets into the article still
index the shown text.

A few invisible characters would shift everything after them on a line, the panel's
border included: Rich measures them its own way (a zero-width joiner joins the
character after it into the one before, so "con\u200dtract" is one cell short;
U+FE0F widens the character before) and terminals differ on a soft hyphen (one cell
or none). They become a zero-width space, zero cells for Rich and every terminal.
"""

from __future__ import annotations

import re

# C0 controls show as their Unicode "control pictures" (U+2400 + code: ESC → ␛,
# BEL → ␇, NUL → ␀), DEL as ␡. Tab reads best as a space. C1 controls (U+0080–
# U+009F: CSI, OSC, ST … in their 8-bit form) and the bidirectional overrides that
# could reorder what the reader sees have no pictures: they become U+FFFD.
_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if code != 0x0A}
_TABLE[0x09] = " "
_TABLE[0x7F] = "\u2421"
_TABLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})
_TABLE.update({code: "\ufffd" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_TABLE.update({code: "\u200b" for code in (0x00AD, 0x200D, 0xFE0F)})

_UNSAFE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TABLE)) + "]")


def inert(text: str) -> str:
    """``text`` with every terminal control replaced by a visible one-character stand-in,
    and each invisible character of disputed width by a zero-width space.

    Newlines stay (they separate paragraphs). ``len(inert(t)) == len(t)`` always.
    """
    # Most articles have no controls at all: a regex search is far cheaper than
    # translating megabytes character by character.
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_TABLE)


def inert_line(text: str) -> str:
    """Like :func:`inert`, for one-line labels (titles, names): newlines become spaces."""
    return inert(text).replace("\n", " ")
