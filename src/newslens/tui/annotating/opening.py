"""Opening the store and this article's annotations in a thread worker after the first
paint, and painting them in the article and the panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from newslens.annotations.anchoring import orphan_reason
from newslens.annotations.model import TagSet
from newslens.annotations.tags import DEFAULT_TAGS, load_tagset
from newslens.article import Article
from newslens.errors import NewslensError
from newslens.tui.annotating.base import AnnotatingBase
from newslens.tui.annotating.saving import READ_ONLY
from newslens.tui.annotating.shown import marks_for, own_passages, panel_annotations
from newslens.tui.article_view import ArticleView
from newslens.tui.orphans_told import remember_told, told_of
from newslens.wording import counted

if TYPE_CHECKING:
    from newslens.annotations.store import AnnotationStore, Opened


class OpeningMixin(AnnotatingBase):
    """The store opened, and what it holds on screen."""

    # -- opening the store ---------------------------------------------------

    @work(thread=True, exclusive=True, group="annotations")
    def open_annotations(self) -> None:
        """Open the store and this article's annotations, off the UI thread."""
        article = self.article
        problems: list[str] = []
        try:
            tagset = load_tagset(self.config.tags)
        except NewslensError as exc:
            problems.append(f"{exc}; using the default tags")
            tagset = DEFAULT_TAGS
        try:
            from newslens.annotations.store import open_store

            store = self.store or open_store(self.config)
            opened = store.open_document(article)
        except NewslensError as exc:
            self.call_from_thread(self._annotations_failed, str(exc), problems)
            return
        told = told_of(article)
        # Told of already, they are in the Library: only an orphan not told of is news.
        news = not {a.id for a in opened.orphans} <= told
        # Here, off the UI thread: each orphan's fuzzy search again, in what may be a long text.
        changed = (
            sum(orphan_reason(article.text, a).numbers_changed for a in opened.orphans)
            if news
            else None
        )
        self.call_from_thread(
            self._annotations_ready, store, tagset, article, opened, problems, told, changed
        )

    def _annotations_failed(self, message: str, problems: list[str]) -> None:
        self._store_problem = f"annotations unavailable: {message}"
        if self._on_store_open:
            self._on_store_open.clear()
            problems.append("the tags typed as the reader opened were not saved")
        self.save_status = "annotations unavailable"
        for problem in problems:
            self.notify(problem, severity="warning")
        self.notify(message, title="Annotations", severity="error", timeout=10)
        self._show_legend()

    def _annotations_ready(
        self,
        store: AnnotationStore,
        tagset: TagSet,
        article: Article,
        opened: Opened,
        problems: list[str],
        told: frozenset[str],
        numbers_changed: int | None,
    ) -> None:
        """``numbers_changed``: how many of the orphans are placeable but for their numbers;
        None when there is no orphan the reader has not been told of (in ``told``)."""
        if self.store is None:
            problems.extend(store.notices)
            # Another window on the same file may tag too: show what it saved.
            self.set_interval(1.0, self._reload_if_changed_elsewhere)
        self.store, self.tagset = store, tagset
        waiting, self._on_store_open = self._on_store_open, []
        if article is not self.article:
            return  # another article was opened meanwhile; its own opening follows
        for problem in problems:
            self.notify(problem, title="Annotations", severity="warning", timeout=10)
        orphans = {a.id for a in opened.orphans}
        if orphans != told:
            remember_told(article, orphans)
        if numbers_changed is not None:
            count = len(orphans)
            # Another number in the same words is not a deleted paragraph: a fact-checker
            # looks at the one again and forgets the other.
            gone = count - numbers_changed
            one = count == 1
            if not numbers_changed:
                why = " (it changed)"
            elif not gone:
                why = ": its numbers changed" if one else ": their numbers changed"
            else:
                why = f": {numbers_changed} whose numbers changed, {gone} no longer found"
            kept = "it is kept" if one else "they are kept"
            self.notify(
                f"{counted(count, 'annotation')} could not be placed in this text{why}; "
                f"{kept}: see the library ({self.key_for('library')})",
                severity="warning",
                timeout=8,
            )
        elif opened.moved:
            self.notify(
                f"the text changed: {counted(opened.moved, 'annotation')} moved with it", timeout=5
            )
        self.save_status = READ_ONLY if store.readonly else ""
        self._reload()
        if self._go_to_after_open is not None:
            wanted = self._go_to_after_open
            self._go_to_after_open = None
            found = next((a for a in self.annotations if a.id == wanted), None)
            if found is not None:
                self._go_to(found)
            else:
                orphan = next((a for a in opened.orphans if a.id == wanted), None)
                self._orphan_chosen(orphan)
        for tag in waiting:
            tag()

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    # -- showing -------------------------------------------------------------

    def _paint_annotations(self) -> None:
        self.view.set_marks(marks_for(self.annotations, self.tagset, self.tag_keys()))
        annotated, hidden = panel_annotations(self.annotations)
        passages = own_passages(self.annotations, self.analysis)
        # Refilling a list of hundreds of claims costs more than the whole commit: skip it
        # when nothing the lists show has changed (the store read again, another window).
        if (annotated, hidden, passages) != self._panel_annotations:
            self._panel_annotations = (annotated, hidden, passages)
            self.panel.set_annotations(annotated, hidden=hidden, passages=passages)
            self.status = self.counts(hidden)
        self._show_legend()

    def _reload(self) -> None:
        """Read the article's annotations again; a claim's tags follow the claim when this
        analysis reads it a little longer or shorter than the one they were made on."""
        assert self.store is not None
        claims = [(c.start, c.end) for c in self.analysis.claims] if self.analysis else []
        self.annotations = self.store.match_claims(self.article, claims)
        self._paint_annotations()

    def _reload_if_changed_elsewhere(self) -> None:
        # Its timer may fire once more while the reader closes: once the app has stopped
        # running, its widgets go one by one (the legend before the article view).
        if self.store is None or not self.is_running or not self.query(ArticleView):
            return
        if self.store.changed_elsewhere():
            self._reload()
