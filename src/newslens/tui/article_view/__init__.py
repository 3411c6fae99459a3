"""The article view: a Line-API widget that draws only the lines on screen.

Textual's Line API (like its Log widget and the toolong viewer): ``render_line``
returns one cached :class:`Strip` per visible screen line, so a 5 MB article costs
no more per frame than a short one. Lines are wrapped lazily (see layout.py), and
every line is built from plain-text Segments: article text is never parsed as
markup, and controls were made inert before it got here.

Attributes down: the app hands the view analysis layers, tag marks, the claim to
show and the layers to hide; the view never reaches back into the app.

:class:`ArticleView` holds the view's state, its keys, its message and its lifecycle
(mounting, resizing), and is made of one mixin for each question, over ``base`` (what the
mixins read of the view and of each other, for the type checker): ``layers`` what the app
hands down to show, ``moving`` where the screen is in the text and scrolling it,
``searching`` the matches of a search, ``column`` the text's width and wrapping and the place
kept through a resize, ``drawing`` the lines drawn; ``keys`` the keys that move through the
text (the panel's lists and the dialogs bind them too) and ``flowing`` text wrapped by hand
made to flow are plain data and functions. A name with a leading underscore is the package's
own: its modules share it, and only they and their tests use it.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from textual.binding import BindingType
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer

from newslens.tui.article_view.column import READING_WIDTH, ColumnMixin
from newslens.tui.article_view.drawing import GUTTER, DrawingMixin
from newslens.tui.article_view.flowing import _page_breaks_flowing, flowed
from newslens.tui.article_view.keys import LESS_KEYS, MOVING_KEYS, moving_bindings
from newslens.tui.article_view.layers import LayersMixin
from newslens.tui.article_view.moving import MovingMixin
from newslens.tui.article_view.searching import SearchingMixin
from newslens.tui.highlights import LayerSet, Runs
from newslens.tui.inert import inert
from newslens.tui.layout import Layout
from newslens.tui.matching import NormalisedText

__all__ = [
    "GUTTER",
    "LESS_KEYS",
    "MOVING_KEYS",
    "READING_WIDTH",
    "ArticleView",
    "flowed",
    "moving_bindings",
]


class ArticleView(
    LayersMixin,
    MovingMixin,
    SearchingMixin,
    ColumnMixin,
    DrawingMixin,
    ScrollView,
    can_focus=True,
):
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
        "article--the-mark",
    }

    def __init__(self, text: str, *, opening_at: int = 0, id: str | None = None) -> None:
        """``opening_at``: the text offset whose line is the first on screen at first."""
        super().__init__(id=id)
        self._opening_at = opening_at
        self.text, self._keeps_line_breaks, self._gaps = flowed(inert(_page_breaks_flowing(text)))
        self._gap_ends = [end for _, end in self._gaps]
        self._layout = self._new_layout(80)
        self._laid_out = False  # wrapped to the view's own width yet: not before it has one
        self._layouts: dict[int, Layout] = {}
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
        self._layer_styles: dict[str, Style] = {}
        self._wrap_timer: Timer | None = None
        self._position = ""  # as last announced by PositionChanged
        self._height = 0  # the rows the text had before the last resize

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
        # A reader at the end stays there: the legend growing to two lines as the analysis
        # comes in took a row, and the text's last line dropped below the screen ("99%").
        at_end = self._position == "end"
        if self._text_width() != self._layout.width:
            top = self.top_offset
            self._relayout()
            self._scroll_to_line(self._layout.line_of_offset(top))
        if at_end:
            self.action_bottom()
        if marked is not None:
            self._scroll_into_view(*marked)
        self._open_at_place()
        self._height = self.scrollable_content_region.height
        self._announce_position()  # a taller screen may now show the end
