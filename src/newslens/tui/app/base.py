"""What the reader's mixins share: its two widgets and which screen is its own, and, for the
type checker only, what they read of the app, of the annotating mixins and of each other."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.message_pump import MessagePump
from textual.screen import Screen

from newslens.tui.article_view import ArticleView
from newslens.tui.claims_panel import ClaimsPanel

if TYPE_CHECKING:
    from textual import events
    from textual.binding import Keymap
    from textual.worker import Worker

    from newslens.analysis.model import Analysis
    from newslens.annotations.model import TagSet
    from newslens.annotations.store import AnnotationStore
    from newslens.article import Article
    from newslens.config import Config
    from newslens.tui.annotating.base import PanelAnnotations
    from newslens.tui.annotating.targets import Target
    from newslens.tui.claims_panel import ClaimRow
    from newslens.tui.selection import SelectionBar
    from newslens.tui.tag_dialogs import NoteEditor

    _AppBase = App[None]
else:
    # Textual collects @on handlers only in the classes its message pump's metaclass makes:
    # in a mixin of plain object they would never run, without a word.
    _AppBase = MessagePump


class ReaderBase(_AppBase):
    """The reader's widgets; each mixin of this package is one question (see its docstring)."""

    if TYPE_CHECKING:
        # NewslensApp's state (set in its __init__).
        article: Article
        analyzer: Callable[[Article], Analysis]
        config: Config
        analysis: Analysis | None
        status: str
        keymap: dict[str, str]
        fetch_error: str | None
        _fetching: bool
        _reopened: bool
        _last_search: str
        _count: str | None
        _quit_refused_for: NoteEditor | None
        _opener: events.Key | None
        _held_keys: list[events.Key] | None
        _dialog_keys_for: tuple[Keymap, frozenset[str]] | None

        def _all_bindings(self) -> Iterable[tuple[str, Binding, str, str]]: ...

        # The other mixins' own, that a mixin calls across modules.

        def _show_legend(self) -> None: ...

        def counts(
            self,
            hidden: Collection[tuple[int, int]],
            marked: tuple[str, int, int] | None = ...,
            in_all: bool = ...,
            speakers: bool = ...,
        ) -> str: ...

        def say_where_reopened(self) -> None: ...

        def _keymap_bindings(self) -> Iterable[tuple[str, Binding, str]]: ...

        def _keys_shown(self, binding_id: str, binding: Binding) -> str: ...

        def key_for(self, binding_id: str) -> str: ...

        # The annotating mixins' (tui/annotating).

        store: AnnotationStore | None
        tagset: TagSet
        save_status: str
        _marked: Target | None
        _panel_annotations: PanelAnnotations
        _go_to_after_open: str | None

        def inform(
            self, message: str, *, timeout: float | None = ..., title: str = ...
        ) -> None: ...

        def open_annotations(self) -> Worker[None]: ...

        def _reload(self) -> None: ...

        def _selection_bar(self) -> SelectionBar | None: ...

        def leave_selection(self) -> None: ...

        def mark_claim(self, row: ClaimRow) -> None: ...

        def clear_mark(self) -> None: ...

        def back_from_sources(self) -> None: ...

        @property
        def note_editor(self) -> NoteEditor | None: ...

        def save_open_note(self) -> bool | None: ...

        def selection_bindings(self) -> list[tuple[str, Binding, str]]: ...

        async def compose_reader(self) -> None: ...

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def panel(self) -> ClaimsPanel:
        return self.query_one(ClaimsPanel)

    def claims_to_come(self) -> bool:
        """Whether the article's claims are still on their way: it is being fetched or
        analysed, and the analysis has not failed."""
        return self.analysis is None and self.status != "analysis failed"

    def reading(self, screen: Screen) -> bool:  # type: ignore[type-arg]
        """Whether ``screen`` is the reader's own, not the Library or a dialog over it: the
        reader's keys and commands act on an article the user cannot see anywhere else."""
        return bool(self.screen_stack) and screen is self.screen_stack[0]
