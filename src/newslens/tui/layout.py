"""Lazy word wrapping: article text into screen lines, only as far as anyone looks.

A screen line is a ``(start, end)`` slice of the article text, so every line keeps
its offsets and highlights map onto it directly. Each non-blank text line is a
paragraph; one blank screen line separates paragraphs, however many blank lines
(or none) the source had between them, except where the caller says a newline is a
line break inside a paragraph.

Wrapping a 5 MB article up front costs a noticeable fraction of a second before
the first paint; the first screen needs only the first paragraphs. So lines are
made on demand (:meth:`Layout.ensure_line`, :meth:`Layout.ensure_offset`) and the
view finishes the rest in small steps after the first paint.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from rich.cells import get_character_cell_size

# Anything outside printable Latin, Greek, Cyrillic and general punctuation (curly
# quotes, dashes, ellipsis) might be wide or zero-width; inside, one cell each.
_MAYBE_NOT_ONE_CELL = re.compile(
    "[^\x20-\x7e\xa0-\u02ff\u0370-\u0482\u048a-\u04ff\u2010-\u2027\u2030-\u205e]"
)


class Layout:
    """The screen lines of ``text`` at ``width`` cells, made as they are needed."""

    def __init__(
        self, text: str, width: int, line_break: Callable[[int], bool] | None = None
    ) -> None:
        self.text = text
        self.width = max(1, width)
        # Whether the newline at an offset, between two lines with words on them, starts a
        # screen line without a blank one before it. Asked as lines are wrapped, not up front:
        # a 5 MB article's every newline would hold up the first paint.
        self._line_break = line_break
        self._after_words = False  # whether the text line before the next has words on it
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._next = 0  # offset of the first text line not yet wrapped
        self._size = len(text)
        self._newlines_left = text.count("\n")  # for the estimate, without recounting

    @property
    def complete(self) -> bool:
        return self._next >= self._size

    @property
    def wrapped_lines(self) -> int:
        return len(self.starts)

    def estimated_lines(self) -> int:
        """The line count: exact once complete, a close guess before.

        The guess goes on at the lines per character wrapped so far: a formula of the
        width and the newlines missed by a third on text with blank lines between its
        paragraphs, and every step of the background wrapping then moved the scroll bar,
        each a redraw of the whole screen."""
        if self.complete:
            return len(self.starts)
        remaining = self._size - self._next
        if self.starts:
            return len(self.starts) + remaining * len(self.starts) // self._next
        paragraphs = self._newlines_left + 1
        # Greedy wrapping fills lines to ~90 % on prose; each paragraph adds a blank.
        return len(self.starts) + remaining * 10 // (self.width * 9) + 2 * paragraphs

    def ensure_line(self, index: int) -> None:
        """Wrap until screen line ``index`` exists (or the text ends)."""
        while len(self.starts) <= index and not self.complete:
            self._wrap_next_paragraph()

    def ensure_offset(self, offset: int) -> None:
        """Wrap until the paragraph holding text offset ``offset`` is laid out."""
        while self._next <= offset and not self.complete:
            self._wrap_next_paragraph()

    def wrap_some(self, lines: int) -> None:
        """Wrap about ``lines`` more screen lines: the background finishing step."""
        self.ensure_line(len(self.starts) + lines)

    def line_of_offset(self, offset: int) -> int:
        """The screen line showing text offset ``offset``."""
        self.ensure_offset(offset)
        return max(0, bisect_right(self.starts, offset) - 1)

    def line(self, index: int) -> tuple[int, int] | None:
        self.ensure_line(index)
        if index >= len(self.starts):
            return None
        return self.starts[index], self.ends[index]

    def _wrap_next_paragraph(self) -> None:
        text = self.text
        start = self._next
        newline = text.find("\n", start)
        end = self._size if newline == -1 else newline
        self._next = end + 1
        if newline != -1:
            self._newlines_left -= 1
        after_words, self._after_words = self._after_words, bool(text[start:end].strip())
        if not self._after_words:
            return
        line_break = after_words and self._line_break is not None and self._line_break(start - 1)
        if self.starts and not line_break:
            # The blank line between paragraphs sits at the previous paragraph's end.
            self.starts.append(start - 1)
            self.ends.append(start - 1)
        paragraph = text[start:end]
        # ASCII is one cell a character; so is most other prose (curly quotes,
        # accents, Greek, Cyrillic: a regex in C says so). Only a paragraph with a
        # character that may be wide or zero-width (CJK, emoji, combining marks)
        # needs the character-by-character walk; comparing its total cell width with
        # its length would not do, as a wide and a zero-width character cancel out.
        if paragraph.isascii() or _MAYBE_NOT_ONE_CELL.search(paragraph) is None:
            self._wrap_narrow(start, end)
        else:
            self._wrap_wide(start, end)

    def _wrap_narrow(self, start: int, end: int) -> None:
        text, width = self.text, self.width
        starts, ends = self.starts, self.ends
        pos = start
        while end - pos > width:
            limit = pos + width
            space = text.rfind(" ", pos + 1, limit + 1)
            if space == -1:
                starts.append(pos)
                ends.append(limit)
                pos = limit
                continue
            starts.append(pos)
            ends.append(space)
            pos = space + 1
            while pos < end and text[pos] == " ":
                pos += 1
        if pos < end or pos == start:
            starts.append(pos)
            ends.append(end)

    def _wrap_wide(self, start: int, end: int) -> None:
        text, width = self.text, self.width
        pos = start
        used = 0
        last_space = -1
        index = start
        while index < end:
            char = text[index]
            size = get_character_cell_size(char)
            if used + size > width and index > pos:
                if last_space > pos:
                    self.starts.append(pos)
                    self.ends.append(last_space)
                    index = last_space + 1
                else:
                    self.starts.append(pos)
                    self.ends.append(index)
                pos = index
                used = 0
                last_space = -1
                continue
            if char == " ":
                last_space = index
            used += size
            index += 1
        if pos < end:
            self.starts.append(pos)
            self.ends.append(end)
