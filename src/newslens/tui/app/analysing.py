"""The thread workers: a URL's page fetched, then the article analysed; what they find (or
why they failed) is handed to the reader on its own thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from textual import work

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.errors import NewslensError
from newslens.tui.app.base import ReaderBase
from newslens.tui.background import BackgroundAnalysis
from newslens.tui.highlights import Runs, analysis_spans


class AnalysingMixin(ReaderBase):
    """The page fetched and the article analysed, in thread workers."""

    @work(thread=True, exclusive=True, group="analysis")
    def _wait_for_article(self) -> None:
        try:
            article, warnings = self.analyzer.wait_for_article()  # type: ignore[attr-defined]
        except NewslensError as exc:
            self._from_worker(self._fetch_failed, str(exc))
            return
        self._from_worker(lambda: self.run_worker(self._article_fetched(article, warnings)))

    async def _article_fetched(self, article: Article, warnings: Sequence[str]) -> None:
        self.article = article
        self._fetching = False
        self.status = "analysing…"
        self._marked = None  # nothing in the stand-in's text stays marked
        await self.compose_reader()
        self.view.focus()
        self._show_legend()
        self.say_where_reopened()
        for warning in warnings:
            self.notify(warning, severity="warning")
        self.analyse()
        self.open_annotations()

    def _fetch_failed(self, message: str) -> None:
        # As any source newslens cannot read: one line on standard error, exit code 2.
        self.fetch_error = message
        self.exit(return_code=2)

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self) -> None:
        article = self.article
        if isinstance(self.analyzer, BackgroundAnalysis):
            self.analyzer.chunk_parsed = partial(self._from_worker, self._chunks_parsed, article)
        try:
            analysis = self.analyzer(article)
            runs = Runs(analysis_spans(analysis))  # the sweep is built here, off the UI thread
        except NewslensError as exc:
            self._from_worker(self._analysis_failed, article, str(exc))
            return
        except Exception as exc:  # any failure must leave the text readable
            self._from_worker(self._analysis_failed, article, f"{type(exc).__name__}: {exc}")
            return
        self._from_worker(self._analysis_ready, article, analysis, runs)

    def _chunks_parsed(self, article: Article, done: int, total: int) -> None:
        # A long text keeps one waiting for a minute: "analysing… 33%", as the CLI's bar.
        if article is self.article and self.analysis is None:
            self.status = f"analysing… {100 * done // total}%"
            self._show_legend()

    def _from_worker(self, callback: Callable[..., object], *args: object) -> None:
        # After quitting, the loop is waiting for this very thread: do not wait for it.
        if self.is_running:
            self.call_from_thread(callback, *args)

    def on_unmount(self) -> None:
        # Python waits for a thread worker at exit and a thread cannot be interrupted:
        # stop the analysis itself (BackgroundAnalysis kills its process) so q is instant.
        close = getattr(self.analyzer, "close", None)
        if callable(close):
            close()

    def _analysis_ready(self, article: Article, analysis: Analysis, runs: Runs) -> None:
        if article is not self.article:
            return  # another article was opened meanwhile (the library): its own analysis follows
        self.analysis = analysis
        self.view.set_analysis_runs(runs)
        self.panel.set_analysis(analysis)
        self.status = self.counts(hidden=self._panel_annotations[1])
        if self.store is not None:
            self._reload()  # tags on claims this analysis reads a little differently
        self._show_legend()

    def _analysis_failed(self, article: Article, message: str) -> None:
        if article is not self.article:
            return  # the analysis of an article no longer shown (its process was stopped)
        self.status = "analysis failed"
        self.panel.show_failure()
        self._show_legend()
        self.notify(message, title="Analysis failed", severity="error", timeout=10)
