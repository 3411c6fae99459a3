"""An embedded post (a tweet) in a page: its date is not the page's, its signature is dimmed,
and in a <figure> it is kept in place. A byline in a block of its own is read; "By Sunday" in a
sentence is no byline."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.article import Article
from newslens.sources import load_article

from .dimmed import dimmed_passages

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


def test_an_embedded_posts_date_is_not_the_pages(tmp_path: Path) -> None:
    article = _load(tmp_path, EMBED_PAGE.format(meta="", embed=TWEET))
    assert article.date is None
    assert "— Mark Ellis MP (@markellis) June 8, 2026" in dimmed_passages(article.text)
    assert "Renters should stop complaining and buy." in article.text


def test_a_page_with_an_embedded_post_keeps_its_own_date(tmp_path: Path) -> None:
    meta = '<meta property="article:published_time" content="2026-06-09T08:00:00Z">'
    assert _load(tmp_path, EMBED_PAGE.format(meta=meta, embed=TWEET)).date == "2026-06-09"


@pytest.mark.parametrize(
    "embed",
    [
        f'<figure class="element-tweet">{TWEET}</figure>',
        # WordPress's block around each embed, whose class names it one
        f'<figure class="wp-block-embed is-provider-twitter"><div class="wp-block-embed__wrapper">'
        f"{TWEET}</div></figure>",
        f'<div class="article-embed embed-social">{TWEET}</div>',
    ],
)
def test_an_embedded_post_in_a_figure_or_an_embed_block_is_kept(tmp_path: Path, embed: str) -> None:
    text = _load(tmp_path, EMBED_PAGE.format(meta="", embed=embed)).text
    assert "Renters should stop complaining and buy." in text
    assert text.index("Mark Ellis wrote:") < text.index("Renters") < text.index("was deleted")


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


def test_share_buttons_in_a_block_named_an_embed_stay_out(tmp_path: Path) -> None:
    # near miss: a block named an embed that holds no embedded post is the site's
    buttons = '<div class="social-embed"><p>Share this story with your friends on X</p></div>'
    text = _load(tmp_path, EMBED_PAGE.format(meta="", embed=buttons)).text
    assert "Share this story" not in text


@pytest.mark.parametrize(
    ("embed", "set_apart"),
    [
        (
            '<blockquote class="twitter-tweet"><p>Strong winds on Sunday.</p>'
            "<p>Stay safe and check before you travel.</p>&mdash; Met Office (@metoffice) "
            '<a href="https://twitter.com/metoffice/status/1">November 29, 2026</a></blockquote>',
            True,
        ),
        (
            '<blockquote class="instagram-media"><div><p>Our garden after the storm.</p>'
            '<p><a href="https://www.instagram.com/p/abc/">A post shared by Jane Hollis '
            "(@janehollis)</a></p></div></blockquote>",
            True,
        ),
        # near miss: a block quote of the story's, no account's credit under it
        (
            "<blockquote><p>Strong winds on Sunday.</p>"
            "<p>Stay safe and check before you travel.</p></blockquote>",
            False,
        ),
    ],
)
def test_an_embedded_post_is_set_apart_from_the_story_by_a_blank_line(
    tmp_path: Path, embed: str, set_apart: bool
) -> None:
    # so that the analysis reads the post's lines over its credit, and none of the story's
    text = _load(tmp_path, EMBED_PAGE.format(meta="", embed=embed)).text
    first = "Strong winds on Sunday." if "Strong" in embed else "Our garden after the storm."
    assert (f"Mark Ellis wrote:\n\n{first}" in text) is set_apart
