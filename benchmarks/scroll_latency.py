"""Paging latency through a 5 MB article (Pilot), and peak memory with it analysed.

Run by hand:  python benchmarks/scroll_latency.py [--steps 200] [--analyse] [--size BYTES]

Paging: the reader opens the generated 5 MB article with a dense stand-in Analysis
(every quote, number and name highlighted; built with regular expressions so the
run does not wait for spaCy), then pages down ``--steps`` times; each step is
timed from the key press until the screen has been redrawn. The baseline, in the
same run, is Textual's own Line-API Log widget paging through the same lines.

``--analyse`` also runs the real analysis of the article in the background process
the reader uses (under its memory cap), and reports its time and the peak memory
of both processes.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Log

sys.path.insert(0, str(Path(__file__).resolve().parent))
from articles import generated_article
from newslens.analysis.model import (
    Analysis,
    Claim,
    ClaimKind,
    Figure,
    FigureKind,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
)
from newslens.article import Article
from newslens.config import Config
from newslens.errors import NewslensError
from newslens.sources import load_article
from newslens.tui.app import NewslensApp
from newslens.tui.background import BackgroundAnalysis


def stand_in_analysis(article: Article) -> Analysis:
    text = article.text
    quotes = tuple(
        Quote(parts=(m.span(),), kind=QuoteKind.DIRECT) for m in re.finditer(r"“[^”\n]*”", text)
    )
    figures = tuple(
        Figure(m.start(), m.end(), m.group(), FigureKind.COUNT)
        for m in re.finditer(r"\d[\d,.]*", text)
    )
    mentions = tuple(m.span() for m in re.finditer(r"Ann Holt|Raj Patel|Mr Ortiz", text))
    claims = tuple(
        Claim(m.start(), m.end(), ClaimKind.NUMERIC)
        for m in re.finditer(r"costs rose by \d+ percent", text)
    )
    return Analysis(
        fingerprint=article.fingerprint,
        speakers=(Speaker("x", "Speakers", SpeakerKind.PERSON, mentions),),
        quotes=quotes,
        figures=figures,
        claims=claims,
    )


async def _page(pilot: Pilot[None], steps: int) -> tuple[list[float], list[float]]:
    """Per step: seconds from the key press until its last line was drawn, and CPU seconds.

    Drawing is timed by wrapping the focused widget's ``render_line``: the step
    ends when the last line of the new page has been rendered for the screen.
    Pilot's own waits after that (for frame timers and idle) are not counted.
    """
    widget = pilot.app.focused
    assert widget is not None
    drawn: list[float] = []
    render_line = widget.render_line

    def timed_render_line(y: int) -> Any:
        strip = render_line(y)
        drawn.append(time.perf_counter())
        return strip

    widget.render_line = timed_render_line  # type: ignore[method-assign]
    latency, cpu = [], []
    for _ in range(steps):
        drawn.clear()
        start, start_cpu = time.perf_counter(), time.process_time()
        await pilot.press("pagedown")
        await pilot.pause()
        await pilot.app._animator.wait_until_complete()
        await pilot.pause()
        cpu.append(time.process_time() - start_cpu)
        if drawn:
            latency.append(drawn[-1] - start)
    return latency, cpu


async def page_newslens(
    article: Article, analysis: Analysis, steps: int
) -> tuple[list[float], list[float]]:
    app = NewslensApp(article, analyzer=lambda _: analysis, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause(1.0)  # let the background wrapping finish first
        return await _page(pilot, steps)


class LogApp(App[None]):
    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self.lines = lines
        self.animation_level = "none"  # as newslens: no animated scrolls

    def compose(self) -> ComposeResult:
        log = Log()
        log.write_lines(self.lines)
        yield log


async def page_log(article: Article, steps: int) -> tuple[list[float], list[float]]:
    app = LogApp(article.text.splitlines())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.query_one(Log).scroll_home(animate=False)
        app.query_one(Log).focus()
        await pilot.pause()
        return await _page(pilot, steps)


def report(label: str, timings: list[float]) -> float:
    ms = sorted(t * 1000 for t in timings)
    median = statistics.median(ms)
    p95 = ms[int(len(ms) * 0.95) - 1]
    print(f"  {label:<28} median {median:6.2f} ms   p95 {p95:6.2f} ms   max {ms[-1]:6.2f} ms")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--analyse", action="store_true", help="also run the real analysis")
    parser.add_argument(
        "--size", type=int, default=5 * 1024 * 1024, help="article size in bytes (default 5 MB)"
    )
    args = parser.parse_args()
    path = generated_article(
        Path(tempfile.gettempdir()) / f"newslens-bench-{args.size}.txt", size=args.size
    )
    article = load_article(str(path))
    analysis = stand_in_analysis(article)
    print(
        f"article: {len(article.text):,} characters; stand-in analysis with "
        f"{len(analysis.quotes):,} quotes, {len(analysis.figures):,} figures"
    )
    print(f"paging down {args.steps} times: key press to page drawn, then CPU per step")
    ours, ours_cpu = asyncio.run(page_newslens(article, analysis, args.steps))
    base, base_cpu = asyncio.run(page_log(article, args.steps))
    ours_median = report("newslens ArticleView", ours)
    base_median = report("Textual Log", base)
    print(f"  ratio newslens / Log        {ours_median / base_median:.2f}x")
    report("newslens ArticleView, CPU", ours_cpu)
    report("Textual Log, CPU", base_cpu)
    if args.analyse:
        analyse(article)


def _pss_mb(pid: int | str) -> float | None:
    """Proportional set size: pages shared between processes counted once across them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


class _PeakTogether:
    """Samples the reader's and the analysis process's PSS; keeps the peak of their sum.

    ``ru_maxrss`` counts in the forked child every page it still shares with the reader,
    so the two peaks added together count those pages twice; PSS does not.
    """

    def __init__(self, child: int) -> None:
        self.peak: float | None = None
        self._child = child
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._done.wait(0.2):
            parent, child = _pss_mb("self"), _pss_mb(self._child)
            if parent is not None and child is not None:
                self.peak = max(self.peak or 0.0, parent + child)

    def stop(self) -> float | None:
        self._done.set()
        self._thread.join()
        return self.peak


def analyse(article: Article) -> None:
    start = time.perf_counter()
    background = BackgroundAnalysis(article)
    together = _PeakTogether(background._process.pid)  # the process the reader would run
    try:
        real = background(article)
        outcome = (
            f"{len(real.quotes):,} quotes, {len(real.claims):,} claims, "
            f"{len(real.figures):,} figures"
        )
    except NewslensError as exc:
        outcome = f"failed: {exc}"
    peak = together.stop()
    background.close()
    took = time.perf_counter() - start
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"real analysis ({len(article.text):,} characters): {took:.1f} s; {outcome}")
    print(f"  peak memory (RSS): reader {parent:.0f} MB, analysis process {child:.0f} MB")
    if peak is not None:
        print(f"  peak memory together (PSS, shared pages counted once): {peak:.0f} MB")


if __name__ == "__main__":
    main()
