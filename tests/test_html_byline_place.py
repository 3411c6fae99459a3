"""A byline is read where a byline stands, under the headline at the top of the story: never
from a list of related stories, a sidebar or a reader's comment that happens to say "By …"."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry fares to rise by a fifth</title>
</head><body>
{before}
<main><article>
<h1>Ferry fares to rise by a fifth</h1>
{byline}
<div class="story-body">
<p>Fares on the island ferry will rise by a fifth from April, the operator said on Monday,
blaming the cost of fuel and a new crew agreement.</p>
<p>Islanders who rely on the crossing for work said the rise would cost them hundreds of
pounds a year, and the council has asked for a meeting with the operator.</p>
</div>
</article></main>
{after}
</body></html>
"""

RELATED = """<section class="related-stories"><h2>More on this story</h2><ul>
<li><a href="/a">Island school saved from closure</a><span>By Someone Else</span></li>
<li><a href="/b">Harbour wall repairs delayed again</a><span>By Tom Reed</span></li>
</ul></section>"""

SIDEBAR = """<aside class="most-read"><h2>Most read</h2><ol>
<li><a href="/c">Council tax to rise again</a><p>By Someone Else</p></li>
<li><a href="/d">Bridge closed for a week</a><p>By Tom Reed</p></li>
</ol></aside>"""

COMMENTS = """<section id="comments"><h2>2 comments</h2>
<div class="comment"><p>By Mary Hobbs</p><p>Another rise, and the boats are still late.</p></div>
</section>"""


def byline_of_page(
    tmp_path: Path, before: str = "", byline: str = "", after: str = "", head: str = ""
) -> str | None:
    """The byline newslens reads from the ferry story's page, with ``byline`` under its
    headline, ``before`` and ``after`` the story, and ``head`` in its <head>."""
    page = tmp_path / "page.html"
    html = PAGE.format(before=before, byline=byline, after=after)
    page.write_text(html.replace("</head>", f"{head}</head>"), encoding="utf-8")
    return load_article(str(page)).byline


def test_a_byline_under_the_headline_is_found(tmp_path: Path) -> None:
    assert byline_of_page(tmp_path, byline="<p>By Jane Doe</p>", after=RELATED) == "Jane Doe"


def test_a_byline_under_the_headline_wins_over_a_sidebar_above_it(tmp_path: Path) -> None:
    assert byline_of_page(tmp_path, before=SIDEBAR, byline="<div>By Jane Doe</div>") == "Jane Doe"


def test_a_related_story_s_byline_is_not_the_page_s(tmp_path: Path) -> None:
    assert byline_of_page(tmp_path, after=RELATED) is None


def test_a_sidebar_byline_above_the_story_is_not_the_page_s(tmp_path: Path) -> None:
    assert byline_of_page(tmp_path, before=SIDEBAR) is None


def test_a_comment_signed_by_a_reader_is_nobyline_of_page(tmp_path: Path) -> None:
    assert byline_of_page(tmp_path, after=COMMENTS) is None


def test_a_wire_byline_in_capitals_is_shown_as_names_are_written(tmp_path: Path) -> None:
    byline = '<div class="Page-byline">By <a href="/a">ROSA DELGADO</a></div>'
    page = PAGE.format(before="", byline=byline, after="").replace(
        "<head>", '<head><meta name="author" content="ROSA DELGADO">'
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert load_article(str(path)).byline == "Rosa Delgado"


def test_a_byline_block_that_names_its_author_without_by(tmp_path: Path) -> None:
    # As the BBC marks it: the block says it is the byline, the name stands alone in it.
    byline = (
        '<div data-component="byline-block"><div><span>Alan Crewe</span></div>'
        "<div>BBC News, Shrewsbury</div></div>"
    )
    assert byline_of_page(tmp_path, byline=byline) == "Alan Crewe"


def test_a_byline_block_with_no_name_in_it_gives_nobyline_of_page(tmp_path: Path) -> None:
    byline = '<div data-testid="byline">Updated 2 hours ago</div>'
    assert byline_of_page(tmp_path, byline=byline) is None
