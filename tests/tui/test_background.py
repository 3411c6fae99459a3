"""The analysis child process: fetching a URL, results, errors and stopping it early."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

from newslens.analysis import pipeline
from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.errors import NewslensError
from newslens.sources import LoadOptions
from newslens.tui import background
from newslens.tui.background import BackgroundAnalysis
from tests.http_server import serve


def test_a_failing_analysis_comes_back_as_a_user_error() -> None:
    article = Article(text="Mayor Ann Holt said the wall will hold.\n")
    analysis = BackgroundAnalysis(article, model="no_such_model_for_newslens_tests")
    with pytest.raises(NewslensError, match="no_such_model_for_newslens_tests"):
        analysis(article)
    analysis.close()


def test_close_stops_a_running_analysis() -> None:
    article = Article(text="Words. " * 1000)
    analysis = BackgroundAnalysis(article)
    analysis.close()
    assert not analysis._process.is_alive()
    with pytest.raises(NewslensError, match="ended without a result"):
        analysis(article)


def test_it_answers_only_for_its_own_article() -> None:
    article = Article(text="One.\n")
    analysis = BackgroundAnalysis(article, model="no_such_model_for_newslens_tests")
    with pytest.raises(ValueError, match="another article"):
        analysis(Article(text="Two.\n"))
    analysis.close()


fork_only = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="the child sees the test's stand-ins only when forked",
)


_SPAWNED_UNDER_THE_READER = """
import io, sys, threading
from newslens.article import Article
from newslens.tui.background import BackgroundAnalysis

class PrintCapture(io.StringIO):  # what Textual puts in sys.stderr while it runs
    def fileno(self):
        return -1

if __name__ == "__main__":
    threading.Thread(target=threading.Event().wait, daemon=True).start()
    sys.stderr = PrintCapture()
    article = Article(text="One.\\n")
    analysis = BackgroundAnalysis(article, model="no_such_model_for_newslens_tests")
    try:
        analysis(article)
    except Exception as exc:
        print(type(exc).__name__, exc)
"""


def test_a_second_article_is_analysed_while_textual_holds_stderr(tmp_path: Path) -> None:
    # A fresh interpreter: multiprocessing starts its resource tracker once, with whatever
    # stderr is then, and a tracker already running in this test process would hide it.
    script = tmp_path / "spawn_under_reader.py"
    script.write_text(_SPAWNED_UNDER_THE_READER)
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert "NewslensError" in done.stdout and "no_such_model_for_newslens_tests" in done.stdout


def _analysing_with(
    monkeypatch: pytest.MonkeyPatch, analyse: Callable[[Article], Analysis]
) -> None:
    """The child's analysis done by ``analyse``: spaCy is never loaded."""

    def analyze_many(
        articles: Iterable[Article], nlp: object = None, chunk_parsed: object = None
    ) -> Iterator[Analysis]:
        return map(analyse, articles)

    monkeypatch.setattr(pipeline, "analysis_pipeline", lambda requested=None: None)
    monkeypatch.setattr(pipeline, "analyze_many", analyze_many)


@fork_only
def test_each_chunk_parsed_is_told_to_the_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    def in_three_chunks(
        articles: Iterable[Article],
        nlp: object = None,
        chunk_parsed: Callable[[Article, int, int], None] | None = None,
    ) -> Iterator[Analysis]:
        for article in articles:
            for done in (1, 2, 3):
                assert chunk_parsed is not None
                chunk_parsed(article, done, 3)
            yield Analysis(article.fingerprint, model_name="chunked")

    monkeypatch.setattr(pipeline, "analysis_pipeline", lambda requested=None: None)
    monkeypatch.setattr(pipeline, "analyze_many", in_three_chunks)
    article = Article(text="One.\n")
    told: list[tuple[int, int]] = []
    analysis = BackgroundAnalysis(article)
    analysis.chunk_parsed = lambda done, total: told.append((done, total))
    assert analysis(article).model_name == "chunked"
    assert told == [(1, 3), (2, 3), (3, 3)]
    analysis.close()
    # No one listening: the chunks go by and the analysis still comes back.
    analysis = BackgroundAnalysis(article)
    assert analysis(article).model_name == "chunked"
    analysis.close()


@fork_only
def test_the_child_runs_under_the_memory_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    resource = pytest.importorskip("resource")

    def report_limit(article: Article, nlp: object = None) -> Analysis:
        limit = resource.getrlimit(resource.RLIMIT_AS)[0]
        return Analysis(article.fingerprint, model_name=str(limit))

    _analysing_with(monkeypatch, report_limit)
    article = Article(text="One.\n")
    analysis = BackgroundAnalysis(article, memory_limit=3 * 1024**3)
    assert analysis(article).model_name == str(3 * 1024**3)
    analysis.close()


@fork_only
def test_running_out_of_memory_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def exhausted(article: Article, nlp: object = None) -> Analysis:
        raise MemoryError

    _analysing_with(monkeypatch, exhausted)
    article = Article(text="One.\n")
    analysis = BackgroundAnalysis(article)
    with pytest.raises(NewslensError, match=r"out of memory: the analysis needed more than 2.0 GB"):
        analysis(article)
    analysis.close()


