"""A live blog that states no date of its own, pasted or saved, is dated by its earliest
entry's time ("Wed 2 Dec 2026 14.05 GMT"), newest entry first or not; a stated date of first
publication still wins, and an entry's "Updated at …" is no entry."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

HEADLINE = "Harbour board vote live: ferry terminal plan approved after long debate"
ENTRIES = """Tue 1 Dec 2026 23.40 GMT
Board members approved the plan by seven votes to four shortly before midnight, the chair said.

Updated at 23.52 GMT

Tue 1 Dec 2026 21.15 GMT
An amendment to delay the terminal by a year was defeated after a heated exchange in the hall.

30 Nov 2026 18.05 GMT
Campaigners gathered outside the harbour office before the meeting, holding banners about the fees.
"""


def _loaded(tmp_path: Path, name: str, content: str) -> str | None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return load_article(str(path)).date


def test_a_pasted_live_blog_is_dated_by_its_earliest_entry(tmp_path: Path) -> None:
    assert _loaded(tmp_path, "live.txt", f"{HEADLINE}\n\n{ENTRIES}") == "2026-11-30"


def test_a_stated_first_publication_wins_over_the_entries(tmp_path: Path) -> None:
    text = f"{HEADLINE}\nFirst published 29 November 2026\n\n{ENTRIES}"
    assert _loaded(tmp_path, "live.txt", text) == "2026-11-29"


def test_one_dated_line_makes_no_live_blog(tmp_path: Path) -> None:
    text = (
        f"{HEADLINE}\n\nThe board met in the harbour office for the third time this year.\n\n"
        "Tue 1 Dec 2026 21.15 GMT\nAn amendment was defeated after a heated exchange in the hall.\n"
    )
    assert _loaded(tmp_path, "story.txt", text) is None


def _block(stamp: str, words: str) -> str:
    return f'<div class="block"><p class="block-time"><time>{stamp}</time></p><p>{words}</p></div>'


SAVED = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{HEADLINE} | Harbour News</title></head><body><main><article><h1>{HEADLINE}</h1>
<div class="feed">
{_block("Wed 2 Dec 2026 00.20 GMT", "The chair thanked members and closed the meeting after a vote on the ferry timetable.")}
{_block("Tue 1 Dec 2026 23.40 GMT", "Board members approved the plan by seven votes to four shortly before midnight.")}
{_block("Tue 1 Dec 2026 21.15 GMT", "An amendment to delay the terminal by a year was defeated after a heated exchange.")}
</div></article></main></body></html>"""


def test_a_saved_live_blog_is_dated_by_its_earliest_entry_not_its_latest(
    tmp_path: Path,
) -> None:
    assert _loaded(tmp_path, "live.html", SAVED) == "2026-12-01"
