"""A story that has been updated is dated by when it was first published, as its byline shows
it: whether the page says so in its <head> or only beside the byline ("Updated 11 April …
Published 9 April …"), in either order."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Councillor quits over bin contract</title>
{head}</head><body>
<article><h1>Councillor quits over bin contract</h1>
<p class="byline">By Jo Marsh</p>
{dates}
<div class="article-body">
<p>A senior councillor has resigned after being accused of misleading colleagues over a
waste contract worth millions of pounds.</p>
<p>He stepped down on Wednesday evening, saying he had done nothing wrong and would clear
his name at the standards hearing.</p>
</div></article></body></html>
"""

UPDATED = '<span>Updated <time datetime="2026-04-11T16:20:00Z">11 April 2026, 16:20</time></span>'
PUBLISHED = '<span>Published <time datetime="2026-04-09T10:00:00Z">9 April 2026</time></span>'


def _date(tmp_path: Path, head: str = "", dates: str = "") -> str | None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(head=head, dates=dates), encoding="utf-8")
    return load_article(str(page)).date


def test_a_story_updated_since_is_dated_as_published_beside_its_byline(tmp_path: Path) -> None:
    assert (
        _date(tmp_path, dates=f'<div class="article-dates">{UPDATED} {PUBLISHED}</div>')
        == "2026-04-09"
    )


def test_the_published_time_in_the_head_outweighs_the_modified_time(tmp_path: Path) -> None:
    head = (
        '<meta property="article:modified_time" content="2026-04-11T16:20:00Z">'
        '<meta property="article:published_time" content="2026-04-09T10:00:00Z">'
    )
    assert _date(tmp_path, head=head, dates=f"<div>{UPDATED}</div>") == "2026-04-09"


def test_a_story_never_updated_keeps_its_date(tmp_path: Path) -> None:
    assert _date(tmp_path, dates=f"<div>{PUBLISHED}</div>") == "2026-04-09"
