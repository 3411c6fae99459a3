"""A page is dated only by a date it states: in its markup, a dateline or a "Published" line.
A year the story mentions ("rebuilt in 2021") or a date in its text is no date of the page,
and a page that states none has none. A story updated since it was published, its dates as
plain lines under the byline, is dated by when it was first published."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour wall repairs begin</title>
{head}</head><body>
<article><h1>Harbour wall repairs begin</h1>
{header}
<p>{opening}Work to repair the harbour wall at Portmoor began on Monday, more than a year
after a winter storm breached it on 12 January 2025.</p>
<p>The wall was last rebuilt in 2021, when the council spent a large sum on new stone facing
and drainage along the quay.</p>
<p>Engineers said the repairs would take about four months and that the quay would stay open
to fishing boats throughout.</p>
</article>
<footer><small>© 2024 The Portmoor Packet. All rights reserved.</small></footer>
</body></html>
"""


def _date(tmp_path: Path, header: str = "", opening: str = "", head: str = "") -> str | None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(head=head, header=header, opening=opening), encoding="utf-8")
    return load_article(str(page)).date


def test_a_page_that_states_no_date_has_none(tmp_path: Path) -> None:
    assert _date(tmp_path) is None


def test_a_date_in_the_head_still_dates_the_page(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2026-03-03T08:00:00Z">'
    assert _date(tmp_path, head=head) == "2026-03-03"


def test_a_dateline_dates_the_page(tmp_path: Path) -> None:
    assert _date(tmp_path, opening="PORTMOOR, 3 March 2026 — ") == "2026-03-03"


def test_a_published_line_dates_the_page(tmp_path: Path) -> None:
    assert _date(tmp_path, header="<p>Published: March 3, 2026</p>") == "2026-03-03"


def test_first_published_wins_over_last_updated_in_plain_lines(tmp_path: Path) -> None:
    header = "<p>Last updated 11 April 2026, 16:20</p><p>First published 9 April 2026</p>"
    assert _date(tmp_path, header=header) == "2026-04-09"


def test_first_published_wins_when_it_comes_first(tmp_path: Path) -> None:
    header = "<p>First published 9 April 2026</p><p>Last updated 11 April 2026, 16:20</p>"
    assert _date(tmp_path, header=header) == "2026-04-09"


def test_both_dates_on_one_line_of_a_byline_block(tmp_path: Path) -> None:
    header = (
        '<div class="meta">By Jo Marsh<br>Last modified on Sat 11 Apr 2026 16.20 BST '
        "First published on Thu 9 Apr 2026 10.00 BST</div>"
    )
    assert _date(tmp_path, header=header) == "2026-04-09"


def test_dates_written_in_figures(tmp_path: Path) -> None:
    header = "<div>By Jo Marsh<br>Updated: 11/04/2026<br>First published: 09/04/2026</div>"
    assert _date(tmp_path, header=header) == "2026-04-09"


def test_a_story_that_states_only_its_update_is_dated_by_it(tmp_path: Path) -> None:
    assert _date(tmp_path, header="<p>Updated 11 April 2026</p>") == "2026-04-11"
