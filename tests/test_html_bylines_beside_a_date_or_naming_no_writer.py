"""A page's printed byline with its date on the same line ("By A – 14 April 2026") names its
writer, and one that names no writer ("By Staff", "By agencies", "By AP") still says who
wrote the piece, where the page's markup names no author."""

from __future__ import annotations

import pytest

from newslens.html_pages import article_from_html

PAGE = (
    "<html><head><title>Harbour bridge to shut</title></head><body><article>"
    "<h1>Harbour bridge to shut for six weeks</h1><p>{byline}</p>"
    "<p>The swing bridge over the harbour mouth will close to traffic from 4 May while its "
    "rusted bearings are replaced, the port authority said on Monday.</p>"
    "<p>Drivers face a diversion of about nine miles through the retail park and the ring "
    "road, officials said.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("By Morwenna Tresize – 14 April 2026", "Morwenna Tresize"),
        ("By Staff", "Staff"),
        ("By agencies", "Agencies"),
        ("By AP", "AP"),
    ],
)
def test_the_printed_byline_says_who_wrote_the_story(line: str, shown: str) -> None:
    article = article_from_html(PAGE.format(byline=line), "bridge.html", lambda _: None)
    assert article.byline == shown


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        (
            'Posted on <time datetime="2026-04-14">April 14, 2026</time> by Jordan Pike'
            " · 4 Comments",
            "Jordan Pike",
        ),
        # A stamp signed by nobody names no writer.
        ('Posted on <time datetime="2026-04-14">April 14, 2026</time> · 4 Comments', None),
    ],
)
def test_a_blogs_signed_time_stamp_names_its_writer(line: str, shown: str | None) -> None:
    page = PAGE.replace("<p>{byline}</p>", '<div class="entry-meta">{byline}</div>')
    article = article_from_html(page.format(byline=line), "bridge.html", lambda _: None)
    assert article.byline == shown


@pytest.mark.parametrize(
    ("head", "byline", "shown"),
    [
        ("", "By Gwen Pritchard<br>Friday, 6 March 2026", "Gwen Pritchard"),
        ("", "By Gwen Pritchard<br>Chief Reporter", "Gwen Pritchard"),
        # near miss: the markup's full name stays where the byline gives only a first name
        ('<meta name="author" content="Gwen Pritchard">', "By Gwen<br>Reporter", "Gwen Pritchard"),
    ],
)
def test_a_byline_block_s_next_line_is_no_part_of_the_name(
    head: str, byline: str, shown: str
) -> None:
    page = PAGE.replace("<p>{byline}</p>", '<p class="byline">{byline}</p>')
    page = page.replace("</title>", f"</title>{head}")
    article = article_from_html(page.format(byline=byline), "bridge.html", lambda _: None)
    assert article.byline == shown
