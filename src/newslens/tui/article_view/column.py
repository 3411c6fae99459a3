"""The text's column: its width (a reading measure, centred when the view is wider), the
lines wrapped to it in steps after the first paint, and the place kept when it changes."""

from __future__ import annotations

from functools import partial

from textual.geometry import Size

from newslens.tui.article_view.base import ViewBase
from newslens.tui.article_view.drawing import GUTTER
from newslens.tui.article_view.flowing import _line_break
from newslens.tui.layout import Layout

# The widest the text is set, in cells, as a page's measure: a line across a wide terminal is
# hard to follow back to the start of the next. Wider, the column is centred.
READING_WIDTH = 100
_WRAP_STEP = 1000  # screen lines wrapped per background step (a few ms) after the first paint
# Layouts kept for widths the text had before: the panel shown and hidden, a terminal made
# wider and back. A long article's lines, wrapped again in steps, kept the screen redrawing
# for half a second after each `p`; kept, they cost a list of line starts and ends each.
_LAYOUTS_KEPT = 4


class ColumnMixin(ViewBase):
    """The text laid out to the view's width, and kept in place through a resize."""

    def _open_at_place(self) -> None:
        """Once the width is known: the line ``opening_at`` is on, first on screen."""
        if self._opening_at and self.size.width:
            line = self._layout.line_of_offset(self._opening_at)
            self._opening_at = 0
            self._layout.ensure_line(line + self.size.height)
            self._update_virtual_size()
            self._scroll_to_line(line)

    def _marked_span(self) -> tuple[int, int] | None:
        cuts = self._claim.cuts
        return (cuts[0], cuts[-1]) if cuts else None

    def _shown_before_resize(self, offset: int) -> bool:
        """Whether ``offset`` was on screen before the resize (on the old layout)."""
        line = self._layout.line_of_offset(offset)
        return round(self.scroll_y) <= line < round(self.scroll_y) + self._height

    def _scroll_into_view(self, start: int, end: int) -> None:
        """Scroll as little as brings ``[start, end)`` on screen, its start first if it is
        taller than the screen."""
        first = self._layout.line_of_offset(start)
        last = self._layout.line_of_offset(max(start, end - 1))
        height = self.scrollable_content_region.height
        if last >= self.scroll_y + height:
            self._scroll_to_line(min(first, last - height + 1))
        elif first < self.scroll_y:
            self._scroll_to_line(first)

    def _room(self) -> int:
        # The scrollbar's column is always kept free: it appears only once the
        # layout is known, and wrapping (and centring) must not depend on it.
        return self.size.width - self.styles.scrollbar_size_vertical - 1

    def _text_width(self) -> int:
        return min(READING_WIDTH, max(10, self._room() - GUTTER))

    def _margin(self) -> int:
        """The blank cells before the gutter that centre a column READING_WIDTH caps."""
        return max(0, (self._room() - GUTTER - self._layout.width) // 2)

    def _relayout(self) -> None:
        self._layout = self._kept_layout(self._text_width())
        self._laid_out = True
        self._strips.clear()
        self._layout.ensure_line(round(self.scroll_y) + max(self.size.height, 24))
        self._update_virtual_size()
        if self._wrap_timer is not None:
            self._wrap_timer.stop()
            self._wrap_timer = None
        # The rest is wrapped in small steps, only once the first screen is painted.
        self.call_after_refresh(self._start_wrapping, self._layout)

    def _kept_layout(self, width: int) -> Layout:
        """The layout at ``width``, as far as it was wrapped when the text last had it."""
        layout = self._layouts.pop(width, None) or self._new_layout(width)
        self._layouts[width] = layout  # the most recent last
        while len(self._layouts) > _LAYOUTS_KEPT:
            del self._layouts[next(iter(self._layouts))]
        return layout

    def _new_layout(self, width: int) -> Layout:
        if not self._keeps_line_breaks:
            return Layout(self.text, width)
        return Layout(self.text, width, partial(_line_break, self.text))

    def _start_wrapping(self, layout: Layout) -> None:
        if layout is self._layout and not layout.complete and self._wrap_timer is None:
            self._wrap_timer = self.set_interval(0.02, self._wrap_more)

    def _wrap_more(self) -> None:
        self._layout.wrap_some(_WRAP_STEP)
        # A new virtual size re-lays out and redraws the whole screen: only when the
        # estimate has moved by more than 1 %, or it is exact at last.
        old = self.virtual_size.height
        if self._layout.complete or abs(self._layout.estimated_lines() - old) * 100 > old:
            self._update_virtual_size()
        if self._layout.complete and self._wrap_timer is not None:
            self._wrap_timer.stop()
            self._wrap_timer = None

    def _update_virtual_size(self) -> None:
        size = Size(self._layout.width + GUTTER, self._layout.estimated_lines())
        if size != self.virtual_size:
            self.virtual_size = size
