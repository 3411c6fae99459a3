"""A pull quote the page sets in a block named for it (<div class="pullquote">) rather than a
<blockquote> repeats the story too: the article has the quote once, without the name under
it; a block so named that the story does not repeat is kept. So is WordPress's pull quote,
a <blockquote> in a <figure class="wp-block-pullquote">, as a block quote, and a plain
<figure> of a <blockquote> over its <figcaption>, signed by the caption."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>The river count | The Fen Courier</title></head>
<body><article><h1>The river count</h1>
<p>Before dawn, three volunteers wade into the river with nets and head torches, counting
the young eels that have swum thousands of miles to reach it.</p>
<p>Their numbers have fallen by 95 per cent since the 1980s, the society says.</p>
<div class="pullquote"><p>{pulled}</p><span class="attribution">— Dr Imogen Tate</span></div>
<p>“If the eel goes, it goes quietly, one weir at a time,” said Dr Imogen Tate, who leads
the count. “Nobody will notice until it is too late.”</p>
<p>The agency has fitted eel passes to 14 weirs on the river since 2020.</p>
</article></body></html>
"""


def text_of(tmp_path: Path, pulled: str) -> str:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(pulled=pulled), encoding="utf-8")
    return load_article(str(page)).text


def test_a_pull_quote_in_a_block_of_its_own_is_read_once(tmp_path: Path) -> None:
    text = text_of(tmp_path, "“If the eel goes, it goes quietly, one weir at a time.”")
    assert text.count("one weir at a time") == 1
    assert "— Dr Imogen Tate" not in text
    assert text.index("95 per cent") < text.index("one weir") < text.index("14 weirs")


def test_a_block_so_named_that_the_story_does_not_repeat_is_kept(tmp_path: Path) -> None:
    text = text_of(tmp_path, "The counts on the lower river are worse than anyone feared.")
    assert "worse than anyone feared" in text


WORDPRESS = (
    '<figure class="wp-block-pullquote"><blockquote><p>{pulled}</p><cite>Dr Imogen Tate</cite>'
    "</blockquote></figure>"
)


FIGURE = (
    "<figure><blockquote><p>{pulled}</p></blockquote>"
    "<figcaption>— Dr Imogen Tate</figcaption></figure>"
)


def _wordpress_text(tmp_path: Path, pulled: str, block: str = WORDPRESS) -> str:
    page = tmp_path / "page.html"
    html = PAGE.replace(
        '<div class="pullquote"><p>{pulled}</p><span class="attribution">— Dr Imogen Tate</span>'
        "</div>",
        block,
    )
    page.write_text(html.format(pulled=pulled), encoding="utf-8")
    return load_article(str(page)).text


@pytest.mark.parametrize("block", [WORDPRESS, FIGURE])
def test_a_wordpress_pull_quote_the_story_does_not_repeat_is_kept_as_a_quote(
    tmp_path: Path, block: str
) -> None:
    text = _wordpress_text(tmp_path, "The lower river is worse than anyone feared.", block)
    assert "“The lower river is worse than anyone feared.” — Dr Imogen Tate" in text.splitlines()


@pytest.mark.parametrize("block", [WORDPRESS, FIGURE])
def test_a_wordpress_pull_quote_the_story_repeats_is_read_once(tmp_path: Path, block: str) -> None:
    text = _wordpress_text(tmp_path, "If the eel goes, it goes quietly, one weir at a time.", block)
    assert text.count("one weir at a time") == 1
    assert "Dr Imogen Tate\n" not in text
