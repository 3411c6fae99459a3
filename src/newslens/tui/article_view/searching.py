"""Searching the text: every match highlighted, and n and N between them."""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from newslens.tui.article_view.base import ViewBase
from newslens.tui.highlights import Runs
from newslens.tui.inert import inert
from newslens.tui.matching import NormalisedText

_MAX_MATCHES = 100_000


class SearchingMixin(ViewBase):
    """The matches of a search, and the current one."""

    def search(self, query: str) -> int:
        """Highlight every case-insensitive match of ``query``, whichever Unicode
        normalisation form it and the text are in; go to the first after the top.

        Returns the number of matches.
        """
        self._matches = []
        self._current_match = -1
        if query:
            if self._normalised is None:
                # A gap after a hyphen is inside a word the hyphen broke at a line end (any
                # other is the blanks after a space): the search finds the word as drawn.
                joins = [(start, end) for start, end in self._gaps if self.text[start - 1] == "-"]
                self._normalised = NormalisedText(self.text, joins)
            self._matches = self._normalised.find(inert(query), _MAX_MATCHES)
        self._match_runs = Runs.disjoint(self._matches, "match")
        self._current_runs = Runs(())
        if self._matches:
            top = self.top_offset
            first = next((i for i, (s, _) in enumerate(self._matches) if s >= top), 0)
            self._go_to_match(first)
        else:
            self._repaint()
        return len(self._matches)

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def current_match(self) -> int:
        return self._current_match

    @property
    def current_match_start(self) -> int | None:
        """Where the match n and N are on starts, None with no search shown."""
        return self._matches[self._current_match][0] if self._current_match >= 0 else None

    def next_match(self, step: int = 1) -> bool | None:
        """Go to the next match (``step`` 1) or the previous one (-1): from the current match
        while it is on screen, else from the screen, so that n after G is not the first match
        again, far behind: the first at or after its top, or the last before its bottom.

        Returns None with no matches, else whether it went round the end of the matches (from
        the last to the first, or back)."""
        if not self._matches:
            return None
        top, bottom = self.top_offset, self.bottom_offset
        current = self._current_match
        if current >= 0 and top <= self._matches[current][0] < bottom:
            index = current + step
        elif step > 0:
            index = bisect_left(self._matches, top, key=itemgetter(0))
        else:
            index = bisect_left(self._matches, bottom, key=itemgetter(0)) - 1
        self._go_to_match(index % len(self._matches))
        return not 0 <= index < len(self._matches)

    def _go_to_match(self, index: int) -> None:
        self._current_match = index
        start, end = self._matches[index]
        self._current_runs = Runs([(start, end, "match-current")])
        self._repaint()
        line = self._layout.line_of_offset(start)
        height = self.scrollable_content_region.height
        if not self.scroll_y <= line < self.scroll_y + height:
            self.scroll_to_offset(start)
