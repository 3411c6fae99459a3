"""A draft exported from Google Docs as HTML sets its headline in the Title style, a first
<p class="title"> with no <h1>, and names the file in its <title>: the headline titles it."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

DOC = """<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<title>DRAFT v3 - library closures - EDIT ME</title></head><body class="c3 doc-content">
<p class="c2 title" id="h.x1"><span class="c1">Six village libraries to close under county cuts</span></p>
<p class="c2"><span class="c1">By Ana de la Cruz</span></p>
<p class="c2"><span class="c1">Six village libraries will close in April as the county council tries to save
&pound;1.1m a year, according to a draft budget seen by the Porthaven Post.</span></p>
<p class="c2"><span class="c1">The council said a mobile library would visit each of the villages once a
fortnight, and that the buildings could be offered to community groups.</span></p>
</body></html>"""


def test_the_title_paragraph_titles_the_document(tmp_path: Path) -> None:
    path = tmp_path / "draft.html"
    path.write_text(DOC, encoding="utf-8")
    article = load_article(str(path))
    assert article.title == "Six village libraries to close under county cuts"
    assert article.byline == "Ana de la Cruz"
    assert "mobile library" in article.text


def test_a_page_with_a_headline_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(DOC.replace('<p class="c2 title"', '<h1>Libraries</h1><p class="c2 title"'))
    assert load_article(str(path)).title == "Libraries"
