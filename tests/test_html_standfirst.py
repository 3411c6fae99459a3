"""The standfirst (the dek, a post's subtitle) under a headline is the story's opening words,
often its boldest claim: it is kept as the text's first line, wherever the page puts it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our towns deserve better buses</title>
</head><body>
<main><article>
{top}
<div class="article-body">
<p>Two years ago, the county cut every bus after 7pm to save a few hundred thousand pounds a
year. The saving was real, and so was the cost.</p>
<p>Shift workers at the hospital now pay for taxis home, or do not take the late shifts at
all, and evening vacancies there are up by a third.</p>
</div>
</article></main>
</body></html>
"""

DEK = "Cutting the evening service saved little and cost a lot"


@pytest.mark.parametrize(
    "top",
    [
        # In the article's header, which trafilatura leaves out whole.
        f"""<header class="article-header"><h1>Our towns deserve better buses</h1>
<p class="article-dek">{DEK}.</p><div class="byline">By Priya Natarajan</div></header>""",
        # A post's subtitle, as a blogging platform writes it.
        f"""<div class="post-header"><h1 class="post-title">Our towns deserve better buses</h1>
<h3 class="subtitle">{DEK}</h3></div>""",
        # A standfirst between the headline and the byline.
        f"""<h1>Our towns deserve better buses</h1><p class="standfirst">{DEK}.</p>
<div class="byline">By Priya Natarajan</div>""",
    ],
    ids=["dek-in-header", "subtitle", "standfirst"],
)
def test_the_standfirst_is_the_text_s_first_line(tmp_path: Path, top: str) -> None:
    page = tmp_path / "column.html"
    page.write_text(PAGE.format(top=top), encoding="utf-8")
    article = load_article(str(page))
    assert article.text.startswith(DEK)
    assert article.text.count(DEK) == 1
    assert article.title == "Our towns deserve better buses"


def test_a_related_story_s_subtitle_is_not_the_standfirst(tmp_path: Path) -> None:
    top = """<h1>Our towns deserve better buses</h1>
<aside class="related"><h3 class="subtitle">Rail fares to rise again in January</h3></aside>"""
    page = tmp_path / "column.html"
    page.write_text(PAGE.format(top=top), encoding="utf-8")
    assert load_article(str(page)).text.startswith("Two years ago")
