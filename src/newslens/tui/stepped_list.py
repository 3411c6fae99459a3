"""Lists of many rows (claims, figures) that stay quick.

``OptionList`` measures every option it holds when it is added and again on each
resize (~80 µs an option): 20,000 claims froze the reader for almost two seconds.
A :class:`SteppedList` holds a few hundred rows at a time; its last row lists more,
and jumping to a row further down (``]``) lists everything up to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.binding import BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newslens.tui.article_view import moving_bindings

MORE_ROWS = "__more__"
STEP = 300


class PanelList(OptionList):
    """An OptionList that also answers the article's keys, as less does (j/k, space/b, g/G,
    ctrl+d/u…), a row for a line: under the article's binding ids, so config.toml moves them
    in both."""

    ALLOW_MAXIMIZE = False  # as the article (article_view/): the reader has p instead

    _measured_width = -1  # the width the rows were last measured and drawn at

    @property
    def holds_no_passage(self) -> bool:
        """Whether no row here is a passage the annotating keys (t, e, a digit…) could act on:
        they only say to choose one, so the footer and the palette leave them out while the
        list has the focus, rather than offer them as if they worked."""
        return False

    BINDINGS: ClassVar[list[BindingType]] = moving_bindings(
        {
            "scroll-down": "row(1)",
            "scroll-up": "row(-1)",
            "page-down": "page_down",
            "page-up": "page_up",
            "half-page-down": "half_page(1)",
            "half-page-up": "half_page(-1)",
            "top": "first",
            "bottom": "last",
        }
    )

    def on_resize(self, event: events.Resize) -> None:
        # A list shown again on its tab is resized to the size it had: OptionList measured
        # and drew its every row again, hundreds of a long article's claims or figures
        # wrapped anew at each ← or →. Rows fit a width, not a height.
        width = self.scrollable_content_region.width
        if width == self._measured_width:
            event.prevent_default()
        self._measured_width = width

    def action_row(self, step: int) -> None:
        """The next or the previous row, stopping at the ends as the article stops at its
        own: OptionList went round from the last row to the first (j held down in a long
        list of claims went round and round it). ] and [ go round, as n and N do."""
        start = self.highlighted
        if step > 0:
            self.action_cursor_down()
        else:
            self.action_cursor_up()
        moved = self.highlighted
        if start is not None and moved is not None and (moved - start) * step < 0:
            self.highlighted = start

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        """A page down or up, as in the article: the list moves by the lines it shows, and the
        cursor as many lines on, to the first row starting there or after (up, before).
        OptionList moved the cursor to the row holding the line a page on, and scrolled only as
        far as that row: with rows of 4 or 5 lines in the narrow panel, a row, a line a page."""
        start, top, height = self.highlighted, self.scroll_y, self.scrollable_content_region.height
        if start is None:
            self._option_list_page(direction)  # to the first or last row
            return
        # OptionList keeps where each row's first line is (rows are of several lines).
        firsts = self._index_to_line
        at = firsts[start] + direction * height
        if direction > 0:
            rows = range(start + 1, self.option_count)
            index = next((i for i in rows if firsts[i] >= at), self.option_count - 1)
        else:
            rows = range(start - 1, -1, -1)
            index = next((i for i in rows if firsts[i] <= at), 0)
        if self.get_option_at_index(index).disabled:
            self._option_list_page(direction)  # which steps over a row that takes no cursor
            return
        self.highlighted = index  # which scrolls only as far as its row: the page goes on
        goes_to = min(max(top + direction * height, 0), self.max_scroll_y)
        self.scroll_to(y=goes_to, animate=False, immediate=True)
        self.scroll_to_highlight()  # a row taller than what is left of the screen

    def _option_list_page(self, direction: int) -> None:
        # Textual's page actions are not annotated (-> None).
        if direction > 0:
            super().action_page_down()  # type: ignore[no-untyped-call]
        else:
            super().action_page_up()  # type: ignore[no-untyped-call]

    def action_half_page(self, direction: int) -> None:
        """Move half as many rows as a page would (rows are of several lines), or to the first
        or last row where a page would (as vim does at the end): the page says where it goes,
        and the list is scrolled back to move only as far as half."""
        start, top = self.highlighted, self.scroll_y
        self._page(direction)
        paged = self.highlighted
        ends = (0, self.option_count - 1)
        if start is None or paged is None or paged in ends or abs(paged - start) < 2:
            return  # as far as the page went: from no row, to an end, or a row at most
        self.scroll_to(y=top, animate=False, immediate=True)
        self.highlighted = start + int((paged - start) / 2)


class SpeakersList(PanelList):
    """The Sources tab's list. Its rows are speakers, no passage."""

    @property
    def holds_no_passage(self) -> bool:
        return True


class SteppedList(PanelList):
    """``count`` rows made by ``prompt(index)``, listed ``step`` at a time."""

    def __init__(self, placeholder: str, *, noun: str, id: str | None = None) -> None:
        super().__init__(Option(placeholder, disabled=True), id=id)
        self._noun = noun  # "claims": for the "… 300 more claims" row
        self._count = 0
        self._listed = 0
        self._make_prompt: Callable[[int], Text] = lambda index: Text()

    @property
    def listed(self) -> int:
        """How many rows are in the list so far (the first ``listed`` of ``count``)."""
        return self._listed

    @property
    def holds_no_passage(self) -> bool:
        # The Figures tab of an article with none, or a list still waiting for the analysis.
        return self._count == 0

    def show(self, count: int, prompt: Callable[[int], Text], empty: str) -> None:
        self._set_count(count)
        self._make_prompt = prompt
        self._listed = min(count, STEP)
        self.set_options(self._rows(0, self._listed))
        if count == 0:
            self.add_option(Option(empty, disabled=True))
        self._add_more_row()

    def show_message(self, message: str) -> None:
        self._set_count(0)
        self._listed = 0
        self.set_options([Option(message, disabled=True)])

    def _set_count(self, count: int) -> None:
        had_rows, self._count = self._count > 0, count
        if self.has_focus and had_rows != (count > 0):
            # The footer reads holds_no_passage as the focus moves: rows come (the analysis
            # in) or go (a speaker with no claims) under a list that keeps it.
            self.refresh_bindings()

    def list_through(self, index: int) -> None:
        """Make sure row ``index`` is listed."""
        if index < self._listed or index >= self._count:
            return
        self.remove_option(MORE_ROWS)
        end = min(self._count, max(index + 1, self._listed + STEP))
        self.add_options(self._rows(self._listed, end))
        self._listed = end
        self._add_more_row()

    def action_last(self) -> None:
        """G (or End) on the last row, as in the article on the last line: the rows not yet
        listed are listed first, as [ from the first row lists them, rather than stopping on
        the row that lists more, which marks nothing."""
        self.list_through(self._count - 1)
        super().action_last()

    def replace_prompt(self, index: int, prompt: Text) -> None:
        if index < self._listed:
            self.replace_option_prompt_at_index(index, prompt)

    def _rows(self, start: int, end: int) -> list[Option]:
        return [Option(self._make_prompt(index)) for index in range(start, end)]

    def _add_more_row(self) -> None:
        more = self._count - self._listed
        if more > 0:
            row = Text(f"… {more:,} more {self._noun}: Enter lists {min(more, STEP)} more")
            row.stylize("italic")
            self.add_option(Option(row, id=MORE_ROWS))

    @on(OptionList.OptionSelected)
    def _more_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id != MORE_ROWS:
            return  # a real row: the message goes on up
        event.stop()
        first_new = self._listed
        self.list_through(first_new)
        self.highlighted = first_new
