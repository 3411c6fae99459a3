"""A live blog's entries, rewritten before extraction so that each keeps its time stamp and its
heading, in order (``_keep_live_blog_stamps``)."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from newslens.html_pages.tree import _MIN_ENTRY_WORDS, _keep_text, _stamp_text

# A live blog is a run of entries, each under its time stamp ("11.42 GMT") and often its own
# heading, which is how its reader finds their way. trafilatura drops every <time> and, for
# precision, every <header> (where entries keep both), and it takes the first entry that looks
# like a post's body for the whole article, picking the other entries' paragraphs up later
# without their headings and out of order. So the entries are rewritten first: the stamp as a
# paragraph of its own, the header as a plain block, and the page or feed that holds them all
# marked as the article's body. A page is taken for a live blog when sibling blocks each hold
# a time and a paragraph of prose: a list of related links with dates holds no paragraphs,
# and readers' comments are no entries. An entry may hold a second time ("Updated at 11.50"),
# so it is the block whose siblings hold entries too, not the one that holds a single time.
_MIN_ENTRIES = 2


def _keep_live_blog_stamps(tree: Any) -> None:
    stamps = [time for time in tree.iter("time") if _stamp_text(time)]
    if len(stamps) < _MIN_ENTRIES:
        return
    dated = {ancestor for time in stamps for ancestor in time.iterancestors()}
    with_prose = {
        block
        for p in tree.iter("p")
        if len(_stamp_text(p).split()) >= _MIN_ENTRY_WORDS
        for block in (p, *p.iterancestors())
    }
    feeds: dict[Any, dict[Any, list[Any]]] = {}
    for time in stamps:
        entry = _entry_of(time, dated & with_prose)
        if entry is not None:
            feeds.setdefault(entry.getparent(), {}).setdefault(entry, []).append(time)
    for feed, entries in feeds.items():
        if len(entries) < _MIN_ENTRIES or _is_comments(feed):
            continue
        body = next(feed.iterancestors("main", "article"), feed)
        body.set("itemprop", "articleBody")
        entries.update(_entries_without_prose(feed, entries))
        for entry, times in entries.items():
            for header in entry.iter("header"):
                header.tag = "div"
            _stamp_as_paragraph(times[0], entry)
            for later in times[1:]:
                _keep_text(later)


def _entries_without_prose(feed: Any, entries: Collection[Any]) -> Iterator[tuple[Any, list[Any]]]:
    """The feed's other dated blocks: its entries with no paragraph of prose, such as a list of
    points under "What we know so far", whose stamps are kept as the others' are."""
    for block in feed:
        if isinstance(block.tag, str) and block not in entries:
            times = [time for time in block.iter("time") if _stamp_text(time)]
            if times:
                yield block, times


def _entry_of(time: Any, entries: set[Any]) -> Any:
    """The block around a <time> that has a sibling holding a time and prose too, or None."""
    for block in time.iterancestors():
        parent = block.getparent()
        if parent is None:
            return None
        if block in entries and any(s in entries for s in parent if s is not block):
            return block
    return None


def _stamp_as_paragraph(time: Any, entry: Any) -> None:
    from trafilatura.xml import delete_element  # keeps the text that follows the stamp

    text = _stamp_text(time)
    stamp = time
    while stamp.getparent() is not entry and _stamp_text(stamp.getparent()) == text:
        stamp = stamp.getparent()  # the link or label around it, whose class may be dropped
    paragraph = stamp.makeelement("p", {})
    heading = _heading_over(stamp, entry)
    if heading is not None:
        # An entry's heading set above its time ("Minister resigns", then "10.42 GMT") is read
        # after it, as the other entries' are, so that the heading is known for one.
        delete_element(stamp)
        heading.addprevious(paragraph)
    elif (line := _line_of_details(stamp, entry)) is not stamp:
        # The time shares a line with other details ("13:40 Aisha Begum"), which may be left
        # out whole as a byline is: the time is read before it.
        delete_element(stamp)
        line.addprevious(paragraph)
    else:
        paragraph.tail = stamp.tail
        stamp.getparent().replace(stamp, paragraph)
    for outer in paragraph.iterancestors("p"):
        outer.tag = "div"  # a paragraph in a paragraph is lost with what follows it
    time.tail = None
    _keep_text(time)
    paragraph.append(time)


_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _line_of_details(stamp: Any, entry: Any) -> Any:
    """The outermost block around the stamp within the entry that holds no paragraph, such as
    the line of its time and writer; the stamp itself when it is in a paragraph."""
    line = stamp
    while (parent := line.getparent()) is not entry and next(parent.iter("p"), None) is None:
        line = parent
    return line


def _heading_over(stamp: Any, entry: Any) -> Any:
    """The entry's heading, where it comes before the stamp (and holds no part of it); else
    None."""
    around = set(stamp.iterancestors())
    for element in entry.iter():
        if element is stamp:
            return None
        if element.tag in _HEADINGS and element not in around:
            return element
    return None


def _is_comments(feed: Any) -> bool:
    # Readers' comments are dated paragraphs too; they stay out, as trafilatura leaves them.
    names = [f"{e.get('id', '')} {e.get('class', '')}" for e in (feed, *feed.iterancestors())]
    return any("comment" in name.lower() for name in names)
