"""The panel's keys on a long article (Pilot): `p`, `o`, `tab`, `→`/`←` through the tabs.

Run by hand:  python benchmarks/panel_keys.py [--rounds 3] [--size BYTES]

Each key is timed from its press until the screen stops changing: the last frame the app
sends to the terminal before 0.4 s without one (a key that redraws nothing counts 0). A
change of the article's width (the panel shown or hidden) went on redrawing the screen
while the text was wrapped again, so the first frame alone would not tell. The baseline,
in the same run, is the same keys on a short article: the first 8 KB of the same generated
text, so both have the same kinds of rows (claims, figures, speakers) from the same
stand-in analysis (see scroll_latency.py). The ratio long / short is what to compare
between runs; the times themselves depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from articles import generated_article
from newslens.article import Article
from newslens.config import Config
from newslens.sources import load_article
from newslens.tui.app import NewslensApp
from scroll_latency import stand_in_analysis

# Hide the panel (the text wrapped to a new width), show it, hide and show it again (widths
# it had), order the claims both ways, then go into the panel and round its tabs.
KEYS = ["p", "p", "p", "p", "o", "o", "tab", "right", "right", "right", "left"]
LABELS = [
    "p hide",
    "p show",
    "p hide again",
    "p show again",
    "o",
    "o back",
    "tab",
    "→ Sources",
    "→ Figures",
    "→ Claims",
    "← Figures",
]
QUIET = 0.4  # seconds without a frame that count as the screen having stopped changing


async def _settled(frames: list[float], pressed: float) -> float:
    while time.perf_counter() - max(frames[-1], pressed) < QUIET:
        await asyncio.sleep(0.05)
    return max(0.0, frames[-1] - pressed)


async def timed_keys(article: Article) -> list[float]:
    """Seconds from each key of KEYS pressed until the screen stopped changing."""
    analysis = stand_in_analysis(article)
    app = NewslensApp(article, analyzer=lambda _: analysis, config=Config())
    frames = [0.0]
    display = app._display

    def timed_display(*args: object) -> None:
        display(*args)  # type: ignore[arg-type]
        frames.append(time.perf_counter())

    app._display = timed_display  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await _settled(frames, time.perf_counter())
        took = []
        for key in KEYS:
            pressed = time.perf_counter()
            await pilot.press(key)
            took.append(await _settled(frames, pressed))
        return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--size", type=int, default=2 * 1024 * 1024, help="long article in bytes (default 2 MB)"
    )
    args = parser.parse_args()
    directory = Path(tempfile.gettempdir())
    path = generated_article(directory / f"newslens-bench-{args.size}.txt", size=args.size)
    long = load_article(str(path))
    short_path = directory / "newslens-bench-short.txt"
    short_path.write_text(long.text[: long.text.index("\n\n", 8192)], encoding="utf-8")
    short = load_article(str(short_path))
    claims = len(stand_in_analysis(long).claims)
    print(f"long article: {len(long.text):,} characters, {claims:,} claims; short: 8 KB of it")
    rounds: dict[str, list[list[float]]] = {"long": [], "short": []}
    for _ in range(args.rounds):  # alternated, so a change in the machine's load hits both
        rounds["short"].append(asyncio.run(timed_keys(short)))
        rounds["long"].append(asyncio.run(timed_keys(long)))
    print(f"key until the screen stops changing, median of {args.rounds} rounds:")
    print(f"  {'':<14} {'long':>8} {'short':>8} {'ratio':>6}")
    for index, label in enumerate(LABELS):
        ours = statistics.median(run[index] for run in rounds["long"]) * 1000
        base = statistics.median(run[index] for run in rounds["short"]) * 1000
        ratio = f"{ours / base:5.2f}x" if base else "     -"
        print(f"  {label:<14} {ours:6.0f}ms {base:6.0f}ms {ratio}")


if __name__ == "__main__":
    main()
