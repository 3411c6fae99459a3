"""A standfirst of a few words in the article's <header> ("Bridge shut again"), named so by its
class or its role ("standfirst", "articleDek", ARIA's "doc-subtitle"), is kept as the text's
first line however short; the header's reading time and share button, and a word of a label,
stay out of the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Old Mill bridge to close for six weeks | The Porthaven Post</title></head><body>
<main><article>
<header>
<h1>Old Mill bridge to close for six weeks</h1>
{standfirst}
<div class="share"><a href="#">Share</a></div>
<p class="meta">5 min read</p>
</header>
<p>The Old Mill bridge will close to traffic from Monday while engineers replace its deck, the
county council said.</p>
<p>Drivers will be sent on a diversion through Kingsley, adding about ten minutes to the
journey.</p>
</article></main>
</body></html>
"""


def _text(tmp_path: Path, standfirst: str) -> str:
    page = tmp_path / "bridge.html"
    page.write_text(PAGE.format(standfirst=standfirst), encoding="utf-8")
    return load_article(str(page)).text


@pytest.mark.parametrize(
    "standfirst",
    [
        '<p class="standfirst">Bridge shut again</p>',
        '<p class="articleDek">Bridge shut again</p>',
        '<p role="doc-subtitle">Bridge shut again</p>',
    ],
    ids=["class", "class-in-camel-case", "role"],
)
def test_a_short_standfirst_is_the_text_s_first_line(tmp_path: Path, standfirst: str) -> None:
    assert _text(tmp_path, standfirst).startswith("Bridge shut again\nThe Old Mill bridge")


@pytest.mark.parametrize(
    "standfirst",
    ['<p class="summary-meta">5 min read</p>', '<p class="summary-label">Summary</p>', ""],
    ids=["reading-time", "label", "none"],
)
def test_the_header_s_buttons_and_labels_stay_out(tmp_path: Path, standfirst: str) -> None:
    text = _text(tmp_path, standfirst)
    assert text.startswith("The Old Mill bridge")
    assert "Share" not in text and "min read" not in text
