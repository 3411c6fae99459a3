"""What the panel's mixins share: the tabs, and, for the type checker only, the panel's state
(set in ClaimsPanel.__init__) and what a mixin calls of another."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Mapping

    from textual.containers import Vertical
    from textual.widgets import TabbedContent

    from newslens.analysis.model import Analysis, Claim, Figure
    from newslens.article import Span
    from newslens.tui.claims_panel.rows import ClaimRow, Passage, RowAnnotation

    _PanelBase = Vertical
else:
    # Plain methods only: Textual would never collect an @on handler here (its message pump's
    # metaclass makes only the widget's own class); the handlers stay on the widget.
    _PanelBase = object


class PanelBase(_PanelBase):
    """The panel's state; each mixin of this package is one question (see its docstring)."""

    if TYPE_CHECKING:
        _text: str
        _waiting: str
        _analysis: Analysis | None
        _shown: list[ClaimRow]
        _annotated: Mapping[Span, RowAnnotation]
        _hidden: frozenset[Span]
        _passages: tuple[Passage, ...]
        _line_ends_inside: frozenset[int] | None
        speaker_filter: str | None
        in_text_order: bool
        _pointed: Span | None
        _pointed_marked: bool
        _compose_lists: bool
        built: asyncio.Event
        _failed: bool

        # The other mixin's own, that a mixin calls across modules.

        @property
        def shown_claims(self) -> list[Claim]: ...

        def current_claim(self) -> ClaimRow | None: ...

        def _point(self) -> None: ...

        def _show_row(self, row: ClaimRow | Figure, *, moved: bool) -> None: ...

        def _restore_filter(self, analysis: Analysis) -> None: ...

    def _tabs(self) -> TabbedContent:
        from textual.widgets import TabbedContent  # deferred like compose's; loaded by then

        return self.query_one("#panel-tabs", TabbedContent)
