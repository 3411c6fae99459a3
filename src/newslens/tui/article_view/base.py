"""What the article view's mixins share, for the type checker only: the view's state (set in
ArticleView.__init__) and what a mixin calls of another."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from rich.style import Style
    from textual.message import Message
    from textual.scroll_view import ScrollView
    from textual.strip import Strip
    from textual.timer import Timer

    from newslens.tui.highlights import LayerSet, Runs
    from newslens.tui.layout import Layout
    from newslens.tui.matching import NormalisedText

    _ViewBase = ScrollView
else:
    # Plain methods only: Textual would never collect an @on handler here (its message pump's
    # metaclass makes only the widget's own class); lifecycle handlers stay on the widget.
    _ViewBase = object


class ViewBase(_ViewBase):
    """The article view's state; each mixin of this package is one question (see its
    docstring)."""

    if TYPE_CHECKING:
        PositionChanged: ClassVar[type[Message]]
        text: str
        _keeps_line_breaks: bool
        _gaps: list[tuple[int, int]]
        _gap_ends: list[int]
        _opening_at: int
        _layout: Layout
        _layouts: dict[int, Layout]
        _laid_out: bool
        _analysis: Runs
        _marks: Runs
        _mark_spans: set[tuple[int, int, str]]
        _claim: Runs
        _normalised: NormalisedText | None
        _matches: list[tuple[int, int]]
        _match_runs: Runs
        _current_match: int
        _current_runs: Runs
        _hidden: frozenset[str]
        _strips: dict[int, Strip]
        _styles: dict[LayerSet, Style]
        _layer_styles: dict[str, Style]
        _wrap_timer: Timer | None
        _position: str
        _height: int

        # The other mixins' own, that a mixin calls across modules.

        @property
        def top_offset(self) -> int: ...

        @property
        def bottom_offset(self) -> int: ...

        def scroll_to_offset(self, offset: int) -> None: ...

        def _scroll_to_line(self, y: float) -> None: ...

        def _update_virtual_size(self) -> None: ...

        def _relayout(self) -> None: ...

        def _margin(self) -> int: ...

        def _marked_span(self) -> tuple[int, int] | None: ...

        def _repaint(self) -> None: ...
