"""Which row is in hand: the claims listed, the lists' cursors, the tab shown, and stepping
through the claims with ] and [."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from textual.widgets import OptionList
from textual.widgets.option_list import OptionDoesNotExist

from newslens.analysis.model import Claim, Figure
from newslens.article import Span
from newslens.tui.claims_panel.base import PanelBase
from newslens.tui.claims_panel.rows import ALL_SPEAKERS, ClaimRow
from newslens.tui.stepped_list import PanelList, SteppedList

# The panel's tabs in order, each with its list.
_TAB_LISTS = {"claims-tab": "#claims", "sources-tab": "#sources", "figures-tab": "#figures"}


class CursorMixin(PanelBase):
    """The row under the lists' cursors, and moving it."""

    @property
    def shown_claims(self) -> list[Claim]:
        """The claims listed, without the reader's own passages among them."""
        return [row for row in self._shown if isinstance(row, Claim)]

    def place_of(self, start: int, end: int) -> tuple[ClaimRow, int, int] | None:
        """The row of the claims list on ``[start, end)`` if it is the highlighted one, with
        its place from 1 among the rows of its kind listed (claims, or the reader's passages)
        and how many those are: "claim 3 of 6" as the tab says "Claims 6"."""
        row = self.current_claim()
        if row is None or (row.start, row.end) != (start, end):
            return None
        same_kind = [
            shown for shown in self._shown if isinstance(shown, Claim) is isinstance(row, Claim)
        ]
        return row, same_kind.index(row) + 1, len(same_kind)

    def row_in_hand(self) -> ClaimRow | Figure | None:
        """The claim, passage or figure under the cursor of the claims or figures list, when
        that list has the focus: what the keys act on, and what the article marks."""
        if not self.built.is_set() or self._analysis is None:
            return None
        focused = self.screen.focused
        if focused is self.query_one("#claims", SteppedList):
            return self.current_claim()
        figures = self.query_one("#figures", SteppedList)
        index = figures.highlighted
        if focused is not figures or index is None or index >= figures.listed:
            return None
        return self._analysis.figures[index]

    def in_figures(self) -> bool:
        """Whether the Figures list has the focus: the keys act on a figure of it."""
        return self.built.is_set() and self.screen.focused is self.query_one("#figures")

    def in_sources(self) -> bool:
        """Whether the Sources list has the focus: its rows are speakers, none a passage the
        keys could act on."""
        return self.built.is_set() and self.screen.focused is self.query_one("#sources")

    def point_at(self, span: Span, *, marked: bool = False) -> None:
        """Put the cursor on the claim or passage at ``span``, in the Claims tab, or else on
        the figure there, in the Figures tab: now, or once the lists are filled. ``marked``:
        the article marks it too, as a move of the cursor to it does, if the screen shows it
        (an article reopened stays where it was left)."""
        self._pointed = span
        self._pointed_marked = marked
        self._point()

    def _point(self) -> None:
        if self._pointed is None or self._analysis is None or not self.built.is_set():
            return
        span, self._pointed = self._pointed, None
        lists: dict[str, Sequence[ClaimRow | Figure]] = {
            "claims-tab": self._shown,
            "figures-tab": self._analysis.figures,
        }
        for tab, rows in lists.items():
            index = next((i for i, row in enumerate(rows) if (row.start, row.end) == span), None)
            if index is not None:
                self._tabs().active = tab
                listed = self.query_one(_TAB_LISTS[tab], SteppedList)
                listed.list_through(index)
                listed.highlighted = index
                if self._pointed_marked:
                    self._show_row(rows[index], moved=False)
                return

    def enter_at(self, top: int, bottom: int) -> None:
        """Put the cursor of the focused claims or figures list, when it is on no row, on the
        row for where the article is read: the first in the text of the rows on screen
        (``[top, bottom)``), or else the first row. A digit pressed next tags it, and it is
        marked as a row the list takes the focus on is: the article stays where it is."""
        if not self.built.is_set() or self._analysis is None:
            return
        focused = self.screen.focused
        lists: dict[str, Sequence[ClaimRow | Figure]] = {
            "#claims": self._shown,
            "#figures": self._analysis.figures,
        }
        for selector, rows in lists.items():
            listed = self.query_one(selector, SteppedList)
            if listed is focused and listed.highlighted is None and rows:
                on_screen = [
                    i for i, row in enumerate(rows) if row.start < bottom and top < row.end
                ]
                index = min(on_screen, key=lambda i: rows[i].start, default=0)
                listed.list_through(index)
                # Not as a move of the cursor, which would bring the row into view.
                with listed.prevent(OptionList.OptionHighlighted):
                    listed.highlighted = index

    def action_switch_tab(self, delta: int) -> None:
        if not self.built.is_set():
            return
        tabs = self._tabs()
        order = list(_TAB_LISTS)
        current = order.index(tabs.active) if tabs.active in order else 0
        tabs.active = order[(current + delta) % len(order)]
        listed = self.query_one(_TAB_LISTS[tabs.active], PanelList)
        if tabs.active == "sources-tab" and listed.highlighted is None:
            self._on_the_filter(listed)  # ↓ is the next speaker, enter keeps it, as after f
        listed.focus()

    def _on_the_filter(self, sources: PanelList) -> None:
        """Put the Sources list's cursor on the filter in force: enter keeps it."""
        if self._analysis is None:
            return
        try:
            sources.highlighted = sources.get_option_index(self.speaker_filter or ALL_SPEAKERS)
        except OptionDoesNotExist:  # a speaker the analysis read again no longer has
            sources.highlighted = 0

    def show_sources(self) -> None:
        """Bring the Sources tab forward and focus it (to filter by speaker), its cursor on
        the filter in force: enter keeps it, ↓ from "all speakers" is the first speaker."""
        if not self.built.is_set():
            return
        self._tabs().active = "sources-tab"
        sources = self.query_one("#sources", PanelList)
        self._on_the_filter(sources)
        # Focused now, not after the messages already queued (``focus()`` waits for them):
        # keys typed in the same burst as f are for this list (the app holds them till here).
        self.screen.set_focus(sources)

    def current_claim(self) -> ClaimRow | None:
        """The claim (or passage) highlighted in the claims list, focused or not."""
        if not self.built.is_set():
            return None
        claims = self.query_one("#claims", SteppedList)
        index = claims.highlighted
        # The row after the listed claims says how many more there are: it is no claim.
        return self._shown[index] if index is not None and index < claims.listed else None

    def step(self, delta: int, reading_at: int | None = None) -> tuple[ClaimRow, bool] | None:
        """Move to the next (``delta`` 1) or previous (-1) row of the claims list, a claim or
        a passage, and highlight it; with the claims in text order, ``reading_at`` (a text
        offset) is where the next one is looked for instead of after the highlighted claim.

        The row is returned, not posted: the caller marks it at once, so a key right
        behind this one in the same burst (a digit) acts on it. With it, whether the step
        went round the list's end, from the last row to the first or back."""
        if not self._shown:
            return None
        claims = self.query_one("#claims", SteppedList)
        self._tabs().active = "claims-tab"
        current = claims.highlighted
        if reading_at is not None and self.in_text_order:
            after = bisect.bisect_left(self._shown, reading_at, key=lambda claim: claim.start)
            unwrapped = after if delta > 0 else after - 1
        elif current is None:
            unwrapped = 0 if delta > 0 else len(self._shown) - 1
        else:
            unwrapped = current + delta
        index = unwrapped % len(self._shown)
        claims.list_through(index)
        claims.highlighted = index
        return self._shown[index], index != unwrapped
