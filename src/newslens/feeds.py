"""A story saved from a news feed: an RSS or Atom file, read as its item's story, titled,
signed and dated by the item's fields rather than shown as the feed's XML."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from newslens.article import Article, source_label
from newslens.boilerplate import names_as_written, written_date
from newslens.errors import NewslensError
from newslens.html_pages import article_from_html
from newslens.wording import counted

# A feed's root element, after the XML declaration, any comments and a doctype that declares
# nothing (RSS 0.91's): <rss>, Atom's <feed>, and RSS 1.0's <rdf:RDF>.
_FEED_ROOT = re.compile(
    r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^\[>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]",
    re.DOTALL,
)
_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# Where an item's story is, best first: RSS's full text (content:encoded) or Atom's, else the
# summary a feed gives in its place.
_STORY_FIELDS = ("encoded", "content", "description", "summary")
_DATE_FIELDS = ("pubDate", "published", "date", "updated")
_AUTHOR_FIELDS = ("creator", "author")
_ATOM = "{http://www.w3.org/2005/Atom}"


def looks_like_feed(text: str) -> bool:
    """Whether a text is an RSS or Atom feed's XML, by the element it opens with."""
    return _FEED_ROOT.match(text, 0, 4096) is not None


def article_from_feed(text: str, source: str, warn: Callable[[str], None]) -> Article | None:
    """The story of a feed's item (its first, with a warning, of several); None for XML that
    does not parse, which is read as the text it is."""
    # Imported here, as trafilatura is: plain text never needs it.
    from lxml import etree  # type: ignore[import-untyped]

    # The text is untrusted: no entity it declares is expanded, no DTD or network read.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        # The text is decoded already, whatever charset its declaration names, which lxml
        # would take the text for if given it.
        root = etree.fromstring(_DECLARATION.sub("", text, count=1), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    name = source_label(source)
    items = [e for e in root.iter() if _name(e) in ("item", "entry")]
    if not items:
        raise NewslensError(f"{name}: a news feed with no item in it")
    if len(items) > 1:
        warn(f"{name}: a news feed of {counted(len(items), 'item')}; only the first is read")
    fields = _fields(items[0])
    story = next((fields[k] for k in _STORY_FIELDS if k in fields), None)
    title = _words(fields.get("title"))
    if story is None or not _words(story):
        raise NewslensError(f"{name}: the feed's item has no story text, only its title and link")
    page = f"<html><head><title>{html.escape(title)}</title></head><body><article>"
    article = article_from_html(f"{page}{_story_html(story)}</article></body></html>", source, warn)
    author = next((fields[k] for k in _AUTHOR_FIELDS if k in fields), None)
    byline = names_as_written(_words(author)) if author is not None else None
    dated = next((written_date(_words(fields[k])) for k in _DATE_FIELDS if k in fields), None)
    return replace(
        article,
        title=title or article.title,
        byline=byline or article.byline,
        date=dated or article.date,
    )


def _name(element: Any) -> str:
    """An element's name without its namespace ("encoded" for content:encoded); "" for a
    comment or a processing instruction."""
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""


def _fields(item: Any) -> dict[str, Any]:
    """An item's fields by name, the first of each name."""
    fields: dict[str, Any] = {}
    for child in item:
        fields.setdefault(_name(child), child)
    return fields


def _words(element: Any) -> str:
    """The words of a field, its nested elements' too (Atom's <author><name>)."""
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _story_html(field: Any) -> str:
    """A story field as HTML: RSS and Atom's type="html" hold it escaped, Atom's "xhtml" as
    elements, and Atom's "text" (the default) as plain text."""
    from lxml import etree

    kind = field.get("type", "text" if field.tag.startswith(_ATOM) else "html")
    words = field.text or ""
    if kind == "xhtml" or len(field):
        # Elements where RSS wants them escaped are read as the HTML they are.
        return html.escape(words) + "".join(
            etree.tostring(child, encoding="unicode") for child in field
        )
    if kind in ("text", "text/plain"):
        return "".join(f"<p>{html.escape(line)}</p>" for line in words.split("\n\n"))
    return words
