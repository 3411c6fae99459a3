"""The Library (L): an annotation chosen there shown, in this article or in another one,
which is loaded from its source (or the text the store kept) and composed in the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.compose import compose

from newslens.annotations.anchoring import orphan_reason
from newslens.annotations.model import Annotation
from newslens.article import Article
from newslens.errors import NewslensError
from newslens.sources import LoadOptions, is_url, load_article
from newslens.tui.annotating.base import AnnotatingBase
from newslens.tui.annotating.shown import toast_line
from newslens.tui.annotating.targets import annotation_target
from newslens.tui.background import BackgroundAnalysis, stand_in

if TYPE_CHECKING:
    from newslens.annotations.store import DocumentSummary
    from newslens.tui.library import Choice


class LibraryMixin(AnnotatingBase):
    """The Library, and another article opened from it."""

    async def action_library(self) -> None:
        if self.store is None:
            self.notify(self._store_problem, severity="warning", timeout=4)
            return
        from newslens.tui.library import LibraryScreen

        # Awaited: keys typed right after L are held until the filter is there to take them.
        library = LibraryScreen(
            self.store,
            self.tagset,
            self.article.fingerprint,
            tag_keys=list(self.tag_keys().values()),
            pick_key=self.key_for("tag"),
            export_key=self.key_for("library-export"),
        )
        await self.push_screen(library, self._library_chosen)

    def _library_chosen(self, choice: Choice | None) -> None:
        if choice is None:
            return
        summary, annotation = choice
        if summary.fingerprint == self.article.fingerprint:
            found = next((a for a in self.annotations if a.id == annotation.id), None)
            if found is None:
                self._orphan_chosen(annotation)
            else:
                self._go_to(found)
            return
        options = LoadOptions(self.config.max_bytes, self.config.url_timeout)
        if is_url(summary.source):
            self.run_worker(self._fetch_other(summary, annotation.id, options))
        else:
            self.inform(f"opening {summary.title or summary.source}…")
            self._load_other(summary.fingerprint, summary.source, annotation.id, options)

    async def _fetch_other(
        self, summary: DocumentSummary, annotation_id: str, options: LoadOptions
    ) -> None:
        # A page may take the whole timeout: show what is being fetched, as at start-up, and
        # the article left behind again if nothing comes of it.
        left = self.article
        await self._show_article(stand_in(summary.source, options), None, fetching=True)
        await self.panel.built.wait()
        self._load_other(summary.fingerprint, summary.source, annotation_id, options, left)

    def _orphan_chosen(self, orphan: Annotation | None) -> None:
        """Say why the annotation chosen in the library has no place in this text."""
        said = "that annotation is an orphan"
        if orphan is None:
            said += " in this version of the text"
        else:
            # Many changed numbers are cut to keep the toast on one line (toast_line).
            reason = orphan_reason(self.article.text, orphan)
            said += f": {reason.within(toast_line(self.size.width) - len(said) - len(': '))}"
        self.inform(said, timeout=5)

    def _go_to(self, annotation: Annotation) -> None:
        self.panel.point_at((annotation.start, annotation.end))
        self._mark(annotation_target(annotation))
        self.view.focus()

    @work(thread=True, exclusive=True, group="open-article")
    def _load_other(
        self,
        fingerprint: str,
        source: str,
        annotation_id: str,
        options: LoadOptions,
        left: Article | None = None,
    ) -> None:
        """Reload the article from its source, else from the text the store kept; when
        neither can be had, show ``left`` again (the article a page being fetched replaced)."""
        assert self.store is not None
        article: Article | None = None
        problem = ""
        warnings: list[str] = []
        if source != "-":
            try:
                article = load_article(source, options, warnings.append)
            except NewslensError as exc:
                problem = str(exc)
        if article is None:
            document = self.store.document(fingerprint)
            if document is None or document.text is None:
                message = problem or "the store has no text for this article"
                self.call_from_thread(self.notify, f"cannot open it: {message}", severity="error")
                if left is not None:
                    self.call_from_thread(lambda: self.run_worker(self._show_article(left, None)))
                return
            article = Article(text=document.text, title=document.title, source=document.source)
            if problem:
                self.call_from_thread(
                    self.notify,
                    f"{problem}; showing the text as it was annotated",
                    severity="warning",
                )
        loaded = article
        self.call_from_thread(lambda: self.run_worker(self._show_article(loaded, annotation_id)))
        for warning in warnings:  # "read as Windows-1252", a paywall: as on the command line
            self.call_from_thread(self.notify, warning, severity="warning")

    async def _show_article(
        self, article: Article, annotation_id: str | None, fetching: bool = False
    ) -> None:
        """Show another article in the reader, at ``annotation_id`` if one is given; while
        ``fetching``, ``article`` stands in for a page, and nothing is analysed or annotated."""
        self.remember_place()  # of the article left
        self.article = article
        self.analysis = None
        self._fetching = fetching
        self.status = "fetching…" if fetching else "analysing…"
        self.annotations = ()
        self._panel_annotations = ({}, set(), [])
        self._marked = None
        self._go_to_after_open = annotation_id
        if fetching:
            await self.compose_reader()
            self.view.focus()
            self._show_legend()
            return
        if isinstance(self.analyzer, BackgroundAnalysis):
            # That child process analyses the first article only: start one for this
            # article, with the same model, so the interface keeps its core.
            self.analyzer.close()
            self.analyzer = BackgroundAnalysis(article, self.analyzer.model)
        await self.compose_reader()
        self.view.focus()
        self._show_legend()
        self.say_where_reopened()
        self.analyse()
        self.open_annotations()

    async def compose_reader(self) -> None:
        """Compose the reader anew, for another article, as ``App.recompose`` would, but
        removing the screen's own children (each takes its children with it), not every
        widget on the screen at once: pruned all at once, a parent may still handle an event
        after its children have gone, and Textual's tabs then fail on a resize with no
        underline to move (a crash opening an article from the Library)."""
        if self._exit:
            return
        screen = self.screen
        async with screen.batch():
            await screen.query_children("*").exclude(".-textual-system").remove()
            await screen.mount_all(compose(self))
