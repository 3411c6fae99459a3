"""The article view: a Line-API widget that draws only the lines on screen.

Textual's Line API (like its Log widget and the toolong viewer): ``render_line``
returns one cached :class:`Strip` per visible screen line, so a 5 MB article costs
no more per frame than a short one. Lines are wrapped lazily (see layout.py), and
every line is built from plain-text Segments: article text is never parsed as
markup, and controls were made inert before it got here.

Attributes down: the app hands the view analysis layers, tag marks, the claim to
show and the layers to hide; the view never reaches back into the app.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from functools import partial
from operator import itemgetter
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer

from newslens.tui.highlights import (
    LAYER_GROUP,
    LayerSet,
    Mark,
    Runs,
    mark_spans,
    pieces,
    rank,
)
from newslens.tui.inert import inert
from newslens.tui.layout import Layout
from newslens.tui.matching import NormalisedText
from newslens.wrapping import wrapped_line_ends

GUTTER = 3  # quote bar, claim/tag mark, a space
# The widest the text is set, in cells, as a page's measure: a line across a wide terminal is
# hard to follow back to the start of the next. Wider, the column is centred.
READING_WIDTH = 100
_CACHE_LIMIT = 4000  # cached strips; a few screens' worth is all that is ever reused
_WRAP_STEP = 1000  # screen lines wrapped per background step (a few ms) after the first paint
_MAX_MATCHES = 100_000
# The keys that move through the article, by binding id (keys, what they do), less's and
# vim's among them. The panel's lists and help answer them too, under the same ids: a key
# config.toml moves, moves in all three.
MOVING_KEYS = {
    "scroll-down": ("j,down,ctrl+e", "Down"),
    "scroll-up": ("k,up,ctrl+y", "Up"),
    "page-down": ("space,pagedown,ctrl+f,z", "Page down"),
    "page-up": ("b,pageup,ctrl+b,w", "Page up"),
    "half-page-down": ("ctrl+d,d", "Half a page down"),
    # Not less's u: that is undo (annotating/undoing.py), as it was before these keys came.
    "half-page-up": ("ctrl+u", "Half a page up"),
    "top": ("g,home,less_than_sign", "Top"),
    "bottom": ("G,end,greater_than_sign", "Bottom"),
}
# less's and vim's keys among them, as Textual names them. Config files written before
# newslens had them may give them to other bindings: there they give way (app.py).
LESS_KEYS = frozenset(
    {
        "ctrl+e",
        "ctrl+y",
        "ctrl+f",
        "ctrl+b",
        "ctrl+d",
        "ctrl+u",
        "d",
        "z",
        "w",
        "less_than_sign",
        "greater_than_sign",
    }
)


def moving_bindings(actions: Mapping[str, str]) -> list[BindingType]:
    """The MOVING_KEYS bindings, each to a widget's action: ``{binding id: action}``."""
    return [
        Binding(
            MOVING_KEYS[binding_id][0],
            action,
            MOVING_KEYS[binding_id][1],
            show=False,
            id=binding_id,
        )
        for binding_id, action in actions.items()
    ]


