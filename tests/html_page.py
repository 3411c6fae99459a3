"""The title newslens gives a news page written for a test: its <title>, more of its <head>,
its <h1> headline (or none) and the story's paragraphs."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article


def title_of_page(
    tmp_path: Path, story: str, page_title: str, h1: str | None, head: str = ""
) -> str | None:
    heading = "" if h1 is None else f"<h1>{h1}</h1>"
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>{page_title}</title>{head}</head><body><article>{heading}{story}"
        "</article></body></html>",
        encoding="utf-8",
    )
    return load_article(str(page)).title
