"""Tagging inside the reader: a tag keystroke's handler, and opening an annotated article.

Run by hand:  python benchmarks/tag_in_app.py [--claims 400] [--annotations 1000] [--presses 60]

A generated article with ``--claims`` claims (a hand-made stand-in Analysis, so
no spaCy) is opened in the reader under Pilot, in a private data directory.

- Keystroke: the quick-tag handler for the selected claim, timed from the call
  to the committed row (the store's toggle_tag returning after COMMIT) and to the
  handler's end (annotations re-read, the claims list refilled, the changed
  article lines invalidated). The redraw follows on the next frame, not counted.
- Opening: the store's ``open_document`` (in the reader's worker thread) and the
  paint of the marks and panel tags, with ``--annotations`` annotations stored
  for the article, next to the same with none.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from typing import Any

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config


def make_article(claims: int) -> tuple[Article, Analysis]:
    paragraphs = [
        f"Official {i} said the budget rose by {i} percent last year. Others disagreed."
        for i in range(claims)
    ]
    text = "Benchmark article\n\n" + "\n\n".join(paragraphs) + "\n"
    article = Article(text=text, title="Benchmark article", source="bench.txt")
    found = []
    offset = 0
    for i in range(claims):
        start = text.index(f"the budget rose by {i} percent", offset)
        end = start + len(f"the budget rose by {i} percent last year")
        found.append(Claim(start, end, ClaimKind.ATTRIBUTED, claimant=f"Official {i}", cue="said"))
        offset = end
    analysis = Analysis(fingerprint=article.fingerprint, claims=tuple(found))
    return article, analysis


def store_annotations(article: Article, count: int) -> None:
    words = [(m, m + 5) for m in range(0, len(article.text) - 5, len(article.text) // count)]
    with AnnotationStore.open() as store:
        for start, end in words[:count]:
            store.tag(article, start, end, "verified")


async def keystrokes(
    article: Article, analysis: Analysis, presses: int
) -> tuple[list[float], list[float]]:
    from newslens.tui.app import NewslensApp

    app = NewslensApp(article, analyzer=lambda _: analysis, config=Config())
    committed: list[float] = []
    handled: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("right_square_bracket")
        store = app.store
        assert store is not None
        toggle = store.toggle_tag

        def timed_toggle(*args: Any, **kwargs: Any) -> Any:
            result = toggle(*args, **kwargs)
            committed.append(time.perf_counter())
            return result

        store.toggle_tag = timed_toggle  # type: ignore[method-assign]
        for _ in range(presses):
            start = time.perf_counter()
            app.action_quick_tag("1")
            handled.append(time.perf_counter() - start)
            committed[-1] -= start
            await pilot.pause()
    return committed, handled


async def opening(article: Article, analysis: Analysis) -> tuple[float, float, int]:
    """(open_document seconds, paint seconds, annotations shown)."""
    from newslens.tui.app import NewslensApp

    app = NewslensApp(article, analyzer=lambda _: analysis, config=Config())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.store is not None
        start = time.perf_counter()
        app.store.open_document(article)
        opened = time.perf_counter() - start
        start = time.perf_counter()
        app._paint_annotations()
        painted = time.perf_counter() - start
        return opened, painted, len(app.annotations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=400)
    parser.add_argument("--annotations", type=int, default=1000)
    parser.add_argument("--presses", type=int, default=60)
    args = parser.parse_args()
    article, analysis = make_article(args.claims)
    with tempfile.TemporaryDirectory() as home:
        for name in ("DATA", "CONFIG", "CACHE"):
            os.environ[f"NEWSLENS_{name}_DIR"] = os.path.join(home, name.lower())
        empty = asyncio.run(opening(article, analysis))
        committed, handled = asyncio.run(keystrokes(article, analysis, args.presses))
        store_annotations(article, args.annotations)
        full = asyncio.run(opening(article, analysis))
    print(f"article: {len(article.text):,} chars, {args.claims} claims")
    for label, timings in (("to committed row", committed), ("whole handler", handled)):
        ms = sorted(t * 1000 for t in timings)
        print(
            f"tag keystroke, {label} ({len(ms)} presses): median {statistics.median(ms):.1f} ms,"
            f" p95 {ms[int(len(ms) * 0.95) - 1]:.1f} ms, max {ms[-1]:.1f} ms"
        )
    for label, (opened, painted, shown) in (("no annotations", empty), ("annotated", full)):
        print(
            f"opening, {label} ({shown} shown): open_document {opened * 1000:.1f} ms, "
            f"paint {painted * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main()