class ArticleView(ScrollView, can_focus=True):
    """The article text with its highlight layers."""

    # Not in the palette's Maximize: p gives the article the whole width, and a maximized
    # article hid the panel, legend and footer while p and esc changed what could not be seen.
    ALLOW_MAXIMIZE = False

    BINDINGS: ClassVar[list[BindingType]] = moving_bindings(
        {
            "scroll-down": "line_down",
            "scroll-up": "line_up",
            "page-down": "page_down",
            "page-up": "page_up",
            "half-page-down": "half_page_down",
            "half-page-up": "half_page_up",
            "top": "top",
            "bottom": "bottom",
        }
    )

    class PositionChanged(Message):
        """Where the reader is in the article (:attr:`ArticleView.position`) has changed."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--speaker",
        "article--mention",
        "article--direct",
        "article--indirect",
        "article--cue",
        "article--stance-assertive",
        "article--stance-distancing",
        "article--stance-concessive",
        "article--stance-tentative",
        "article--figure",
        "article--boilerplate",
        "article--claim",
        "article--match",
        "article--match-current",
        "article--mark",
    }

    def __init__(self, text: str, *, opening_at: int = 0, id: str | None = None) -> None:
        """``opening_at``: the text offset whose line is the first on screen at first."""
        super().__init__(id=id)
        self._opening_at = opening_at
        self.text, self._keeps_line_breaks, self._gaps = flowed(inert(_page_breaks_flowing(text)))
        self._gap_ends = [end for _, end in self._gaps]
        self._layout = self._new_layout(80)
        self._analysis = Runs(())
        self._marks = Runs(())
        self._mark_spans: set[tuple[int, int, str]] = set()
        self._claim = Runs(())
        self._normalised: NormalisedText | None = None  # made by the first search
        self._matches: list[tuple[int, int]] = []
        self._match_runs = Runs(())
        self._current_match = -1
        self._current_runs = Runs(())
        self._hidden: frozenset[str] = frozenset()
        self._strips: dict[int, Strip] = {}
        self._styles: dict[LayerSet, Style] = {}
        self._wrap_timer: Timer | None = None
        self._position = ""  # as last announced by PositionChanged
        self._height = 0  # the rows the text had before the last resize

    # -- attributes down -------------------------------------------------

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
        for start, end, _ in changed:
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
        as needed to keep its end on screen.
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

    def mark_span(self, start: int, end: int) -> None:
        """Mark ``[start, end)`` where it is, the article staying where the reader is."""
        self._claim = Runs([(start, end, "claim")])
        self._repaint()

    def shows(self, offset: int) -> bool:
        """Whether text offset ``offset`` is on screen."""
        return self.top_offset <= offset < self.bottom_offset

    def clear_span(self) -> None:
        self._claim = Runs(())
        self._repaint()

    def layer_style(self, layer: str) -> Style:
        """The style a layer is drawn in (for the legend)."""
        return self.get_component_rich_style(f"article--{layer}", partial=True)

    # -- navigation ----------------------------------------------------------

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

    def action_bottom(self) -> None:
        self._layout.ensure_line(1 << 62)
        self._update_virtual_size()
        self._scroll_to_line(self.max_scroll_y)

    # -- search ----------------------------------------------------------------

    def search(self, query: str) -> int:
        """Highlight every case-insensitive match of ``query``, whichever Unicode
        normalisation form it and the text are in; go to the first after the top.

        Returns the number of matches.
        """
        self._matches = []
        self._current_match = -1
        if query:
            if self._normalised is None:
                self._normalised = NormalisedText(self.text)
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

    def next_match(self, step: int = 1) -> bool:
        """Go to the next match (``step`` 1) or the previous one (-1): from the current match
        while it is on screen, else from the screen, so that n after G is not the first match
        again, far behind: the first at or after its top, or the last before its bottom."""
        if not self._matches:
            return False
        top, bottom = self.top_offset, self.bottom_offset
        current = self._current_match
        if current >= 0 and top <= self._matches[current][0] < bottom:
            index = current + step
        elif step > 0:
            index = bisect_left(self._matches, top, key=itemgetter(0))
        else:
            index = bisect_left(self._matches, bottom, key=itemgetter(0)) - 1
        self._go_to_match(index % len(self._matches))
        return True

    def _go_to_match(self, index: int) -> None:
        self._current_match = index
        start, end = self._matches[index]
        self._current_runs = Runs([(start, end, "match-current")])
        self._repaint()
        line = self._layout.line_of_offset(start)
        height = self.scrollable_content_region.height
        if not self.scroll_y <= line < self.scroll_y + height:
            self.scroll_to_offset(start)

    # -- rendering -------------------------------------------------------------

    def on_mount(self) -> None:
        if self.size.width:  # else the first resize lays it out
            self._relayout()
            self._open_at_place()
        self._announce_position()

    def on_resize(self) -> None:
        # The panel opening under or beside the article takes rows or columns from it: the
        # claim marked on the screen's last lines would drop out of view.
        marked = self._marked_span()
        if marked is not None and not self._shown_before_resize(marked[0]):
            marked = None  # read past: the article stays where the reader is
        if self._text_width() != self._layout.width:
            top = self.top_offset
            self._relayout()
            self._scroll_to_line(self._layout.line_of_offset(top))
        if marked is not None:
            self._scroll_into_view(*marked)
        self._open_at_place()
        self._height = self.scrollable_content_region.height
        self._announce_position()  # a taller screen may now show the end

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

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        index = scroll_y + y
        strip = self._strips.get(index)
        if strip is None:
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
        self._layout = self._new_layout(self._text_width())
        self._strips.clear()
        self._layout.ensure_line(round(self.scroll_y) + max(self.size.height, 24))
        self._update_virtual_size()
        if self._wrap_timer is not None:
            self._wrap_timer.stop()
            self._wrap_timer = None
        # The rest is wrapped in small steps, only once the first screen is painted.
        self.call_after_refresh(self._start_wrapping, self._layout)

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
            self._styles[layers] = style
        return style

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
            mark = Segment("▸", self._style(frozenset({"claim"})))
        elif marks:
            mark = Segment("●", base + _colour(marks[0].split(":", 1)[1]))
        else:
            mark = Segment(" ", base)
        return [bar, mark, Segment(" ", base)]


_PLAIN: LayerSet = frozenset()


def _page_breaks_flowing(text: str) -> str:
    """``text`` with each page break (a form feed) that falls inside a paragraph wrapped by
    hand a space, so the paragraph goes on across it ("… until the\n\fend of the year");
    one between paragraphs is left for :func:`inert` to draw as a blank line. One character
    for one."""
    if "\f" not in text:
        return text
    inside = [at + 1 for at in wrapped_line_ends(text) if text.startswith("\f", at + 1)]
    if not inside:
        return text
    chars = list(text)
    for at in inside:
        chars[at] = " "
    return "".join(chars)


def flowed(text: str) -> tuple[str, bool, list[tuple[int, int]]]:
    """``text`` with each line break inside a paragraph wrapped by hand (an email, a PDF,
    wire copy) made a space, so the paragraph is wrapped to the screen as one; whether
    the line breaks left between two lines with words on them are line breaks inside a
    paragraph (a short line that ends a sentence, a list's lines) rather than paragraph
    ends: so in a text wrapped by hand that sets its paragraphs apart with blank lines
    (without those, a short line is all that ends a paragraph, and the reader's blank row
    is what shows it); and the spaces not to draw, sorted ``(start, end)`` ranges: all but
    the first of the blanks around each joined line end, as spaces left at the end of a
    line ("pier for   \nrepairs") would show as a gap in mid-sentence.

    Left as they were, each ~70-character line was a paragraph of its own: a blank line
    after every line, and a word or two left over on a row of its own at a width just
    under the text's. One space for one newline, so every offset stays as it was.
    """
    if "\n" not in text:
        return text, False, []
    soft = sorted(at for at in wrapped_line_ends(text) if not _email_quoted(text, at))
    if not soft:
        return text, False, []
    chars = list(text)
    for at in soft:
        chars[at] = " "
    gaps = []
    for at in soft:
        start, end = at, at + 1
        while start > 0 and chars[start - 1] == " ":
            start -= 1
        while end < len(chars) and chars[end] == " ":
            end += 1
        if end - start > 1:
            gaps.append((start + 1, end))
    return "".join(chars), _BLANK_LINE.search(text) is not None, gaps


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _line_break(text: str, newline: int) -> bool:
    """Whether a newline that :func:`flowed` kept between two lines with words is drawn as a
    line break. Not beside an email's "> " line: each of those stays a paragraph of its own,
    the marks at its start setting it apart."""
    return not _email_quoted(text, newline)


def _email_quoted(text: str, newline: int) -> bool:
    """Whether the line before or after ``newline`` is quoted with an email's "> ": joined,
    the marks (which cannot be dropped without moving offsets) would stand mid-line."""
    before = text.rfind("\n", 0, newline) + 1
    after = text[newline + 1 : newline + 80].lstrip(" \t")
    return text[before:newline].lstrip().startswith(">") or after.startswith(">")


def _colour(name: str) -> Style:
    try:
        return Style(color=name)
    except Exception:  # a tag colour Rich cannot parse still shows, uncoloured
        return Style()
