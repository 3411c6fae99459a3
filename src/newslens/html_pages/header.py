"""The top of the story, from its headline to its second paragraph (``_top_of_story``): the
standfirst under the headline, who signs the story (in the markup or in a printed byline), who
issued a government's release, and the dates its header labels and its dateline gives."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from newslens.boilerplate import (
    BYLINE_WORDS,
    ONE_NAME,
    PUBLISHED_LABEL,
    find_boilerplate,
    names_of,
    signed_names,
    stamp_signed_by,
    time_stamp,
    written_date,
)
from newslens.html_pages.tree import (
    _HTML_BLOCKS,
    _MIN_ENTRY_WORDS,
    _lines_of,
    _off_the_story,
    _stamp_text,
    _words,
)

# The standfirst under the headline (a "dek", a post's subtitle, a "lead-summary") opens the
# story, often with its boldest claim, but trafilatura drops it with the header it stands in, or
# for its class. A list there, or a box under a heading of its own ("Key points", then a
# paragraph a point), is the story's key points, not its opening words: taken for a
# standfirst, its points ran into one line and its heading into the first point, which the
# text did not open with, so the story told them twice.
# A class or a role names it, whatever its length ("Bridge shut for repairs"), in words of its
# own or of a name run together ("articleStandfirst", ARIA's "doc-subtitle"); a word alone
# there is a label ("Summary"), and a reading time or a share button the header's.
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[-_\s]|(?<=[a-z])(?-i:(?=[A-Z])))"
    r"(?:dek|deck|standfirst|subtitle|sub-?headline|strapline|summary|lede|intro)"
    r"(?:$|[-_\s]|(?-i:(?=[A-Z])))",
    re.I,
)
_POINTS_TAGS = frozenset({"li", "h2", "h3", "h4", "h5", "h6"})
_MIN_STANDFIRST_WORDS = 2
_OPENING_CHARS = 4000  # where trafilatura puts a standfirst it keeps


def _standfirst(top: list[Any]) -> str | None:
    for element in top:
        if (
            _STANDFIRST_CLASS.search(f"{element.get('class', '')} {element.get('role', '')}")
            and not any(inner.tag in _POINTS_TAGS for inner in element.iterdescendants())
            and not _off_the_story(element)
        ):
            words = " ".join(_lines_of(element))
            if len(words.split()) >= _MIN_STANDFIRST_WORDS and not _all_dimmed(words):
                return words
    return next(filter(None, map(_prose_in_the_header, top)), None)


def _all_dimmed(words: str) -> bool:
    return find_boilerplate(words) == [(0, len(words))]


# The article's <header> holds its headline, byline, date and buttons, and often, with no class
# that names it, the standfirst: trafilatura leaves the header out whole. A paragraph of prose
# there is the standfirst; a byline, a time stamp or a picture's caption is none.
_HEADER_PROSE_TAGS = frozenset({"p", "h2"})
_HEADER_FURNITURE = re.compile(r"byline|author|share|social|date|time|meta|credit|caption", re.I)


def _prose_in_the_header(element: Any) -> str | None:
    if element.tag not in _HEADER_PROSE_TAGS or _off_the_story(element):
        return None
    around = [block.tag for block in element.iterancestors()]
    if "header" not in around or "article" not in around[around.index("header") :]:
        return None
    if "figure" in around or any(inner.tag == "time" for inner in element.iterdescendants()):
        return None
    words = " ".join(_lines_of(element))
    linked = " ".join(" ".join(link.itertext()) for link in element.iter("a"))
    if (
        len(words.split()) < _MIN_ENTRY_WORDS
        or _HEADER_FURNITURE.search(_marks(element))
        or len(linked.split()) * 2 > len(words.split())
        or words.startswith(BYLINE_WORDS)
        or time_stamp(words) is not None
    ):
        return None
    return words


def _opens_with(text: str, standfirst: str) -> bool:
    return f" {_words(standfirst)} " in f" {_words(text[:_OPENING_CHARS])} "


# A byline in a block of its own, "By Helen Brice", read where no markup names the author or
# where the markup names fewer. It stands under the headline, before the story's second
# paragraph; a "By …" anywhere else signs something else: a related story in a list of links,
# a sidebar's, a reader's comment. What it names is read by the rules for any byline
# (signed_names), from its first line: the date under it, after a line break, is no part of it.
_BYLINE_MARK = re.compile(r"byline", re.I)
_BYLINE_BEFORE_PARAGRAPH = 2


def _signed_by(top: list[Any]) -> str | None:
    for element in top:
        name = _signature_of(element)
        if name is not None and not _off_the_story(element):
            return name
    return None


def _signature_of(element: Any) -> str | None:
    """The names, "A; B", that an element signs the story with."""
    signed = _signed_names(element)
    if signed is not None or not _BYLINE_MARK.search(_marks(element)):
        return signed
    # A byline block holds its "By …" line among its date and buttons; the BBC's names its
    # author without a "By", above their role.
    inner = (_signed_names(block) for block in element.iterdescendants())
    return next(filter(None, inner), None) or next(
        (t for t in map(str.strip, element.itertext()) if ONE_NAME.fullmatch(t)), None
    )


# A blog signs its time stamp ("Posted on <time> by Jordan Pike · 4 Comments").
_STAMP_OPENING = re.compile(r"(?:posted|published|written)\b", re.I)


def _signed_names(element: Any) -> str | None:
    opening = isinstance(element.tag, str) and (element.text or "").lstrip()
    if not opening:
        return None
    if opening.startswith(BYLINE_WORDS):
        return signed_names(_first_line(element))
    if _STAMP_OPENING.match(opening):
        signer = stamp_signed_by(_first_line(element))
        return signed_names(f"By {signer}") if signer else None
    return None


def _first_line(element: Any) -> str:
    """The element's words up to its first line break."""
    words = [element.text or ""]
    for child in element:
        if child.tag == "br":
            break
        words.extend((_stamp_text(child), child.tail or ""))
    return " ".join("".join(words).split())


