"""Saved news pages: the story comes out whole, and only the site's furniture is dimmed."""

from __future__ import annotations

from pathlib import Path

from newslens.boilerplate import find_boilerplate
from newslens.sources import load_article

FACTORY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>The quiet collapse of the town's last factory — Valley Herald</title>
<meta property="og:title" content="The quiet collapse of the town's last factory">
<meta name="author" content="Ruth Ellery">
<meta property="article:published_time" content="2026-02-21T08:00:00Z">
</head><body>
<header><a href="/">Valley Herald</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>The quiet collapse of the town's last factory</h1>
<div class="article-text">
<p><i>By Ruth Ellery – 21 February 2026</i></p>
<p>For 140 years the Holt &amp; Sons works made the town's name. Last month it made its final
batch of carpet, and 212 people lost their jobs.</p>
<p class="ad-label">Advertisement</p>
<p>By the autumn the order book had shrunk to a third of what it had been.</p>
<p><strong>Read more:</strong> <a href="/x">Town's high street loses another bank</a></p>
<p>“It felt like a family,” said Joan Pike, who worked in the dye house for 31 years.</p>
<p>Story continues below advertisement</p>
<p>Read more than the accounts and the picture is worse: the pension fund is £9 million
short.</p>
<figure><img src="/f.jpg" alt=""><figcaption>The works in 1968. Photograph: Valley Herald
archive</figcaption></figure>
<p>The site is now up for sale.</p>
</div>
<section id="comments"><h2>3 comments</h2><div class="comment"><p>So sad to see it go.</p></div>
</section>
</article></main>
<footer>© 2026 Valley Herald. All rights reserved.</footer>
</body></html>
"""

STORY = [
    "212 people lost their jobs",
    "By the autumn the order book had shrunk",
    "“It felt like a family,” said Joan Pike",
    "Read more than the accounts",
    "The site is now up for sale.",
]


def test_a_saved_page_gives_the_whole_story_and_dims_only_furniture(tmp_path: Path) -> None:
    page = tmp_path / "factory.html"
    page.write_text(FACTORY, encoding="utf-8")
    article = load_article(str(page))
    assert article.title == "The quiet collapse of the town's last factory"
    assert article.byline == "Ruth Ellery"
    assert article.date == "2026-02-21"
    dimmed = [article.text[start:end] for start, end in find_boilerplate(article.text)]
    for line in STORY:
        assert line in article.text
        assert not any(line in span for span in dimmed), line
    for furniture in ("The works in 1968", "So sad to see it go", "Valley Herald. All rights"):
        assert furniture not in article.text
    for furniture in (
        "By Ruth Ellery – 21 February 2026",
        "Read more: Town's high street loses another bank",
        "Story continues below advertisement",
    ):
        assert any(furniture in span for span in dimmed), furniture


NEWSLETTER_WEB = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The Harbour Brief: Dockworkers vote to strike</title>
</head><body>
<table width="100%"><tr><td align="center"><table width="600">
<tr><td><a href="https://example.com/view">View this email in your browser</a></td></tr>
<tr><td><h1>THE HARBOUR BRIEF</h1><p>Tuesday 3 March 2026</p></td></tr>
<tr><td><p>Good morning. Here is what you need to know today.</p>
<h2>Dockworkers vote to strike</h2>
<p>Dockworkers have voted to strike over pay, the union said last night, in a ballot that drew
a turnout of 78 per cent.</p>
<p>"Our members have run out of patience," the union's regional organiser, Carla Benn, said.</p>
<h2>Ferry timetable changes</h2>
<p>The summer timetable starts on 30 March, with two extra sailings a day to the islands.</p></td></tr>
<tr><td><p>You are receiving this because you signed up at harbourbrief.example.</p>
<p><a href="/unsub">Unsubscribe</a></p></td></tr>
</table></td></tr></table></body></html>
"""


def test_a_newsletter_s_web_version_laid_out_in_tables_is_read(tmp_path: Path) -> None:
    page = tmp_path / "brief.html"
    page.write_text(NEWSLETTER_WEB, encoding="utf-8")
    article = load_article(str(page))
    lines = article.text.splitlines()
    for story in [
        "Dockworkers vote to strike",
        "Carla Benn, said.",
        "Ferry timetable changes",
        "two extra sailings a day",
    ]:
        assert any(story in line for line in lines), story
    dimmed = [article.text[start:end] for start, end in find_boilerplate(article.text)]
    assert any("You are receiving this" in span for span in dimmed)
    assert any("Unsubscribe" in span for span in dimmed)
