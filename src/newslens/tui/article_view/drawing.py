"""Drawing the lines on screen: one cached Strip per line, built from plain-text Segments in
the styles of the layers over each piece of it, with a gutter for quotes, the claim and tags."""

from __future__ import annotations

from bisect import bisect_right

from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.strip import Strip

from newslens.tui.article_view.base import ViewBase
from newslens.tui.highlights import LAYER_GROUP, LayerSet, Runs, pieces, rank, split_mark
from newslens.tui.legend import readable

GUTTER = 3  # quote bar, claim/tag mark, a space
_CACHE_LIMIT = 4000  # cached strips; a few screens' worth is all that is ever reused


class DrawingMixin(ViewBase):
    """The view's lines, drawn in the styles of their layers."""

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._layer_styles.clear()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        index = scroll_y + y
        strip = self._strips.get(index)
        if strip is None:
            if not self._laid_out and self.size.width:
                # Painted before its first Resize is heard (the reader composed anew for an
                # article from the Library): wrapped to its width, not to the 80 columns it
                # started with, which the panel beside it cut off mid-word.
                self._relayout()
            if len(self._strips) > _CACHE_LIMIT:
                self._strips.clear()
            strip = self._strips[index] = self._build_strip(index)
            if index >= self._layout.wrapped_lines - 1:
                # A line past the old estimate was just wrapped: keep the scrollbar honest.
                self.call_later(self._update_virtual_size)
        base = self._style(_PLAIN)
        margin = self._margin()
        if margin:
            strip = Strip.join([Strip.blank(margin, base), strip])
        return strip.crop_extend(scroll_x, scroll_x + width, base)

    def _repaint(self) -> None:
        self._strips.clear()
        self.refresh()

    def _runs(self) -> list[Runs]:
        return [
            runs
            for runs in (
                self._analysis,
                self._marks,
                self._claim,
                self._match_runs,
                self._current_runs,
            )
            if runs
        ]

    def _visible(self, layers: LayerSet) -> LayerSet:
        hidden = self._hidden
        if not hidden:
            return layers
        return frozenset(
            name for name in layers if LAYER_GROUP.get(name, name.split(":")[0]) not in hidden
        )

    def _style(self, layers: LayerSet) -> Style:
        style = self._styles.get(layers)
        if style is None:
            style = self.rich_style
            for name in sorted(layers, key=rank):
                if name.startswith("mark:"):
                    style += self.get_component_rich_style("article--mark", partial=True)
                else:
                    style += self.get_component_rich_style(f"article--{name}", partial=True)
            if "claim" in layers and not layers & _MATCHES:  # a match has colours of its own
                style = self._readable_in_claim(style)
            self._styles[layers] = style
        return style

    def _readable_in_claim(self, style: Style) -> Style:
        """``style`` reading at WCAG's 4.5 on the marked claim's background: dark's distancing
        red there was 3.6, high-contrast's 4.0, a theme of default highlights' 1.1 to 2.2."""
        page = self.rich_style
        if page.color is None or page.bgcolor is None:
            return style
        text = Color.from_rich_color(page.color)
        if style.reverse:
            # A reversed cue's letters take the claim's background colour, its colour is the
            # block: its letters take the page's, on which its colour reads as outside.
            block = readable(Style(color=style.color), Color.from_rich_color(page.bgcolor), text)
            return style + Style(color=block.color, bgcolor=page.bgcolor)
        return readable(style, Color.from_rich_color(style.bgcolor or page.bgcolor), text)

    def _build_strip(self, index: int) -> Strip:
        span = self._layout.line(index)
        # rich_style walks every ancestor's styles: worth computing once, not per line.
        base = self._style(_PLAIN)
        if span is None:
            return Strip.blank(self._layout.width + GUTTER, base)
        start, end = span
        if start == end:
            return Strip([Segment(" " * GUTTER, base)])
        text = self.text
        runs = self._runs()
        if not runs:
            drawn = "".join(text[a:b] for a, b in self._drawn(start, end))
            return Strip([Segment(" " * GUTTER, base), Segment(drawn, base)])
        segments: list[Segment] = []
        seen: set[str] = set()
        for a, b, layers in pieces(runs, start, end):
            visible = self._visible(layers)
            seen.update(visible)
            style = self._style(visible) if visible else base
            segments.extend(Segment(text[x:y], style) for x, y in self._drawn(a, b))
        return Strip([*self._gutter(seen, base), *segments])

    def _drawn(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of ``[start, end)`` drawn: all but the spaces :func:`flowed` leaves
        out. Only what is drawn changes; every offset (lines, marks, matches) is the text's."""
        gaps = self._gaps
        index = bisect_right(self._gap_ends, start)
        if index == len(gaps) or gaps[index][0] >= end:
            return [(start, end)]
        parts = []
        while index < len(gaps) and gaps[index][0] < end:
            gap_start, gap_end = gaps[index]
            if gap_start > start:
                parts.append((start, gap_start))
            start = max(start, gap_end)
            index += 1
        if start < end:
            parts.append((start, end))
        return parts

    def _in_colour(self) -> bool:
        """Whether the terminal shows colours: not under NO_COLOR, nor on a monochrome
        terminal (TERM=dumb), where Textual draws in black and white."""
        return not self.app.no_color and self.app.console.color_system is not None

    def _gutter(self, layers: set[str], base: Style) -> list[Segment]:
        # A non-colour cue for quotes and tags: readable in 16 colours and under NO_COLOR.
        if "direct" in layers:
            bar = Segment("┃", self._style(frozenset({"direct"})))
        elif "indirect" in layers:
            bar = Segment("┆", self._style(frozenset({"indirect"})))
        else:
            bar = Segment(" ", base)
        marks = sorted(name for name in layers if name.startswith("mark:"))
        if "claim" in layers:
            mark = Segment("▸", self._style(_THE_MARK))
        elif marks:
            colour, sign = split_mark(marks[0])
            # Without colours every tag's dot is alike: "verified" and "false" told apart only
            # in the panel. There the tag's key digit (or letter) stands in for its colour.
            mark = Segment("●" if self._in_colour() else sign, base + _colour(colour))
        else:
            mark = Segment(" ", base)
        return [bar, mark, Segment(" ", base)]


_PLAIN: LayerSet = frozenset()
_MATCHES: LayerSet = frozenset({"match", "match-current"})
_THE_MARK: LayerSet = frozenset({"claim", "the-mark"})  # ▸, in the theme's colour "mark"


def _colour(name: str) -> Style:
    try:
        return Style(color=name)
    except Exception:  # a tag colour Rich cannot parse still shows, uncoloured
        return Style()
