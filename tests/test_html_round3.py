"""Pages and pasted texts as readers bring them: live blogs, menus pasted above a story."""

from __future__ import annotations

from pathlib import Path

from newslens.boilerplate import find_boilerplate
from newslens.sources import load_article

# Entries as <article>s, each with a <header> holding its time and heading.
LIVE_ARTICLES = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry strike live: sailings cancelled - Island Echo</title>
<meta property="og:title" content="Ferry strike live: sailings cancelled">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main>
<h1>Ferry strike live: sailings cancelled</h1>
<p class="standfirst">Crews on the island routes walked out at dawn over pay.</p>
<div class="feed">
<article class="post" id="e3">
<header><span class="timestamp"><a href="#e3"><time datetime="2026-05-12T14:20:00Z">14:20</time></a></span>
<h3>Talks to resume on Thursday</h3></header>
<div class="post-body"><p>The union and the operator will meet again on Thursday morning, a union official said.</p></div>
</article>
<article class="post" id="e2">
<header><span class="timestamp"><a href="#e2"><time datetime="2026-05-12T11:05:00Z">11:05</time></a></span>
<h3>Hauliers count the cost</h3></header>
<div class="post-body"><p>Lorries carrying fresh fish have been stuck at the terminal since six this morning.</p></div>
</article>
<article class="post" id="e1">
<header><span class="timestamp"><a href="#e1"><time datetime="2026-05-12T07:30:00Z">07:30</time></a></span>
<h3>First sailings cancelled</h3></header>
<div class="post-body"><p>The 7am sailing to the mainland was cancelled after crews failed to report for work.</p></div>
</article>
</div>
</main>
<footer><p>© 2026 Island Echo</p></footer>
</body></html>
"""

# Entries as plain blocks, each time in a paragraph of its own above the heading.
LIVE_BLOCKS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Heatwave live: temperatures near record | Plains Post</title>
<meta property="og:title" content="Heatwave live: temperatures near record">
</head><body>
<main><article>
<h1>Heatwave live: temperatures near record</h1>
<div class="block"><p class="block-time"><time datetime="2026-07-19T15:10:00Z">15.10 BST</time></p>
<h2>Hosepipe ban announced</h2>
<p>Southern Water will bring in a hosepipe ban from Friday, the company said this afternoon.</p></div>
<div class="block"><p class="block-time"><time datetime="2026-07-19T12:40:00Z">12.40 BST</time></p>
<h2>Rail speed limits in place</h2>
<p>Trains on the main line are running at reduced speed because of the risk of buckled rails.</p></div>
</article></main>
</body></html>
"""

# A list of related stories with dates: no paragraphs of prose, so no live blog.
RELATED_WITH_DATES = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Library to close early on Sundays</title>
</head><body><main><article>
<h1>Library to close early on Sundays</h1>
<p>The central library will close at 2pm on Sundays from next month to save money, the council said.</p>
<p>Opening hours on weekdays will not change, according to a council spokesperson.</p>
<ul class="more">
<li><a href="/a">Swimming pool reopens</a> <time datetime="2026-01-02">2 January</time></li>
<li><a href="/b">Bus fares frozen</a> <time datetime="2026-01-03">3 January</time></li>
</ul>
</article></main></body></html>
"""


def _load(tmp_path: Path, name: str, content: str) -> tuple[str, str | None, list[str]]:
    page = tmp_path / name
    page.write_text(content, encoding="utf-8")
    article = load_article(str(page))
    dimmed = [article.text[start:end] for start, end in find_boilerplate(article.text)]
    return article.text, article.title, dimmed


def _in_order(text: str, lines: list[str]) -> bool:
    places = [text.find(line) for line in lines]
    return -1 not in places and places == sorted(places)


def test_live_blog_entries_keep_their_times_and_headings_in_order(tmp_path: Path) -> None:
    text, title, dimmed = _load(tmp_path, "live.html", LIVE_ARTICLES)
    assert title == "Ferry strike live: sailings cancelled"
    story = [
        "Crews on the island routes walked out at dawn over pay.",
        "14:20",
        "Talks to resume on Thursday",
        "The union and the operator will meet again",
        "11:05",
        "Hauliers count the cost",
        "Lorries carrying fresh fish",
        "07:30",
        "First sailings cancelled",
        "The 7am sailing to the mainland",
    ]
    assert _in_order(text, story), text
    assert not any(line in span for line in story for span in dimmed)


def test_live_blog_times_in_paragraphs_of_their_own_are_kept(tmp_path: Path) -> None:
    text, _, _ = _load(tmp_path, "live.html", LIVE_BLOCKS)
    assert _in_order(text, ["15.10 BST", "Hosepipe ban announced", "12.40 BST"]), text
    assert "\n15.10 BST\n" in text


def test_dates_in_a_list_of_related_stories_are_not_taken_for_a_live_blog(
    tmp_path: Path,
) -> None:
    text, _, _ = _load(tmp_path, "story.html", RELATED_WITH_DATES)
    assert "The central library will close at 2pm" in text
    assert "2 January" not in text


MENU_ABOVE = """Home | News | Sport | Weather | iPlayer | Sounds
UK | World | Business | Politics | Tech

Harbour wall to be rebuilt after winter storms

Published 3 hours ago

The harbour wall at Porthcawl will be rebuilt at a cost of £6m, the council has said.
"""

MENU_LINES_ABOVE = """Skip to content
Home
News
Sport
Weather
Harbour wall to be rebuilt after winter storms
The harbour wall at Porthcawl will be rebuilt at a cost of £6m, the council has said, after storms in January washed away a 40-metre section of the old stone wall.
"""


def test_pasted_text_with_a_menu_bar_on_top_is_titled_by_its_headline(tmp_path: Path) -> None:
    _, title, dimmed = _load(tmp_path, "story.txt", MENU_ABOVE)
    assert title == "Harbour wall to be rebuilt after winter storms"
    assert any("Home | News | Sport" in span and "Politics | Tech" in span for span in dimmed)
    assert not any("Harbour wall" in span for span in dimmed)


def test_pasted_text_with_menu_lines_and_no_blank_lines_is_titled_by_its_headline(
    tmp_path: Path,
) -> None:
    _, title, _ = _load(tmp_path, "story.txt", MENU_LINES_ABOVE)
    assert title == "Harbour wall to be rebuilt after winter storms"


COOKIES_ABOVE = """We use cookies to give you the best experience.
Accept all
Manage preferences

Chipmaker to build £2bn plant in Newport

A chipmaker will build a £2bn plant in Newport, the Welsh government said on Tuesday.
"""


def test_pasted_text_with_a_cookie_banner_on_top_is_titled_by_its_headline(
    tmp_path: Path,
) -> None:
    _, title, _ = _load(tmp_path, "story.txt", COOKIES_ABOVE)
    assert title == "Chipmaker to build £2bn plant in Newport"
