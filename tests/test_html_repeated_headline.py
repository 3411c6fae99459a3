"""A page's headline is shown once, in the reader's header: Medium, AMP and live-blog pages
repeat it as the first line of their text, and that line is left out; any other line that
reads like the title stays."""

from __future__ import annotations

from pathlib import Path

from newslens.article import Article
from newslens.sources import load_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title}</title>{meta}
</head><body>
<article>
<h1>{headline}</h1>
<p>Three years ago the council promised a network of protected lanes across the town centre.
Only two short stretches were ever built, and one of them was torn up last spring.</p>
<p>The council's transport officer said the money had gone on resurfacing roads instead,
after a winter of potholes that drew more complaints than anything else that year.</p>
{more}
</article>
</body></html>
"""
FIRST_PROSE = "Three years ago the council promised"


def _load(tmp_path: Path, title: str, headline: str, more: str = "", meta: str = "") -> Article:
    page = tmp_path / "page.html"
    html = PAGE.format(title=title, headline=headline, more=more, meta=meta)
    page.write_text(html, encoding="utf-8")
    return load_article(str(page))


def test_a_headline_repeating_the_title_is_not_the_first_line(tmp_path: Path) -> None:
    article = _load(
        tmp_path,
        "Why our town stopped building bike lanes",
        "Why our town stopped building bike lanes",
    )
    assert article.title == "Why our town stopped building bike lanes"
    assert article.text.startswith(FIRST_PROSE)


def test_the_repeat_is_found_past_case_spacing_quote_marks_and_the_site_name(
    tmp_path: Path,
) -> None:
    article = _load(
        tmp_path,
        "Why our town stopped building 'bike lanes' | by Priya Lal | Medium",
        "Why  Our Town Stopped Building “Bike Lanes”",
    )
    assert article.text.startswith(FIRST_PROSE)


def test_a_first_line_that_only_starts_with_the_title_is_kept(tmp_path: Path) -> None:
    article = _load(
        tmp_path,
        "Bike lanes - Town Gazette",
        "Bike lanes: why the council stopped building them",
        meta='<meta property="og:title" content="Bike lanes">',
    )
    assert article.title == "Bike lanes"
    assert article.text.startswith("Bike lanes: why the council stopped building them")


def test_the_title_repeated_later_in_the_story_is_kept(tmp_path: Path) -> None:
    article = _load(
        tmp_path,
        "Bike lanes, paused",
        "Bike lanes, paused",
        more="<h2>Bike lanes, paused</h2><p>The committee minutes show the scheme was paused in a "
        "meeting that lasted eleven minutes, with no vote taken.</p>",
    )
    assert article.text.startswith(FIRST_PROSE)
    assert "\nBike lanes, paused\n" in article.text
