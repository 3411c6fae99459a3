"""A live blog's entry that is a list of points under a heading ("What we know so far"), with no
paragraph of its own, keeps its time like the other entries; the "Key events" heading, which
may be left in the text without its list of links to the entries, is dimmed."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

from .dimmed import dimmed_passages

LIVE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Gale live: ferries cancelled and roads closed | Coast Ledger</title></head><body>
<main><article class="live-blog"><header class="live-header">
<h1>Gale live: ferries cancelled and roads closed</h1>
<p class="standfirst">A wind warning is in force until 9pm along the whole western coast.</p>
<p class="byline">Callum Reid</p></header>
<div class="key-events"><h2>Key events</h2><ul>
<li><a href="#b2">2h ago All ferries cancelled</a></li>
<li><a href="#b1">5h ago Warning comes into force</a></li></ul></div>
<div class="feed">
<div class="block" id="b3"><header><time datetime="2026-12-01T13:05:00Z">13.05 GMT</time></header>
<div class="block-body"><h3>What we know so far</h3><ul>
<li>All ferry sailings are cancelled for the rest of the day.</li>
<li>The coast road is closed at Kilbride by fallen trees.</li></ul></div></div>
<div class="block" id="b2"><header><time datetime="2026-12-01T10:02:00Z">10.02 GMT</time>
<h2>All ferries cancelled</h2></header>
<div class="block-body"><p>The ferry operator has cancelled every sailing for the rest of the day, and
will decide on tomorrow's first crossings at 6pm.</p></div></div>
<div class="block" id="b1"><header><time datetime="2026-12-01T08:15:00Z">08.15 GMT</time></header>
<div class="block-body"><p>Police have closed the coast road at Kilbride after several trees came
down across it in the night.</p></div></div>
</div>
</article></main></body></html>
"""


def _text(tmp_path: Path) -> str:
    page = tmp_path / "live.html"
    page.write_text(LIVE, encoding="utf-8")
    return load_article(str(page)).text


def test_an_entry_of_points_keeps_its_time(tmp_path: Path) -> None:
    lines = _text(tmp_path).splitlines()
    assert lines[lines.index("What we know so far") - 1] == "13.05 GMT"
    stamps = [line for line in lines if line.endswith(" GMT")]
    assert stamps == ["13.05 GMT", "10.02 GMT", "08.15 GMT"]


def test_the_key_events_heading_left_without_its_links_is_dimmed() -> None:
    text = (
        "A wind warning is in force until 9pm along the whole western coast.\n"
        "Key events\n13.05 GMT\nWhat we know so far\n"
        "- All ferry sailings are cancelled for the rest of the day.\n"
    )
    assert dimmed_passages(text) == ["Key events"]
