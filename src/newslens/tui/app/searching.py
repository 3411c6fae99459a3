"""Searching the article: the search bar (/), mounted when first opened, and its matches,
stepped through with n and N."""

from __future__ import annotations

from textual import on

from newslens.tui.annotating.shown import toast_line
from newslens.tui.app.base import ReaderBase
from newslens.tui.app.navigating import went_round_message
from newslens.tui.inert import clipped
from newslens.tui.legend import Legend
from newslens.tui.search import SearchBar

_SHORTEST_QUERY = 12  # characters of a query shown however little room the message leaves


class SearchMixin(ReaderBase):
    """The search bar (/) and its matches (n, N)."""

    async def action_search(self) -> None:
        bars = self.query(SearchBar)
        bar = bars.first() if bars else None
        if bar is None:
            bar = SearchBar(id="search")
            await self.mount(bar, before=self.query_one(Legend))
        bar.open()

    @on(SearchBar.Search)
    def _search(self, event: SearchBar.Search) -> None:
        self._back_from_search()
        if event.query:
            self._last_search = event.query
            self._find(event.query)
        else:
            self.view.search("")
            self._show_legend()

    def _find(self, query: str) -> int:
        count = self.view.search(query)
        self._show_legend()
        said = f"{count:,} match{'es' * (count != 1)} for " if count else "no match for "
        # The footer has no room for n and N at 80 columns: a reader new to less's keys
        # learns them here.
        keys = (
            f" · {self.key_for('next-match')} next, {self.key_for('previous-match')} previous"
            if count > 1
            else ""
        )
        # A long query is cut to keep the message on one line (toast_line): on two, the
        # toast covers the header's source line as well as the title.
        room = toast_line(self.size.width) - len(said) - len(keys) - len("''")
        self.inform(f"{said}{clipped(query, max(room, _SHORTEST_QUERY))!r}{keys}")
        return count

    @on(SearchBar.Closed)
    def _search_closed(self, event: SearchBar.Closed) -> None:
        # Nothing searched, nothing moved: the bar gave the keys back where they were (the
        # panel's list keeps its cursor), not to the article, where a search sends them;
        # where it could not, they go there. Given back, they stay: a key typed right after
        # esc may have moved them on already ("esc /", a search opened again).
        if not event.given_back:
            self._back_from_search()

    def _back_from_search(self) -> None:
        """The keys go back to the selection when the search was opened in selection mode
        (its bar still names them), else to the article."""
        bar = self._selection_bar()
        (bar if bar is not None and bar.display else self.view).focus()

    def action_next_match(self) -> None:
        self._next_match(1)

    def action_previous_match(self) -> None:
        self._next_match(-1)

    def _next_match(self, step: int) -> None:
        went_round = self.view.next_match(step)
        if went_round is not None:
            self._show_legend()
            if went_round:
                self.inform(went_round_message("match", step))
        elif not self._last_search:
            self.inform("no search yet: press / to search")
        # The matches were cleared (esc) or there were none: look for the last query again,
        # from the screen; N then takes the one before.
        elif self._find(self._last_search) and step < 0:
            self.view.next_match(step)
            self._show_legend()
