"""What the app hands down to show: the analysis layers, the tag marks, the claim marked and
the layers hidden."""

from __future__ import annotations

from collections.abc import Iterable

from rich.style import Style

from newslens.tui.article_view.base import ViewBase
from newslens.tui.highlights import Mark, Runs, mark_spans


class LayersMixin(ViewBase):
    """The layers, marks and claim the app shows in the article."""

    def set_analysis_runs(self, runs: Runs) -> None:
        """Show the analysis layers (built off the UI thread by the app)."""
        self._analysis = runs
        self._repaint()

    def set_marks(self, marks: Iterable[Mark]) -> None:
        """Paint tag marks: an underline and a gutter dot in each mark's colour.

        Only the lines whose marks changed are rebuilt: a tag keystroke redraws its claim.
        """
        spans = set(mark_spans(marks))
        changed = spans.symmetric_difference(self._mark_spans)
        self._mark_spans = spans
        self._marks = Runs(spans)
        self._redraw((start, end) for start, end, _ in changed)

    def _redraw(self, spans: Iterable[tuple[int, int]]) -> None:
        """Rebuild the lines of ``spans`` only: the rest of the screen stays as it is drawn."""
        for start, end in spans:
            first = self._layout.line_of_offset(start)
            last = self._layout.line_of_offset(max(start, end - 1))
            for line in range(first, last + 1):
                self._strips.pop(line, None)
            self.refresh_lines(first, last - first + 1)

    @property
    def hidden_layers(self) -> frozenset[str]:
        return self._hidden

    def set_hidden_layers(self, hidden: Iterable[str]) -> None:
        self._hidden = frozenset(hidden)
        self._styles.clear()
        self._repaint()

    def show_span(self, start: int, end: int, *, jump: bool = True) -> None:
        """Mark ``[start, end)`` as the selected claim (or selection) and bring it into view.

        ``jump=False`` (a selection growing a word at a time) scrolls only as far
        as needed to keep its end on screen, and its start where the screen has room.
        """
        self.mark_span(start, end)
        if jump:
            self.scroll_to_offset(start)
            return
        line = self._layout.line_of_offset(max(start, end - 1))
        height = self.scrollable_content_region.height
        if line < self.scroll_y:
            self._scroll_to_line(line)
        elif line >= self.scroll_y + height:
            self._scroll_to_line(line - height + 1)
        else:
            # At the end of the article, the selection bar's rows taken from the screen kept
            # the last line in view, and the sentence v chose at the top went above it.
            first = self._layout.line_of_offset(start)
            if first < self.scroll_y:
                self._scroll_to_line(max(first, line - height + 1))

    def mark_span(self, start: int, end: int) -> None:
        """Mark ``[start, end)`` where it is, the article staying where the reader is."""
        # Only the lines of the claim marked before and of this one change: a step of the
        # cursor in the panel redrew the whole screen.
        before = self._marked_span()
        self._claim = Runs([(start, end, "claim")])
        self._redraw([(start, end)] if before is None else [before, (start, end)])

    def shows(self, offset: int) -> bool:
        """Whether text offset ``offset`` is on screen."""
        return self.top_offset <= offset < self.bottom_offset

    def clear_span(self) -> None:
        before = self._marked_span()
        self._claim = Runs(())
        self._redraw([] if before is None else [before])

    def layer_style(self, layer: str) -> Style:
        """The style a layer is drawn in (for the legend)."""
        # Textual forgets its own copy at every refresh, and the legend asks at every move.
        style = self._layer_styles.get(layer)
        if style is None:
            style = self.get_component_rich_style(f"article--{layer}", partial=True)
            self._layer_styles[layer] = style
        return style
