"""A news feed's item saved to a file (RSS or Atom) is read as its story, titled, signed and
dated by the item's fields, never shown as the feed's XML; a feed with no story in it is one
line on standard error, and a text that only mentions a feed stays the text it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.errors import NewslensError
from newslens.sources import load_article
from tests.cli_run import assert_one_line_error, run
from tests.http_server import serve

OPENING = (
    "Dredging of the inner harbour at Kellbridge will start in March, the harbour board said "
    "on Monday, after two years of delays over where the silt should go."
)
QUOTE = "The board's chair, Mira Okafor, said the work would take eleven weeks."

RSS_ITEM = f"""<item>
<title>Harbour dredging to start in March</title>
<link>https://kellbridge-echo.example/news/harbour-dredging</link>
<dc:creator>Ines Marlow</dc:creator>
<pubDate>Thu, 05 Nov 2026 18:20:00 +0000</pubDate>
<description><![CDATA[<p>Dredging will start in March, the board said.</p>]]></description>
<content:encoded><![CDATA[<p>{OPENING}</p><p>{QUOTE}</p>]]></content:encoded>
</item>"""


def _rss(*items: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Kellbridge Echo</title><link>https://kellbridge-echo.example/</link>
{"".join(items)}
</channel></rss>
"""


def _write(tmp_path: Path, text: str, name: str = "item.xml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_an_rss_item_is_read_as_its_story(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, _rss(RSS_ITEM)))
    assert (article.title, article.byline, article.date) == (
        "Harbour dredging to start in March",
        "Ines Marlow",
        "2026-11-05",
    )
    assert article.text.split("\n") == [OPENING, QUOTE]


def test_an_atom_entry_is_read_as_its_story(tmp_path: Path) -> None:
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kellbridge Echo</title>
<entry><title>Harbour dredging to start in March</title>
<author><name>Ines Marlow</name></author><published>2026-11-05T18:20:00Z</published>
<content type="html">&lt;p&gt;{OPENING}&lt;/p&gt;&lt;p&gt;{QUOTE}&lt;/p&gt;</content></entry>
</feed>"""
    article = load_article(_write(tmp_path, feed, "item.atom"))
    assert (article.title, article.byline, article.date) == (
        "Harbour dredging to start in March",
        "Ines Marlow",
        "2026-11-05",
    )
    assert article.text.split("\n") == [OPENING, QUOTE]


def test_a_feed_of_several_items_is_read_from_its_first_with_a_warning(tmp_path: Path) -> None:
    second = RSS_ITEM.replace("Harbour dredging to start in March", "Ferry fares frozen")
    warnings: list[str] = []
    article = load_article(_write(tmp_path, _rss(RSS_ITEM, second)), warn=warnings.append)
    assert article.title == "Harbour dredging to start in March"
    assert len(warnings) == 1 and "2 items; only the first is read" in warnings[0]


def test_a_feed_that_declares_a_western_charset_keeps_its_accents_and_quotes(
    tmp_path: Path,
) -> None:
    feed = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss><channel><item>'
        "<title>Café owners “furious” at parking charges</title><description>"
        "&lt;p&gt;Café owners on Mill Street say the new charges will drive away the customers "
        "who keep them open, the traders’ group said.&lt;/p&gt;</description></item></channel></rss>"
    )
    path = tmp_path / "item.xml"
    path.write_bytes(feed.encode("cp1252"))
    article = load_article(str(path))
    assert article.title == "Café owners “furious” at parking charges"
    assert article.text.startswith("Café owners on Mill Street")


CAFE_HEADLINE = "Café on Mill Street fined over its terrace"


def _feed_bytes(declared: str, encoding: str) -> bytes:
    """A feed's item in ``encoding``; a Central European "Ł" only where it has one."""
    owner = "Łucja Nováková" if encoding == "iso-8859-2" else "Lucja Nováková"
    return (
        f"{declared}<rss><channel><item><title>{CAFE_HEADLINE}</title>"
        "<dc:creator xmlns:dc='http://purl.org/dc/elements/1.1/'>Tomasz Wróbel</dc:creator>"
        f"<description>&lt;p&gt;The café owner, {owner}, said she would appeal the "
        "fine.&lt;/p&gt;</description></item></channel></rss>"
    ).encode(encoding)


def test_a_feed_is_read_in_the_charset_its_declaration_names_without_a_warning(
    tmp_path: Path,
) -> None:
    path = tmp_path / "item.xml"
    path.write_bytes(_feed_bytes('<?xml version="1.0" encoding="ISO-8859-2"?>\n', "iso-8859-2"))
    warnings: list[str] = []
    article = load_article(str(path), warn=warnings.append)
    assert (article.title, article.byline) == (CAFE_HEADLINE, "Tomasz Wróbel")
    assert article.text == "The café owner, Łucja Nováková, said she would appeal the fine."
    assert warnings == []


def test_a_feed_that_declares_no_charset_is_still_read_as_western_with_a_warning(
    tmp_path: Path,
) -> None:
    path = tmp_path / "item.xml"
    path.write_bytes(_feed_bytes('<?xml version="1.0"?>\n', "cp1252"))
    warnings: list[str] = []
    assert load_article(str(path), warn=warnings.append).title == CAFE_HEADLINE
    assert len(warnings) == 1 and "read as Windows-1252" in warnings[0]


@pytest.mark.parametrize(
    "content_type",
    ["application/rss+xml; charset=utf-8", "application/xml", "text/xml; charset=utf-8"],
)
def test_a_feed_served_by_url_is_read_as_its_items_story(content_type: str) -> None:
    with serve({"/feed": (_rss(RSS_ITEM).encode(), content_type)}) as base:
        article = load_article(f"{base}/feed")
    assert (article.title, article.byline) == ("Harbour dredging to start in March", "Ines Marlow")
    assert article.text.split("\n") == [OPENING, QUOTE]


def test_an_atom_feed_served_by_url_is_read_as_its_entrys_story() -> None:
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kellbridge Echo</title>
<entry><title>Ferry fares frozen for a year</title><content type="text">{OPENING}</content></entry>
</feed>"""
    with serve({"/feed.atom": (feed.encode(), "application/atom+xml")}) as base:
        article = load_article(f"{base}/feed.atom")
    assert (article.title, article.text) == ("Ferry fares frozen for a year", OPENING)


def test_xml_served_by_url_that_is_no_feed_is_refused() -> None:
    sitemap = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://kellbridge-echo.example/news/harbour-dredging</loc></url></urlset>"""
    with (
        serve({"/sitemap.xml": (sitemap, "text/xml")}) as base,
        pytest.raises(NewslensError, match="sent XML that is not a news feed"),
    ):
        load_article(f"{base}/sitemap.xml")


def test_a_feed_with_no_story_is_one_line_and_exit_2(tmp_path: Path) -> None:
    empty = _write(tmp_path, _rss(), "empty.xml")
    assert_one_line_error(run("extract", empty), "a news feed with no item in it")
    headline_only = "<item><title>Ferry fares frozen</title><link>https://x.example/a</link></item>"
    linked = _write(tmp_path, _rss(headline_only), "linked.xml")
    assert_one_line_error(run("extract", linked), "no story text, only its title and link")


def test_a_story_about_a_feed_and_xml_that_does_not_parse_stay_text(tmp_path: Path) -> None:
    story = f"How to follow the harbour board\n\nAdd <rss> to your reader. {OPENING}\n"
    assert load_article(_write(tmp_path, story, "story.txt")).text == story
    broken = _rss(RSS_ITEM).replace("</channel>", "")
    assert load_article(_write(tmp_path, broken)).text == broken
