"""A story behind a paywall comes as its first paragraphs only, and trafilatura leaves out the
"subscribers only" prompt that says so: the page's own marks of a paywall are read instead,
and the reader is warned, as it is of text read in a charset it had to guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

STORY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>The school that lost its roof | The Evening Ledger</title>{head}
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a>
<a class="subscribe-button" href="/subscribe">Subscribe</a></nav></header>
<main><article>
<h1>The school that lost its roof</h1>
<div class="article-body">
<p>When the storm tore the roof off the primary school on Friday night, the head teacher was
the first to arrive, in her dressing gown, with a torch.</p>
<p>"There was rain coming in over the library shelves," she said, "and nobody to call."</p>
{end}
</div>
</article></main>
<footer><p>The Evening Ledger</p></footer>
</body></html>
"""

WARNING = "the page marks this story for subscribers; the text may be only its start"


def _warnings(tmp_path: Path, head: str = "", end: str = "") -> list[str]:
    page = tmp_path / "story.html"
    page.write_text(STORY.format(head=head, end=end), encoding="utf-8")
    warnings: list[str] = []
    article = load_article(str(page), warn=warnings.append)
    assert "in her dressing gown" in article.text
    return warnings


@pytest.mark.parametrize(
    ("head", "end"),
    [
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "NewsArticle", "isAccessibleForFree": false}</script>',
            "",
        ),
        (
            '<script type="application/ld+json">[{"@type": "NewsArticle", '
            '"isAccessibleForFree": "False", "hasPart": {"@type": "WebPageElement", '
            '"isAccessibleForFree": "False", "cssSelector": ".locked"}}]</script>',
            "",
        ),
        ("", '<meta itemprop="isAccessibleForFree" content="false">'),
        ('<meta property="article:content_tier" content="locked">', ""),
        ('<meta name="paywall" content="true">', ""),
        (
            "",
            '<div class="paywall"><h3>Keep reading</h3><p>Subscribe for £1 a week.</p></div>',
        ),
        ("", '<section class="article__subscriber-only"><p>Log in</p></section>'),
    ],
    ids=["json-ld", "json-ld-string", "microdata", "content-tier", "meta-flag", "class", "class2"],
)
def test_a_page_marked_for_subscribers_is_read_with_a_warning(
    tmp_path: Path, head: str, end: str
) -> None:
    warnings = _warnings(tmp_path, head, end)
    assert len(warnings) == 1
    assert warnings[0].endswith(WARNING)


@pytest.mark.parametrize(
    "head",
    [
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"isAccessibleForFree": true}</script>',
        '<meta property="article:content_tier" content="free">',
        "",
    ],
    ids=["free-json-ld", "free-tier", "no-marks"],
)
def test_a_free_story_gives_no_warning(tmp_path: Path, head: str) -> None:
    # The site's "Subscribe" button in the menu is no paywall.
    assert _warnings(tmp_path, head) == []


def test_a_paywall_box_above_the_end_of_the_story_is_a_promotion(tmp_path: Path) -> None:
    # A box offering a subscription in the middle of a story that goes on is an advert.
    end = (
        '<aside class="premium-promo"><p>Go premium</p></aside>'
        "<p>The council said repairs would take the rest of the term, and classes would move "
        "to the church hall across the road in the meantime.</p>"
    )
    assert _warnings(tmp_path, end=end) == []


def test_the_warning_is_shown_by_extract(tmp_path: Path) -> None:
    from tests.cli_run import run

    page = tmp_path / "story.html"
    page.write_text(
        STORY.format(head='<meta name="paywall" content="true">', end=""), encoding="utf-8"
    )
    result = run("extract", str(page), "--format", "text")
    assert WARNING in result.stderr


def test_an_empty_paywall_box_on_a_page_that_is_free_gives_no_warning(tmp_path: Path) -> None:
    # Sites keep a box for their paywall's script on every story, free ones too.
    free = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"isAccessibleForFree": true}</script>'
    )
    box = '<div class="paywall"><p>Subscribe to keep reading.</p></div>'
    assert _warnings(tmp_path, head=free, end=box) == []
    assert _warnings(tmp_path, end='<div class="paywall-container"></div>') == []