@fork_only
def test_a_long_error_is_cut_to_its_first_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(article: Article, nlp: object = None) -> Analysis:
        raise ImportError("first line\nsecond line\nthird")

    _analysing_with(monkeypatch, broken)
    article = Article(text="One.\n")
    analysis = BackgroundAnalysis(article)
    with pytest.raises(NewslensError) as caught:
        analysis(article)
    assert str(caught.value) == "ImportError: first line"
    analysis.close()


def test_started_from_a_threaded_process_it_spawns() -> None:
    import threading

    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        article = Article(text="One.\n")
        analysis = BackgroundAnalysis(article, model="no_such_model_for_newslens_tests")
        assert analysis._process._start_method == "spawn"
        with pytest.raises(NewslensError, match="no_such_model_for_newslens_tests"):
            analysis(article)
        analysis.close()
    finally:
        release.set()
        other.join()


@fork_only
def test_a_forked_child_waits_for_the_reader_before_analysing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def report_when(article: Article, nlp: object = None) -> Analysis:
        return Analysis(article.fingerprint, model_name=repr(time.monotonic()))

    _analysing_with(monkeypatch, report_when)
    monkeypatch.setattr(background, "FIRST_FRAME_WAIT", 30.0)
    article = Article(text="One.\n")
    analysis = BackgroundAnalysis(article)
    time.sleep(0.3)  # the reader painting its first frame
    told = time.monotonic()
    analysis.start()
    assert float(analysis(article).model_name) >= told
    analysis.close()


@fork_only
def test_quitting_as_the_highlights_arrive_keeps_the_analysis_for_next_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newslens import analysis_cache

    def quick(article: Article, nlp: object = None) -> Analysis:
        return Analysis(article.fingerprint, model_name="quick")

    def slow_store(key: str, analysis: Analysis) -> None:
        time.sleep(0.4)  # a large analysis being written as the reader quits
        store(key, analysis)

    store = analysis_cache.store_analysis
    _analysing_with(monkeypatch, quick)
    monkeypatch.setattr(analysis_cache, "store_analysis", slow_store)
    article = Article(text="The mayor said the wall will hold.\n")
    analysis = BackgroundAnalysis(article)
    analysis(article)
    analysis.close()
    key = analysis_cache.cache_key(article, None)
    assert key is not None
    kept = analysis_cache.cached_analysis(article, key)
    assert kept is not None and kept.model_name == "quick"


# A URL is fetched by the child, so the reader can be up, saying so, meanwhile.


def test_a_url_stands_in_for_its_article_until_the_child_has_fetched_it() -> None:
    with serve() as base:
        url = f"{base}/plain.txt"
        analysis = BackgroundAnalysis(
            url, model="no_such_model_for_newslens_tests", options=LoadOptions(timeout=7)
        )
        assert analysis.fetching == url
        assert analysis.article.source == url
        assert analysis.article.text.startswith(f"Fetching {url} …")
        assert "giving up after 7 s" in analysis.article.text
        article, warnings = analysis.wait_for_article()
    assert article.text == "Headline\n\nBody “quoted”.\n" and article.source == url
    assert warnings == ()
    assert analysis.article is article and analysis.fetching is None
    # Then the child goes on to analyse the page it fetched.
    with pytest.raises(NewslensError, match="no_such_model_for_newslens_tests"):
        analysis(article)
    analysis.close()


def test_what_loading_the_url_warned_of_comes_with_the_article() -> None:
    body = "Caf\u00e9 prices rose \u201csharply\u201d.\n".encode("cp1252")
    with serve({"/cafe.txt": (body, "text/plain")}) as base:
        analysis = BackgroundAnalysis(f"{base}/cafe.txt", model="no_such_model_for_newslens_tests")
        article, warnings = analysis.wait_for_article()
    analysis.close()
    assert article.text == "Caf\u00e9 prices rose \u201csharply\u201d.\n"
    assert len(warnings) == 1 and "Windows-1252" in warnings[0]


@pytest.mark.parametrize(
    ("route", "problem"), [("/not-found", "HTTP 404"), ("/trickle", "timed out after 1 s")]
)
def test_a_url_the_child_cannot_fetch_says_why(route: str, problem: str) -> None:
    with serve() as base:
        analysis = BackgroundAnalysis(f"{base}{route}", options=LoadOptions(timeout=1))
        with pytest.raises(NewslensError, match=problem):
            analysis.wait_for_article()
    analysis.close()
    assert not analysis._process.is_alive()


def test_close_stops_a_fetch_under_way() -> None:
    with serve() as base:
        analysis = BackgroundAnalysis(f"{base}/held")
        analysis.close()
        urllib.request.urlopen(f"{base}/release").close()
    assert not analysis._process.is_alive()
    with pytest.raises(NewslensError, match="ended without a result"):
        analysis.wait_for_article()
