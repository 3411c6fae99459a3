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
U+FE0F widens the character before; a skin-tone modifier, 👍🏽, is no cell for Rich and
two more for many terminals) and terminals differ on a soft hyphen (one cell or none).
They become a zero-width space, zero cells for Rich and every terminal.

Article text quoted on one line (the panel's lists, toasts, the selection bar) is also
flattened (:func:`flat`) and shortened at a word's end (:func:`clipped`) here.
"""

from __future__ import annotations

import re

from newslens.control_pictures import PICTURES, replacer
from newslens.wrapping import LINE_BREAK_HYPHEN

# C0 and C1 controls and DEL as pictures (newslens.control_pictures); newlines stay, as they
# separate paragraphs, and a tab reads best as a space. The bidirectional overrides that could
# reorder what the reader sees become U+FFFD.
_TABLE: dict[int, str] = {code: picture for code, picture in PICTURES.items() if code != 0x0A}
_TABLE[0x09] = " "
# A form feed, a PDF's page break, is layout, not words: a line end, so the article shows a
# blank line there (pdftotext puts it after the page's last line end), one-line text a space.
_TABLE[0x0C] = "\n"
_TABLE.update({code: "\ufffd" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_TABLE.update({code: "\u200b" for code in (0x00AD, 0x200D, 0xFE0F, *range(0x1F3FB, 0x1F400))})

_inert = replacer(_TABLE)
_BLANKS = re.compile(r" {2,}")


def inert(text: str) -> str:
    """``text`` with every terminal control replaced by a visible one-character stand-in,
    and each invisible character of disputed width by a zero-width space.

    Newlines stay (they separate paragraphs), and a page break is one.
    ``len(inert(t)) == len(t)`` always.
    """
    return _inert(text)


def inert_line(text: str) -> str:
    """Like :func:`inert`, for one-line labels (titles, names): newlines become spaces."""
    return inert(text).replace("\n", " ")


def flat(text: str) -> str:
    """Article text on one line, each run of blanks one space: spaces left at the end of a
    line wrapped by hand, and the line end after them, would show as a gap in mid-sentence,
    as would a paragraph break; a word a hyphen broke there ("passen-\ngers") is one word."""
    return _BLANKS.sub(" ", inert_line(LINE_BREAK_HYPHEN.sub("-", text)))


# How far back a cut looks for the end of a word: a longer word (an address, a run of
# digits) is cut inside, as a line of half its length would read worse.
_LONGEST_WORD_CUT = 16


def clipped(line: str, limit: int) -> str:
    """``line`` in at most ``limit`` characters, cut at the end of a word with "…": "chief
    economist…", not "chief economist a…", which reads as a word of its own."""
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if not line[limit - 1].isspace() and space >= max(1, len(cut) - _LONGEST_WORD_CUT):
        cut = cut[:space]
    return cut.rstrip() + "…"
