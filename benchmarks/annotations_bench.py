"""Annotation store and anchoring timings (run by hand: python benchmarks/annotations_bench.py).

Targets (issue 6): a tag keystroke to a committed row, median <= 10 ms; opening an
article with 1,000 annotations adds <= 100 ms; re-anchoring 1,000 annotations
after an edit <= 1 s. A bare sqlite3 INSERT + commit in the same directory and
journal mode is the baseline the keystroke is compared with.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from newslens.annotations.anchoring import Method, reanchor
from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article

VOCABULARY = (
    "minister said council budget ferry harbour rise percent spring report officials "
    "claimed figures show people daily board chair told reporters increase third years "
    "disputed commuters groups according data agency police army losses significant "
    "tragedy forces killed nearly thousand soldiers region election vote campaign"
)
WORDS = VOCABULARY.split()


def make_text(rng: random.Random, paragraphs: int) -> str:
    out = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(3, 6)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
            words.insert(rng.randint(0, len(words)), str(rng.randint(10, 99_999)))
            sentences.append(" ".join(words).capitalize() + ".")
        out.append(" ".join(sentences))
    return "\n\n".join(out)


def spans(text: str, count: int, rng: random.Random) -> list[tuple[int, int]]:
    """``count`` sentence-sized spans spread over the text."""
    step = len(text) // count
    result = []
    for i in range(count):
        start = text.index(" ", i * step) + 1
        end = min(len(text), start + rng.randint(30, 140))
        result.append((start, end))
    return result


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return times


def report(name: str, times: list[float], target: float | None = None) -> float:
    median = statistics.median(times)
    p95 = sorted(times)[int(len(times) * 0.95) - 1] if len(times) > 1 else times[0]
    verdict = "" if target is None else ("  ok" if median <= target else "  OVER TARGET")
    goal = f" (target <= {target:g} ms)" if target is not None else ""
    print(f"{name:<58} median {median:8.2f} ms  p95 {p95:8.2f} ms{goal}{verdict}")
    return median


def bare_insert_baseline(directory: Path, repeat: int, wal: bool) -> list[float]:
    name = f"baseline-{'wal' if wal else 'delete'}.sqlite3"
    conn = sqlite3.connect(directory / name, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, tags TEXT)")

    def insert() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (tags) VALUES ('[\"disputed\"]')")
        conn.execute("COMMIT")

    try:
        return timed(insert, repeat)
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--annotations", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=300)
    parser.add_argument("--dir", type=Path, help="where the databases go (default: a temp dir)")
    args = parser.parse_args()
    rng = random.Random(6)
    text = make_text(rng, 400)
    article = Article(text=text, title="Benchmark", source="/bench/article.txt")
    places = spans(text, args.annotations, rng)
    print(f"article: {len(text):,} characters; {len(places)} annotations\n")

    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        directory = Path(tmp)
        for wal in (True, False):
            mode = "WAL" if wal else "rollback journal"
            path = directory / f"annotations-{'wal' if wal else 'delete'}.sqlite3"
            with AnnotationStore.open(path, wal=wal) as store:
                for i, (start, end) in enumerate(places):
                    store.tag(article, start, end, ("verified", "disputed", "false")[i % 3])
                keys = iter(range(10**9))

                def keystroke(store: AnnotationStore = store, keys: Iterator[int] = keys) -> None:
                    start, end = places[next(keys) % len(places)]
                    store.toggle_tag(article, start, end, "needs-source", kind=TargetKind.SPAN)

                ours = report(
                    f"tag keystroke -> committed row ({mode})", timed(keystroke, args.repeat), 10
                )
            base = report(
                f"bare sqlite3 INSERT + commit ({mode})",
                bare_insert_baseline(directory, args.repeat, wal),
            )
            print(f"{'':<58} ratio {ours / base:.1f}x the bare insert\n")

        path = directory / "annotations-wal.sqlite3"
        opening = timed(lambda: AnnotationStore.open(path).open_document(article), 30)
        report(f"open store + open_document with {len(places)} annotations", opening, 100)
        with AnnotationStore.open(path) as store:
            report(
                f"open_document alone, {len(places)} annotations",
                timed(lambda: store.open_document(article), 30),
                100,
            )
            annotations = store.annotations(article.fingerprint)

        def reanchor_all(new_text: str, label: str) -> None:
            counts: dict[Method, int] = {}

            def run() -> None:
                counts.clear()
                for annotation in annotations:
                    _, method = reanchor(new_text, "new", annotation)
                    counts[method] = counts.get(method, 0) + 1

            report(f"re-anchor {len(annotations)}: {label}", timed(run, 5), 1000)
            print(f"{'':<58} {', '.join(f'{m}: {n}' for m, n in sorted(counts.items()))}")

        inserted = "An editor's note was added at the top.\n\n" + text
        reanchor_all(inserted, "paragraph inserted at the top")
        edited = list(text)
        for start, end in places:
            middle = (start + end) // 2
            edited[middle] = "#"
        reanchor_all("".join(edited), "one character changed in every span")
        shuffled = text.split("\n\n")
        rng.shuffle(shuffled)
        reanchor_all("\n\n".join(shuffled), "paragraphs shuffled")

        changed = Article(text=inserted, source=article.source)
        with AnnotationStore.open(path) as store:
            began = time.perf_counter()
            opened = store.open_document(changed)
            took = (time.perf_counter() - began) * 1000
        print(
            f"{'open_document on the edited text (re-anchor + save)':<58} {took:8.2f} ms  "
            f"(moved {opened.moved}, orphans {len(opened.orphans)}; target <= 1000 ms)"
        )


if __name__ == "__main__":
    main()
