"""Live blogs: entries keep their times and headings in order, whether the time is in the
entry's header, in a paragraph of its own, or beside a second time of update; dates in a list
of related stories make no live blog."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.article import Article
from newslens.sources import load_article

from .dimmed import dimmed_passages

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


# Each entry also says when it was last updated, in a second <time>.
LIVE_UPDATED = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Budget day live</title></head>
<body><main><article><h1>Budget day live</h1><div class="live-feed">
<div class="entry"><header><time datetime="2026-03-18T12:40:00Z">12.40</time>
<h2>Fuel duty frozen again</h2></header>
<p>The chancellor confirmed that fuel duty will stay frozen for another twelve months.</p>
<p class="updated">Updated at <time datetime="2026-03-18T12:55:00Z">12.55</time></p></div>
<div class="entry"><header><time datetime="2026-03-18T11:42:00Z">11.42</time>
<h2>Opposition leader responds</h2></header>
<p>The opposition leader said the budget did nothing for families struggling with bills.</p>
<p class="updated">Updated at <time datetime="2026-03-18T11:50:00Z">11.50</time></p></div>
<div class="entry"><header><time datetime="2026-03-18T09:05:00Z">09.05</time>
<h2>Markets steady before statement</h2></header>
<p>The pound was little changed against the dollar as traders waited for the statement.</p></div>
</div></article></main></body></html>
"""


# The stamp and the time of its update share a paragraph, and an entry quotes a post.
LIVE_SHARED = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Election night live</title></head>
<body><main><article><h1>Election night live</h1><div id="liveblog-body">
<div class="block"><p class="block-time"><a href="#b2"><time datetime="2026-05-08T01:15:00Z">2.15am</time></a>
<span>Updated at <time datetime="2026-05-08T01:21:00Z">2.21am</time> BST</span></p>
<h2>Labour holds Cardiff Central</h2>
<div class="block-elements"><p>Labour has held Cardiff Central with a majority of 4,210, down from 9,000.</p>
<figure class="element-tweet"><blockquote class="twitter-tweet"><p>Thank you Cardiff Central.</p>
&mdash; Jo Stevens (@jostevens) <a href="https://twitter.com/x/status/2">May 8, 2026</a></blockquote></figure>
</div></div>
<div class="block"><p class="block-time"><a href="#b1"><time datetime="2026-05-08T00:40:00Z">1.40am</time></a></p>
<h2>Turnout down in the north-east</h2>
<div class="block-elements"><p>Turnout in Sunderland South fell to 51 per cent, the returning officer said.</p></div></div>
</div></article></main></body></html>
"""


def _load(tmp_path: Path, html: str, name: str = "page.html") -> Article:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return load_article(str(path))


def _in_order(text: str, parts: list[str]) -> bool:
    return all(part in text for part in parts) and sorted(parts, key=text.index) == parts


def test_live_blog_entries_keep_their_times_and_headings_in_order(tmp_path: Path) -> None:
    article = _load(tmp_path, LIVE_ARTICLES, "live.html")
    text, title, dimmed = article.text, article.title, dimmed_passages(article.text)
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
    text = _load(tmp_path, LIVE_BLOCKS, "live.html").text
    assert _in_order(text, ["15.10 BST", "Hosepipe ban announced", "12.40 BST"]), text
    assert "15.10 BST" in text.splitlines()


def test_dates_in_a_list_of_related_stories_are_not_taken_for_a_live_blog(
    tmp_path: Path,
) -> None:
    text = _load(tmp_path, RELATED_WITH_DATES, "story.html").text
    assert "The central library will close at 2pm" in text
    assert "2 January" not in text


def test_live_blog_entries_with_a_second_time_keep_their_stamps_in_order(tmp_path: Path) -> None:
    text = _load(tmp_path, LIVE_UPDATED).text
    assert _in_order(
        text,
        ["12.40", "Fuel duty frozen", "fuel duty will stay", "Updated at 12.55", "11.42",
         "Opposition leader responds", "did nothing", "09.05", "Markets steady", "pound"],
    )  # fmt: skip
    assert "Updated at 12.55" in dimmed_passages(text)


def test_a_live_blog_stamp_beside_its_update_time_keeps_the_entry(tmp_path: Path) -> None:
    text = _load(tmp_path, LIVE_SHARED).text
    assert _in_order(
        text,
        ["2.15am", "Updated at 2.21am BST", "Labour holds", "majority of 4,210",
         "Thank you Cardiff Central.", "1.40am", "Turnout down", "51 per cent"],
    )  # fmt: skip


# Each entry's time shares a line of details with its writer, a line the page may drop whole.
LIVE_TIME_BESIDE_WRITER = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Storm live | Coast Herald</title></head>
<body><main><h1>Storm live: gusts hit the coast</h1><div class="feed">
<article class="live-entry">
<div class="entry-meta"><time datetime="2026-11-29T13:05:00Z">13:05</time>
{writer_1}</div>
<p>Network Rail has suspended all trains north of Carnford after a tree came down on the line.</p>
</article>
<article class="live-entry">
<div class="entry-meta"><time datetime="2026-11-29T08:45:00Z">08:45</time>
{writer_2}</div>
<p>Police have closed the coast road near Port Ellen after a lorry was blown over this morning.</p>
</article></div></main></body></html>
"""


@pytest.mark.parametrize(
    "writers",
    [
        ('<span class="author">Aisha Begum</span>', '<span class="author">Callum Fraser</span>'),
        ("", ""),  # near miss: the time alone on its line was kept already
    ],
)
def test_live_blog_times_beside_their_writers_are_kept(
    tmp_path: Path, writers: tuple[str, str]
) -> None:
    html = LIVE_TIME_BESIDE_WRITER.format(writer_1=writers[0], writer_2=writers[1])
    text = _load(tmp_path, html).text
    assert _in_order(text, ["13:05", "Network Rail", "08:45", "Police have closed"]), text
    assert "13:05" in text.splitlines()
