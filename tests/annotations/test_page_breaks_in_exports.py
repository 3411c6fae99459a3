"""A form feed, a PDF's page break, is layout, not words: the HTML export shows it as the
reader does, a line end (a blank line after the page's last line), and the Markdown report
as a paragraph break; never as "␌". The highlight still covers exactly what was tagged."""

from __future__ import annotations

import re

import pytest

from newslens.annotations.exports import Item
from newslens.annotations.exports.html import render_html
from newslens.annotations.exports.markdown import render_markdown
from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.annotations.tags import DEFAULT_TAGS
from newslens.article import Article
from tests.annotations.conftest import span
from tests.annotations.test_exports import _Collector

# As pdftotext writes it: each page after the last line end of the one before.
TEXT = (
    "Quay repairs to cost more\n\n"
    "The harbour trust said on Friday that repairs to the north quay would cost\n"
    "\fsix million pounds, twice the first estimate. Work begins in June.\n\f"
)
TAGGED = "repairs to the north quay would cost\n\fsix million pounds"


@pytest.fixture
def paged(store: AnnotationStore) -> list[Item]:
    article = Article(text=TEXT, title="Quay repairs to cost more", source="quay.txt")
    store.tag(article, *span(TEXT, TAGGED), "disputed", kind=TargetKind.CLAIM)
    return store.export_items()


def test_the_html_export_shows_a_page_break_as_a_line_end(paged: list[Item]) -> None:
    page = render_html(paged, DEFAULT_TAGS)
    assert "␌" not in page and "\f" not in page
    parser = _Collector()
    parser.feed(page)
    shown = "".join(parser.text_div)
    assert "would cost\n\nsix million pounds" in shown
    assert "".join(parser.marked) == TAGGED.replace("\f", "\n")
    assert (
        '<q lang="" dir="auto">'
        "repairs to the north quay would cost\n\nsix million pounds</q>" in page
    )


def test_the_markdown_report_shows_a_page_break_as_a_paragraph_break(paged: list[Item]) -> None:
    report = render_markdown(paged)
    assert "␌" not in report and "\f" not in report
    quoted = re.findall(r"^ *> ?(.*)$", report, re.M)
    assert quoted == ["repairs to the north quay would cost", "", "six million pounds"]
