"""A standfirst in the article's <header>, under the headline, with no class that names it:
trafilatura leaves the header out whole, and with it the story's opening words. It is kept as
the text's first line; the header's byline, date and share buttons stay out of the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Bridge to close for six months | Kettle Valley News</title></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<main><article>
<header>
<h1>Bridge to close for six months</h1>
{standfirst}
<p class="byline">Hannah Blake, local democracy reporter for the Kettle Valley News</p>
<p><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share by email</a>
<a href="#">Copy the link</a></p>
<p>Published on Thursday 4 December 2026 at 10.31am</p>
</header>
<p>The county council said on Thursday that the Mill Street bridge would close to all traffic
for six months from the first week of March.</p>
<p>Drivers will face a detour of about nine miles through Ashby, and the bus company said it
would run a shuttle to the footbridge.</p>
</article></main>
</body></html>
"""

SUMMARY = "The only road crossing into town will shut while engineers replace its rusted deck."


@pytest.mark.parametrize(
    "standfirst",
    [f"<p>{SUMMARY}</p>", f'<p class="article__lead">{SUMMARY}</p>', f"<h2>{SUMMARY}</h2>"],
    ids=["paragraph", "lead", "subheading"],
)
def test_the_header_s_standfirst_is_the_text_s_first_line(tmp_path: Path, standfirst: str) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(PAGE.format(standfirst=standfirst), encoding="utf-8")
    article = load_article(str(page))
    assert article.text.startswith(f"{SUMMARY}\nThe county council said")
    assert article.text.count(SUMMARY) == 1
    assert article.title == "Bridge to close for six months"


def test_the_header_s_byline_date_and_buttons_stay_out_of_the_text(tmp_path: Path) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(PAGE.format(standfirst=""), encoding="utf-8")
    article = load_article(str(page))
    assert article.text.startswith("The county council said")
    for furniture in ("local democracy reporter", "Share on", "Published on"):
        assert furniture not in article.text