# A government's press release names who issued it in the details under its headline, as
# "From: Department for Environment and Environment Agency", a term and its definition.
_FROM = re.compile(r"from\s*:?", re.I)


def _issuer_of(top: list[Any]) -> str | None:
    for element in top:
        if element.tag == "dt" and _FROM.fullmatch(_stamp_text(element)):
            issuer = element.getnext()
            if issuer is not None and issuer.tag == "dd":
                return _stamp_text(issuer) or None
    return None


def _as_signed(marked: str | None) -> str | None:
    """The authors, "A; B", a page's markup names, each byline in it read as a printed one
    is: trafilatura leaves out the "By" before a name (and German's "Von"), not Hebrew's."""
    if marked is None:
        return None
    return "; ".join(signed_names(name) or name for name in map(str.strip, marked.split(";")))


def _byline(marked: str | None, signed: str | None) -> str | None:
    """The authors trafilatura found in the page's markup, or those its printed byline names
    where that names their lead author and as many people: markup that names one of several
    authors, or runs a byline block's date and buttons into the last name, is not the page's
    word on who wrote it."""
    if marked is None or signed is None:
        return marked or signed
    marked_names = names_of(marked)
    signed_names = [name.casefold() for name in signed.split("; ")]
    people = [name for name in marked_names if ONE_NAME.fullmatch(name)]
    if (
        marked_names
        and _names_the_lead(marked_names[0].casefold(), signed_names)
        and len(signed_names) >= len(people)
    ):
        return signed
    return marked


def _names_the_lead(marked: str, signed: list[str]) -> bool:
    """Whether the markup's first author is one the byline names, or the byline's lead in full
    with the words of its next line run on ("Gwen Pritchard Friday", over "6 March")."""
    lead = signed[0]
    return marked in signed or (" " in lead and marked.startswith(f"{lead} "))


def _marks(element: Any) -> str:
    return " ".join(
        str(value)
        for key, value in element.attrib.items()
        if key in ("class", "itemprop") or str(key).startswith("data-")
    )


def _top_of_story(tree: Any) -> Iterator[Any]:
    """The page's elements from its headline (or its start, without one) to the story's
    second paragraph of prose."""
    headline = next(tree.iter("h1"), None)
    started = headline is None
    paragraphs = 0
    for element in tree.iter():
        started = started or element is headline
        if not started or not isinstance(element.tag, str):
            continue
        if element.tag == "p" and len(_stamp_text(element).split()) >= _MIN_ENTRY_WORDS:
            paragraphs += 1
            if paragraphs >= _BYLINE_BEFORE_PARAGRAPH:
                return
        yield element


# A story updated since it was published shows both dates beside its byline, "Updated 11 April
# … Published 9 April", in a <time> or as plain lines ("Last updated 11 April 2026, 16:20",
# "First published 9 April 2026"), where trafilatura may take the first for the page's; the
# reader's header dates a story by when it was first published, as the page's <head> does.
_UPDATED_LABEL = re.compile(r"(?:last\s+)?(?:updated|modified)\b", re.I)
_STAMP_LABEL = re.compile(rf"{PUBLISHED_LABEL.pattern}|{_UPDATED_LABEL.pattern}", re.I)
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


# A dateline opens the story with its place and the day it was filed: "PORTMOOR, 3 March 2026 —",
# "LONDON, England, March 3, 2026 /PRNewswire/ --".
_DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]+,(?:\s+[A-Z][\w.'’ -]{1,30},)?\s+(?P<when>[\w ,.]{6,30}?\d{4})\s*(?:[(/:–—-])"
)


def _stamped_dates(top: list[Any]) -> dict[str, str]:
    """The dates the story's header labels, "published" (its first publication) and
    "updated", from a <time>'s datetime or a line of text."""
    dates: dict[str, str] = {}
    for element in top:
        for label, date in _stamps_of(element):
            kind = "published" if PUBLISHED_LABEL.match(label) else "updated"
            if kind not in dates and not _off_the_story(element):
                dates[kind] = date
    return dates


def _dateline(top: list[Any]) -> str | None:
    """The date of the dateline that opens the story, or None."""
    for element in top:
        if element.tag == "p" and not _off_the_story(element):
            dateline = _DATELINE.match(_stamp_text(element))
            if dateline is not None:
                return written_date(dateline.group("when"))
    return None


def _stamps_of(element: Any) -> Iterator[tuple[str, str]]:
    """The labels and ISO dates of the time stamps an element holds."""
    if element.tag == "time":
        iso = _ISO_DATE.match(element.get("datetime", ""))
        label = _label_of(element)
        if iso is not None and _STAMP_LABEL.match(label):
            yield label, iso.group()
        return
    if any(inner.tag in _HTML_BLOCKS for inner in element.iterdescendants()):
        return  # its blocks are read one by one, and a block that holds the story is no stamp
    for line in _lines_of(element):
        # One line may hold both: "Last updated 11 April 2026 First published 9 April 2026".
        starts = [found.start() for found in _STAMP_LABEL.finditer(line)]
        for start, end in pairwise([*starts, None]):
            stamp = time_stamp(line[start:end])
            date = None if stamp is None else written_date(stamp[1])
            if stamp is not None and date is not None:
                yield stamp[0], date


def _label_of(time: Any) -> str:
    # "<time>Published 9 April</time>", or "<span>Published <time>9 April</time></span>".
    parent = time.getparent()
    if parent is None or len(parent.findall(".//time")) > 1:
        return _stamp_text(time)
    return _stamp_text(parent)
