"""The analysis in a process of its own, started before the reader is even imported.

Importing spaCy (~0.45 s), loading the model (~0.3 s) and analysing are CPU work
in Python: in a thread of the reader's process they would take turns with the
interface for the GIL, slowing both the first paint and every key press while a
long article is analysed. In a child process they run on another core, at the
same time as Textual starts. The reader's worker thread only waits for the result.

The child is forked (where the platform can) before any thread exists, so it
starts at once with the article already in memory; started later, from the
running reader, it is spawned instead (forking a threaded process is unsafe).

The forked child then waits (half a second at most) until the reader says its
first frame is out. On two cores, spaCy's import running beside Textual's start-up
made the first frame 1.38x a minimal Textual app's instead of 1.27x; waiting
costs the highlights some 0.15 s (benchmarks/first_paint.py).

A URL is fetched by the child too, before it analyses: the reader is up at once, saying
what it is fetching, instead of a terminal that shows nothing until the page is in
(a slow server may take the whole ``--timeout``); and the page's HTML is parsed on the
child's core, not the interface's.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import Any

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.errors import NewslensError
from newslens.sources import LoadOptions, load_article

# The child's address space is capped: an analysis that runs away with memory on a
# huge article fails with a message in the reader instead of taking the machine
# down with it. The sample article peaks near 330 MB of address space.
MEMORY_LIMIT = 2 * 1024**3

# The longest a forked child waits for the reader's first frame before starting anyway.
FIRST_FRAME_WAIT = 0.5
# The longest quitting waits for the child to keep an analysis it has sent: a few
# milliseconds for a news story; past this, the reader quits and the entry is not kept.
KEEP_WAIT = 1.0


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # not on this platform: no cap
        return
    with contextlib.suppress(ValueError, OSError):
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _analyse_in_child(
    source: Article | str,
    options: LoadOptions,
    model: str | None,
    memory_limit: int | None,
    send: Connection,
    go: Connection | None,
) -> None:
    # Background work: where cores are short, the interface comes first.
    with contextlib.suppress(OSError, AttributeError):
        os.nice(5)
    # One BLAS thread: OpenBLAS otherwise starts (and spins) one per core, taking the
    # interface's core too, and its start-up doubles numpy's import (~50 ms). spaCy's
    # small matrices gain nothing from more. A user's own setting is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if memory_limit:
        _limit_memory(memory_limit)
    try:
        if isinstance(source, str):
            # At once, not after the first frame: the reader has nothing to show until then.
            warnings: list[str] = []
            article = load_article(source, options, warnings.append)
            send.send(("article", article, tuple(warnings)))
        else:
            article = source
        # Imported in the child only: the reader's start-up pays for none of it.
        from newslens.analysis_cache import cache_key, cached_analysis, store_analysis

        # Before the wait for the first frame: reading a kept analysis is cheap, and then
        # the highlights follow the first frame at once, spaCy never imported.
        key = cache_key(article, model)
        cached = cached_analysis(article, key) if key is not None else None
        if cached is not None:
            send.send(("ok", cached))
            return
        if go is not None:
            go.poll(FIRST_FRAME_WAIT)
            go.close()
        # Imported in the child only: the reader's process never imports spaCy.
        from newslens.analysis.pipeline import analysis_pipeline, analyze_many

        def chunk_parsed(_: Article, done: int, total: int) -> None:
            # A long text takes a minute or more: the reader shows how far it has got.
            if total > 1:
                send.send(("chunks", done, total))

        nlp = analysis_pipeline(requested=model)
        analysis = next(analyze_many([article], nlp, chunk_parsed=chunk_parsed))
        send.send(("ok", analysis))
        # After sending: the reader shows the highlights without waiting for the write.
        if key is not None:
            store_analysis(key, analysis)
    except NewslensError as exc:
        send.send(("error", str(exc)))
    except MemoryError:
        gigabytes = (memory_limit or 0) / 1024**3
        send.send(("error", f"out of memory: the analysis needed more than {gigabytes:.1f} GB"))
    except Exception as exc:  # reported in the reader, which stays readable
        lines = str(exc).strip().splitlines()
        send.send(("error", f"{type(exc).__name__}: {lines[0] if lines else ''}".rstrip(": ")))
    finally:
        send.close()
        if go is not None:
            go.close()


@contextlib.contextmanager
def _real_stderr() -> Iterator[None]:
    """The process's own standard error while a child starts.

    Inside the running reader, Textual's print capture stands in for ``sys.stderr`` with a
    file number of -1; spawning passes that number to the child and fails ("bad value(s)
    in fds_to_keep"), so a second article opened from the Library could not be analysed.
    """
    captured = sys.stderr
    if sys.__stderr__ is not None:
        sys.stderr = sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = captured


class BackgroundAnalysis:
    """An analysis running in a child process; call it (from a worker) to wait for it.

    Given the URL of an article instead of the article, the child fetches it first:
    ``article`` stands in for it, saying so, until ``wait_for_article()`` has it.
    """

    def __init__(
        self,
        article: Article | str,
        model: str | None = None,
        memory_limit: int | None = MEMORY_LIMIT,
        *,
        options: LoadOptions | None = None,
    ) -> None:
        options = options or LoadOptions()
        # Forking is instant but safe only while this process has one thread (before
        # Textual starts); later (another article opened in the reader) it spawns.
        fork = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
        context: Any = multiprocessing.get_context("fork" if fork else "spawn")
        self.fetching = article if isinstance(article, str) else None  # the URL, if one
        self.article = article if isinstance(article, Article) else stand_in(article, options)
        self._warnings: tuple[str, ...] = ()
        self._answered = False  # the analysis came back; the child may be keeping it
        self.model = model
        # Told of each chunk of the text parsed, (done, total), on the thread that waits.
        self.chunk_parsed: Callable[[int, int], None] | None = None
        self._receive, send = context.Pipe(duplex=False)
        go: Connection | None = None
        self._go: Connection | None = None
        self._go_lock = threading.Lock()  # start() comes from the UI and the worker thread
        if fork:
            go, self._go = context.Pipe(duplex=False)
        self._process: Any = context.Process(
            target=_analyse_in_child,
            args=(article, options, model, memory_limit, send, go),
            daemon=True,
        )
        with _real_stderr():
            self._process.start()
        send.close()
        if go is not None:
            go.close()

    def wait_for_article(self) -> tuple[Article, tuple[str, ...]]:
        """The article, and what loading it warned of ("read as Windows-1252"): for a URL,
        once the child has fetched it (NewslensError saying why it could not)."""
        if self.fetching is not None:
            kind, *payload = self._next()
            if kind == "error":
                self._receive.close()
                raise NewslensError(payload[0])
            self.article, self._warnings = payload
            self.fetching = None
        return self.article, self._warnings

    def __call__(self, article: Article) -> Analysis:
        if article is not self.article or self.fetching is not None:
            raise ValueError("this background analysis was started for another article")
        self.start()
        try:
            message = self._next()
            while message[0] == "chunks":
                if self.chunk_parsed is not None:
                    self.chunk_parsed(*message[1:])
                message = self._next()
        finally:
            self._receive.close()
        kind, payload = message
        if kind == "error":
            raise NewslensError(payload)
        if not isinstance(payload, Analysis):
            raise NewslensError("the analysis process sent something that is not an Analysis")
        self._answered = True
        return payload

    def _next(self) -> tuple[Any, ...]:
        try:
            message: tuple[Any, ...] = self._receive.recv()
        except (EOFError, OSError):
            raise NewslensError(
                f"the analysis process ended without a result (exit code {self._process.exitcode})"
            ) from None
        return message

    def start(self) -> None:
        """Let a forked child begin now: the reader calls this once its first frame is out."""
        self._end_wait(signal=True)

    def _end_wait(self, *, signal: bool) -> None:
        with self._go_lock:
            if self._go is not None:
                if signal:
                    with contextlib.suppress(OSError):
                        self._go.send_bytes(b"go")
                self._go.close()
                self._go = None

    def close(self) -> None:
        """Stop the child if it is still working (the reader quit first)."""
        self._end_wait(signal=False)
        if self._answered:
            # It is writing the analysis to the cache, for the next opening to find: stopped
            # now, that would be lost (the write is atomic, so never left half done).
            self._process.join(timeout=KEEP_WAIT)
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=2)


def stand_in(url: str, options: LoadOptions) -> Article:
    # What the reader shows until the page is in; the article's own title replaces it.
    return Article(
        text=f"Fetching {url} …\n\n(giving up after {options.timeout:g} s)\n",
        title="Fetching…",
        source=url,
    )
