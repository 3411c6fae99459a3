"""A page that draws its story with a script has no story in its HTML, but its schema.org
data may hold it ("articleBody"): the article is that text, a line a paragraph, with the
headline, author and date the data gives."""

from __future__ import annotations

import json
from pathlib import Path

from newslens.sources import load_article

STORY = (
    "Flood defences at the weir will be raised by a metre after the river came within 20 "
    "centimetres of overtopping them in February, the agency said.\n\n"
    "The £6.5 million scheme will begin in July.\n\n"
    '"February was a warning we cannot ignore," said area manager Petra Long.'
)


def page_with(tmp_path: Path, data: object) -> Path:
    page = tmp_path / "page.html"
    page.write_text(
        '<!doctype html><html><head><meta charset="utf-8"><title>Ridgeway News</title>'
        f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
        '<body><div id="root"></div><script src="/app.js"></script></body></html>',
        encoding="utf-8",
    )
    return page


def test_the_story_in_the_linked_data_is_read_with_its_headline_author_and_date(
    tmp_path: Path,
) -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Weir flood defences to be raised by a metre",
        "author": {"@type": "Person", "name": "Hana Kovac"},
        "datePublished": "2026-05-06T09:30:00+01:00",
        "articleBody": STORY,
    }
    article = load_article(str(page_with(tmp_path, data)))
    assert article.text.splitlines() == STORY.split("\n\n")
    assert article.title == "Weir flood defences to be raised by a metre"
    assert article.byline == "Hana Kovac"
    assert article.date == "2026-05-06"


def test_a_story_written_as_html_in_a_graph_is_read_as_its_paragraphs(tmp_path: Path) -> None:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in STORY.split("\n\n"))
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Ridgeway News"},
            {"@type": "NewsArticle", "headline": "Weir defences raised", "articleBody": body},
        ],
    }
    article = load_article(str(page_with(tmp_path, data)))
    assert article.text.splitlines() == STORY.split("\n\n")
