"""The annotations' state, which the mixins of this package share, and what they read of the
app and of each other."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.binding import Binding
from textual.notifications import Notification
from textual.screen import Screen
from textual.timer import Timer

from newslens.analysis.model import Analysis
from newslens.annotations.model import Annotation, TagSet
from newslens.annotations.tags import DEFAULT_TAGS
from newslens.article import Article
from newslens.config import Config
from newslens.tui.annotating.targets import Target

if TYPE_CHECKING:
    # The store, the exports, the library and the dialogs are imported when first
    # used (after the first paint): every launch of the reader would pay for them
    # otherwise (the note editor's TextArea alone costs several ms).
    from newslens.annotations.store import AnnotationStore
    from newslens.tui.annotating.saving import _SpanWrite
    from newslens.tui.article_view import ArticleView
    from newslens.tui.claims_panel import ClaimsPanel, Passage, RowAnnotation
    from newslens.tui.library import LibraryScreen
    from newslens.tui.selection import SelectionBar, Span
    from newslens.tui.tag_dialogs import NoteEditor

    # Tags by span, the claims marked "not a claim", and the reader's own passages.
    PanelAnnotations = tuple[dict[Span, RowAnnotation], set[Span], list[Passage]]
    _AppBase = App[None]
else:
    _AppBase = object

# Why a write finds no store until the worker has opened it (its failure says another thing).
STILL_OPENING = "annotations are still opening"


class AnnotatingBase(_AppBase):
    """The state of the annotation actions; each mixin of this package is one (see its
    docstring)."""

    if TYPE_CHECKING:
        article: Article
        config: Config
        analyzer: Callable[[Article], Analysis]
        analysis: Analysis | None
        status: str
        _fetching: bool

        @property
        def view(self) -> ArticleView: ...

        @property
        def panel(self) -> ClaimsPanel: ...

        def _show_legend(self) -> None: ...

        def counts(self, hidden: Collection[Span]) -> str: ...

        def analyse(self) -> object: ...

        def _keys_shown(self, binding_id: str, binding: Binding) -> str: ...

        def key_for(self, binding_id: str) -> str: ...

        def reading(self, screen: Screen) -> bool: ...  # type: ignore[type-arg]

        def claims_to_come(self) -> bool: ...

        def remember_place(self) -> None: ...

        def say_where_reopened(self) -> None: ...

        # The other mixins' own, that a mixin calls across modules.

        def inform(
            self, message: str, *, timeout: float | None = ..., title: str = ...
        ) -> None: ...

        def _writable_store(self) -> AnnotationStore | None: ...

        def _save(self, write: Callable[[AnnotationStore], object], done: str) -> bool: ...

        def _save_on(
            self,
            target: Target,
            write: Callable[[AnnotationStore], _SpanWrite],
            value: str,
            done: str,
        ) -> bool: ...

        def _saved(self) -> None: ...

        def open_annotations(self) -> object: ...

        def _reload(self) -> None: ...

        def _mark(self, target: Target | None, *, jump: bool = ...) -> None: ...

        def _selection_bar(self) -> SelectionBar | None: ...

        def selection_done_with(self, annotated: Target | None) -> None: ...

        def _target(self) -> Target | None: ...

        def _annotation_at(self, target: Target) -> Annotation | None: ...

        def _quote(self, where: Target | Annotation, limit: int = ...) -> str: ...

        def _quoting(self, before: str, where: Target | Annotation, after: str = ...) -> str: ...

        def action_quick_tag(self, key: str) -> None: ...

        async def action_pick_tag(self) -> None: ...

        def action_restore_claim(self) -> None: ...

        def action_export_annotations(self) -> None: ...

        def _export(self, fmt: str | None) -> None: ...

        def export_listed(self, library: LibraryScreen) -> None: ...

        def _go_to(self, annotation: Annotation) -> None: ...

        def _orphan_chosen(self, orphan: Annotation | None) -> None: ...

        def tag_keys(self) -> dict[str, str]: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.store: AnnotationStore | None = None
        self.tagset: TagSet = DEFAULT_TAGS
        self.save_status = ""
        self.annotations: tuple[Annotation, ...] = ()  # placed ones in this article, by start
        self._store_problem = STILL_OPENING
        # Quick tags typed before the store was open, saved as soon as it is.
        self._on_store_open: list[Callable[[], None]] = []
        self._marked: Target | None = None  # what the article marks with ▸
        # What was marked as the Sources list took the keys, and that reader's panel.
        self._before_sources: tuple[ClaimsPanel | None, Target | None] = (None, None)
        # The note editor open now, with what its note is on and held when it opened.
        self._open_note: tuple[NoteEditor, Target, str] | None = None
        self._go_to_after_open: str | None = None
        # What the panel was last told: tags by span, hidden claims, the reader's passages.
        self._panel_annotations: PanelAnnotations = ({}, set(), [])
        self._informing: Notification | None = None  # the toast inform() shows now
        self._saved_shown: Timer | None = None  # takes "saved ✓" out of the status line
