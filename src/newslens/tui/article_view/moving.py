"""Where the screen is in the text, said as less says it, and the keys and calls that move
it."""

from __future__ import annotations

from newslens.tui.article_view.base import ViewBase


class MovingMixin(ViewBase):
    """The screen's place in the text, and scrolling it."""

    @property
    def top_offset(self) -> int:
        """The text offset of the first line on screen."""
        span = self._layout.line(round(self.scroll_y))
        return span[0] if span else 0

    @property
    def bottom_offset(self) -> int:
        """The text offset just past the last line on screen."""
        span = self._layout.line(self._last_line_on_screen())
        return span[1] if span else len(self.text)

    def _last_line_on_screen(self) -> int:
        return round(self.scroll_y) + max(1, self.scrollable_content_region.height) - 1

    @property
    def position(self) -> str:
        """How far through the article the screen is, as less and vim say it: "top", "end",
        "all" (it fits on the screen), or the share of the text down to the screen's last
        line, "37%" (never "0%" or "100%", which would read as the top and the end).

        By text offsets, not screen lines: until the background wrapping is done the
        line count is an estimate, the offsets never are."""
        at_top = round(self.scroll_y) <= 0
        at_end = self._layout.line(self._last_line_on_screen() + 1) is None
        if at_top or at_end:
            return "all" if at_top and at_end else "top" if at_top else "end"
        share = self.bottom_offset * 100 // max(1, len(self.text))
        return f"{min(99, max(1, share)):>2}%"

    def _announce_position(self) -> None:
        # Only when what the status line says changes: a held j is not a message a line.
        position = self.position
        if position != self._position:
            self._position = position
            self.post_message(self.PositionChanged())

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._announce_position()

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the line holding ``offset`` sits a third of the way down."""
        line = self._layout.line_of_offset(offset)
        self._update_virtual_size()
        self._scroll_to_line(max(0, line - self.scrollable_content_region.height // 3))

    def _scroll_to_line(self, y: float) -> None:
        # At once, not after the next refresh: a key right behind this one in the same burst
        # (] ] ], j then ]) must see where the article is now. Forced: an article just put on
        # screen (opened from the Library at an annotation) has no scrollbar until its first
        # layout, and Textual scrolls only what shows one.
        self.scroll_to(y=y, animate=False, immediate=True, force=True)

    def action_line_down(self) -> None:
        self._scroll_to_line(self.scroll_y + 1)

    def action_line_up(self) -> None:
        self._scroll_to_line(self.scroll_y - 1)

    def action_page_down(self) -> None:
        self._scroll_to_line(self.scroll_y + self.scrollable_content_region.height)

    def action_page_up(self) -> None:
        self._scroll_to_line(self.scroll_y - self.scrollable_content_region.height)

    def action_half_page_down(self) -> None:
        self._scroll_to_line(self.scroll_y + self._half_page())

    def action_half_page_up(self) -> None:
        self._scroll_to_line(self.scroll_y - self._half_page())

    def _half_page(self) -> int:
        return max(1, self.scrollable_content_region.height // 2)

    def action_top(self) -> None:
        self._scroll_to_line(0)

    def go_to_line(self, number: int) -> None:
        """Screen line ``number`` (from 1) at the top of the screen, as less's 10G; the end,
        past it."""
        self._layout.ensure_line(number - 1)
        self._update_virtual_size()
        self._scroll_to_line(min(max(0, number - 1), self.max_scroll_y))

    def action_bottom(self) -> None:
        self._layout.ensure_line(1 << 62)
        self._update_virtual_size()
        self._scroll_to_line(self.max_scroll_y)
