"""What the page's markup says of its story beside the HTML of it: the text its schema.org
data gives (``_article_body_in_linked_data``), and whether the story is behind a paywall
(``_behind_paywall``)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from newslens.html_pages.tree import (
    _MIN_ENTRY_WORDS,
    _lines_of,
    _off_the_story,
    _stamp_text,
    _words,
)


def _article_body_in_linked_data(tree: Any) -> str:
    """The story's text as the page's schema.org data gives it (its "articleBody"), a line a
    paragraph, for a page that draws its story with a script and has none in its HTML."""
    from trafilatura import load_html

    for script in _linked_data(tree):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for body in _values_of(data, "articleBody"):
            if isinstance(body, str) and body.strip():
                # It may be written as HTML, its paragraphs in tags, or as plain lines.
                page = load_html(f"<html><body>{body}</body></html>")
                return "" if page is None else "\n".join(_lines_of(page.find("body")))
    return ""


# A page that draws its story with a script may set its opening in the HTML, a teaser for
# search engines and readers without JavaScript, and the whole story in its schema.org data.
_TEASER_SHARE = 0.5


def _only_teases(text: str, linked: str) -> bool:
    """Whether the text read from the HTML is only the opening of the story its schema.org
    data gives: every word of it in that story, which is more than twice as long."""
    return len(text) < _TEASER_SHARE * len(linked) and f" {_words(text)} " in f" {_words(linked)} "


def _linked_data(tree: Any) -> Iterator[str]:
    """The text of each of the page's schema.org JSON-LD scripts."""
    for script in tree.iter("script"):
        if script.get("type") == "application/ld+json":
            yield script.text or ""


def _values_of(data: Any, key: str) -> Iterator[Any]:
    """The values under ``key`` anywhere in parsed JSON, in document order."""
    if isinstance(data, dict):
        if key in data:
            yield data[key]
        for value in data.values():
            yield from _values_of(value, key)
    elif isinstance(data, list):
        for item in data:
            yield from _values_of(item, key)


# A story behind a paywall comes as its first paragraphs, and trafilatura drops the
# "subscribers only" prompt under them. The page says so in its markup: schema.org's
# isAccessibleForFree, false (in JSON-LD or microdata), a <meta> flag ("article:content_tier"
# locked, "paywall" true), or a paywall's box where the story stops. A box with prose after it
# is a promotion in the middle of a story that goes on, an empty one a place kept for a script
# that may never fill it, and a page that calls itself free is; "metered" pages are free to most.
_NOT_FREE = re.compile(r""""isAccessibleForFree"\s*:\s*"?false\b""", re.I)
_FREE = re.compile(r""""isAccessibleForFree"\s*:\s*"?true\b""", re.I)
_PAYWALL_META = re.compile(r"paywall|premium|subscri|content[_-]tier", re.I)
_LOCKED = re.compile(r"true|yes|1|locked|premium|paid|subscri\w*|members?(?:-only)?", re.I)
_PAYWALL_CLASS = re.compile(
    r"paywall|subscribers?-only|premium-(?:content|article|only|wall|barrier)|regwall"
    r"|(?:content|article)-locked|locked-(?:content|article)",
    re.I,
)


def _behind_paywall(tree: Any) -> bool:
    linked_data = " ".join(_linked_data(tree))
    if _NOT_FREE.search(linked_data) or any(map(_flags_paywall, tree.iter("meta"))):
        return True
    elements = [element for element in tree.iter() if isinstance(element.tag, str)]
    return any(map(_marked_not_free, elements)) or (
        not _FREE.search(linked_data) and any(map(_paywall_box_at_end, elements))
    )


def _flags_paywall(meta: Any) -> bool:
    name = meta.get("name") or meta.get("property") or ""
    return bool(_PAYWALL_META.search(name)) and bool(
        _LOCKED.fullmatch(meta.get("content", "").strip())
    )


def _marked_not_free(element: Any) -> bool:
    # Microdata: <meta itemprop="isAccessibleForFree" content="false">, or its text.
    return (
        element.get("itemprop") == "isAccessibleForFree"
        and (element.get("content") or _stamp_text(element)).strip().lower() == "false"
    )


def _paywall_box_at_end(element: Any) -> bool:
    return (
        _PAYWALL_CLASS.search(element.get("class", "")) is not None
        and bool(_stamp_text(element))
        and not _off_the_story(element)
        and not any(
            len(_stamp_text(p).split()) >= _MIN_ENTRY_WORDS and not _off_the_story(p)
            for p in element.xpath("following::p")
        )
    )
