"""Pages and pasted texts as readers bring them, round 4: embedded posts, live blog entries
with a second time, bylines in a block of their own, newsletters and PDFs."""

from __future__ import annotations

from pathlib import Path

from newslens.article import Article
from newslens.boilerplate import find_boilerplate
from newslens.sources import load_article

TWEET = """<blockquote class="twitter-tweet"><p lang="en">Renters should stop complaining and buy.
It is not that hard.</p>&mdash; Mark Ellis MP (@markellis)
<a href="https://twitter.com/markellis/status/1">June 8, 2026</a></blockquote>"""

EMBED_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Minister apologises for post</title>{meta}
</head><body><main><article>
<h1>Minister apologises for post</h1>
<div class="article-body">
<p>The housing minister has apologised after telling renters to stop complaining and buy.</p>
<p>In a post on X on Saturday night, Mark Ellis wrote:</p>
{embed}
<p>The post was deleted on Sunday morning, after hundreds of angry replies from renters.</p>
<p>"I got the tone badly wrong and I apologise," Mr Ellis said in a statement.</p>
</div></article></main></body></html>
"""


def _load(tmp_path: Path, html: str, name: str = "page.html") -> Article:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return load_article(str(path))


def _dimmed(text: str) -> list[str]:
    return [text[start:end] for start, end in find_boilerplate(text)]


def test_an_embedded_posts_date_is_not_the_pages(tmp_path: Path) -> None:
    article = _load(tmp_path, EMBED_PAGE.format(meta="", embed=TWEET))
    assert article.date is None
    assert "— Mark Ellis MP (@markellis) June 8, 2026" in _dimmed(article.text)
    assert "Renters should stop complaining and buy." in article.text


def test_a_page_with_an_embedded_post_keeps_its_own_date(tmp_path: Path) -> None:
    meta = '<meta property="article:published_time" content="2026-06-09T08:00:00Z">'
    assert _load(tmp_path, EMBED_PAGE.format(meta=meta, embed=TWEET)).date == "2026-06-09"


def test_an_embedded_post_in_a_figure_is_kept(tmp_path: Path) -> None:
    embed = f'<figure class="element-tweet">{TWEET}</figure>'
    text = _load(tmp_path, EMBED_PAGE.format(meta="", embed=embed)).text
    assert "Renters should stop complaining and buy." in text
    assert text.index("Mark Ellis wrote:") < text.index("Renters") < text.index("was deleted")


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


def _in_order(text: str, parts: list[str]) -> bool:
    return all(part in text for part in parts) and sorted(parts, key=text.index) == parts


def test_live_blog_entries_with_a_second_time_keep_their_stamps_in_order(tmp_path: Path) -> None:
    text = _load(tmp_path, LIVE_UPDATED).text
    assert _in_order(
        text,
        ["12.40", "Fuel duty frozen", "fuel duty will stay", "Updated at 12.55", "11.42",
         "Opposition leader responds", "did nothing", "09.05", "Markets steady", "pound"],
    )  # fmt: skip
    assert "Updated at 12.55" in _dimmed(text)


def test_a_live_blog_stamp_beside_its_update_time_keeps_the_entry(tmp_path: Path) -> None:
    text = _load(tmp_path, LIVE_SHARED).text
    assert _in_order(
        text,
        ["2.15am", "Updated at 2.21am BST", "Labour holds", "majority of 4,210",
         "Thank you Cardiff Central.", "1.40am", "Turnout down", "51 per cent"],
    )  # fmt: skip


def test_a_byline_in_a_block_of_its_own(tmp_path: Path) -> None:
    page = EMBED_PAGE.format(meta="", embed="").replace(
        "<h1>Minister apologises for post</h1>",
        "<h1>Minister apologises for post</h1><div><span>By Helen Brice</span>"
        "<span>Political reporter</span></div>",
    )
    assert _load(tmp_path, page).byline == "Helen Brice"


def test_a_byline_is_not_read_from_a_sentence(tmp_path: Path) -> None:
    page = EMBED_PAGE.format(meta="", embed="<p>By Sunday the post had been shared widely.</p>")
    assert _load(tmp_path, page).byline is None


NEWSLETTER = """View in browser

THE HARBOUR BRIEF | Tuesday 3 March 2026

Good morning. Here is what you need to know today.

Dockworkers vote to strike

Dockworkers have voted to strike over pay, the union said last night, in a ballot that drew a turnout of 78 per cent.
"""


def test_a_newsletter_is_titled_by_its_story_not_its_masthead(tmp_path: Path) -> None:
    article = _load(tmp_path, NEWSLETTER, "brief.txt")
    assert article.title == "Dockworkers vote to strike"


PDF = """Annual Report 2025                          Harbour Authority
{headline}The harbour authority's income rose by 12 per cent
in 2025, driven by a record number of cruise ship vis-
its and higher mooring fees, the report says. Income
was £48.2m, compared with £43.0m the previous year.
                              14
Annual Report 2025                          Harbour Authority
Operating costs rose more slowly, by 6 per cent, as
energy prices fell in the second half of the year.
                              15
"""


def test_text_from_a_pdf_is_titled_by_its_headline(tmp_path: Path) -> None:
    text = PDF.format(headline="Income rises on record cruise season\n")
    assert _load(tmp_path, text, "report.txt").title == "Income rises on record cruise season"


def test_text_from_a_pdf_without_a_headline_is_titled_by_its_running_head(
    tmp_path: Path,
) -> None:
    title = _load(tmp_path, PDF.format(headline=""), "report.txt").title
    assert title == "Annual Report 2025 Harbour Authority"


def test_a_paragraph_wrapped_by_hand_is_no_title(tmp_path: Path) -> None:
    text = (
        "The harbour authority's income rose by 12 per cent\n"
        "In 2025, driven by a record number of cruise ship\n"
        "visits and higher mooring fees, the report says.\n"
        "Income was £48.2m, against £43.0m a year before.\n"
    )
    assert _load(tmp_path, text, "wrapped.txt").title is None
