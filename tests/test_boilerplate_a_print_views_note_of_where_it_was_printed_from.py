"""A story saved from a site's print view ends with the page's note of where and when it was
printed, and the story's address: "This article was printed from … at …", "URL: https://…".
Both are dimmed, as the copyright line beside them is; a story's own sentence that starts
"Printed from …" is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

from .dimmed import dimmed_inside_a_story, dimmed_passages


@pytest.mark.parametrize(
    "line",
    [
        "This article was printed from fenwickpost.example at 07:52, 4 June 2026.",
        "Printed from www.fenwickpost.example on 4 June 2026",
        "Article printed from The Fenwick Post: https://fenwickpost.example/?p=4410",
        "URL: https://fenwickpost.example/news/bridge-closure",
        "URL to article: https://fenwickpost.example/news/bridge-closure",
    ],
)
def test_a_print_views_note_is_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


def test_a_printed_page_keeps_its_story_and_dims_its_note(tmp_path: Path) -> None:
    page = """<html><head><title>Print: Bridge to close for repairs</title></head><body>
<h1>Bridge to close for repairs</h1>
<p>The Fenwick swing bridge will close for six weeks from June, the council said.</p>
<p>Printed from Monday, the diversion leaflets will go to every house in the ward.</p>
<p><small>This article was printed from fenwickpost.example at 07:52, 4 June 2026.</small></p>
<p><small>URL: https://fenwickpost.example/news/bridge-closure</small></p>
</body></html>"""
    path = tmp_path / "print.html"
    path.write_text(page, encoding="utf-8")
    article = load_article(str(path))
    dimmed = dimmed_passages(article.text)
    assert [" ".join(passage.split()) for passage in dimmed] == [
        "This article was printed from fenwickpost.example at 07:52, 4 June 2026. "
        "URL: https://fenwickpost.example/news/bridge-closure"
    ]
