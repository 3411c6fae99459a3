"""The page's tree: read in full where it nests deeper than libxml2 reads by default
(``_load_page``), without the characters XML forbids; the words of its elements as the other
modules read them (``_stamp_text``, ``_lines_of``, ``_words``), and whether an element lies
off the story (``_off_the_story``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

# libxml2 stops reading a page at its 256th level of nested elements, silently: a page built
# that deep (a site builder's wrappers, a thread of replies) lost its story, and newslens
# said there was none. Such a page is read again with the parser's huge_tree option, which
# lifts the limit. Reading a tree recurses through it, here and in trafilatura, and
# trafilatura walks each element's ancestors, so its time grows with the sum of the elements'
# depths: a page nested deeper than Python's recursion allows, or past a budget of steps (a
# few seconds' work), is read as far as the default limit, as before.
_PARSER_DEPTH_LIMIT = 255
_MAX_DEPTH = 800
_MAX_ANCESTOR_STEPS = 2_000_000


def _load_page(html: str) -> tuple[Any, bool]:
    """The page's tree, as trafilatura reads it, read in full where it nests too deep for
    libxml2's default limit and not so deep that reading it would fail or take too long; and
    whether it was too deep, and read only in part."""
    from lxml.html import HTMLParser, fromstring  # type: ignore[import-untyped]
    from trafilatura import load_html
    from trafilatura.utils import repair_faulty_html

    tree = load_html(html)
    if tree is None or _depth_of_last_element(tree) < _PARSER_DEPTH_LIMIT:
        return tree, False
    deep = HTMLParser(
        collect_ids=False,
        default_doctype=False,
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
    )
    page = repair_faulty_html(html, html[:50].lower())
    try:
        whole = fromstring(page, parser=deep)
    except ValueError:  # a string that declares its encoding (<?xml … encoding=…?>)
        whole = fromstring(page.encode("utf-8", "surrogatepass"), parser=deep)
    depths = _depths(whole)
    fits = max(depths) <= _MAX_DEPTH and sum(depths) <= _MAX_ANCESTOR_STEPS
    return (whole, False) if fits else (tree, True)


def _depth_of_last_element(tree: Any) -> int:
    # Where libxml2 stops, the tree ends: its last element is the deepest it read.
    depth = 0
    while len(tree):
        tree = tree[-1]
        depth += 1
    return depth


def _depths(tree: Any) -> list[int]:
    """How deep each of the tree's elements is nested."""
    depth_of = {tree: 0}
    for element in tree.iterdescendants():
        depth_of[element] = depth_of[element.getparent()] + 1
    return list(depth_of.values())


# What XML forbids in text: C0 controls but tab and line breaks, U+FFFE and U+FFFF. The HTML
# parser drops them written raw, but keeps one written as a reference ("&#27;"), and lxml then
# refuses every text holding it: trafilatura dropped the whole story for one ESC.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _drop_characters_xml_forbids(tree: Any) -> None:
    """Leave out of the page's text what the parser leaves out when written raw."""
    for element in tree.iter():
        if element.text and _NOT_IN_XML.search(element.text):
            element.text = _NOT_IN_XML.sub("", element.text)
        if element.tail and _NOT_IN_XML.search(element.tail):
            element.tail = _NOT_IN_XML.sub("", element.tail)


def _lines_of(element: Any) -> list[str]:
    """The element's text, a line for each of its blocks and each run between line breaks."""
    lines = "".join(_text_with_breaks(element)).split("\n")
    return [line for line in (" ".join(line.split()) for line in lines) if line]


_HTML_BLOCKS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"})
_LINE_TAGS = _HTML_BLOCKS | {"br"}


def _text_with_breaks(element: Any) -> Iterator[str]:
    """The element's text, without its tail, a line break around each block in it."""
    if element.tag in _LINE_TAGS:
        yield "\n"
    yield element.text or ""
    for child in element:
        if isinstance(child.tag, str):  # not a comment
            yield from _text_with_breaks(child)
        yield child.tail or ""
    if element.tag in _LINE_TAGS:
        yield "\n"


# The blocks of a page around its story: a list of links, a sidebar, a footer, readers'
# comments, a box of related or promoted stories.
_NOT_THE_STORY_TAGS = frozenset({"li", "aside", "footer", "nav"})
_NOT_THE_STORY_CLASS = re.compile(
    r"related|comment|sidebar|recommend|most-?read|more-?(?:stories|on)|promo|outbrain|taboola",
    re.I,
)


def _off_the_story(element: Any) -> bool:
    return any(
        block.tag in _NOT_THE_STORY_TAGS
        or _NOT_THE_STORY_CLASS.search(f"{block.get('id', '')} {block.get('class', '')}")
        for block in (element, *element.iterancestors())
    )


# A paragraph of prose has this many words at least.
_MIN_ENTRY_WORDS = 8


def _stamp_text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _keep_text(time: Any) -> None:
    # trafilatura drops a <time> with its text; emptied, it stays for its datetime, from which
    # the page's date may be read, and its words follow it.
    text = _stamp_text(time)
    for child in list(time):
        time.remove(child)
    time.text = None
    time.tail = f"{text}{time.tail or ''}"


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+(?:['’]\w+)*", text.lower()))
