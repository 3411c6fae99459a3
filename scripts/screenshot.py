"""Regenerate docs/screenshot.svg: the reader on the bundled sample article.

Run from the repository:  python scripts/screenshot.py [--theme dark] [--out docs/screenshot.svg]

The real analysis runs (spaCy), the first claim is selected, and Textual saves
the screen as SVG. Private data and config directories keep the user's own
annotations and theme choice out of the picture.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


async def shoot(theme: str, out: Path, size: tuple[int, int]) -> None:
    from newslens.article import Article
    from newslens.config import Config
    from newslens.resources import sample_article
    from newslens.tui.app import NewslensApp, make_analyzer

    text = sample_article().read_text(encoding="utf-8")
    # A short source name: the picture should not show where this checkout lives.
    article = Article(text=text, title=text.split("\n", 1)[0], source=sample_article().name)
    app = NewslensApp(article, analyzer=make_analyzer(), theme=theme, config=Config())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.analysis is None:
            raise SystemExit("the analysis failed; no screenshot taken")
        await pilot.press("right_square_bracket")
        await pilot.pause()
        app.save_screenshot(filename=out.name, path=str(out.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--theme", default="dark")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.svg")
    parser.add_argument("--width", type=int, default=110)
    parser.add_argument("--height", type=int, default=32)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="newslens-screenshot-"))
    for name in ("DATA", "CONFIG", "CACHE"):
        os.environ[f"NEWSLENS_{name}_DIR"] = str(home / name.lower())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    asyncio.run(shoot(args.theme, args.out, (args.width, args.height)))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
