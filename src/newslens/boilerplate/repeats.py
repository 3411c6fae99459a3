"""What a page tells twice: the title a PDF repeats atop each page (:func:`running_heads`), a
box of key points that repeats the story's words (``_key_points_boxes``), and a live blog's key
events, its entries' headings listed again (``_key_events``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from newslens.article import Span
from newslens.boilerplate.dates import is_entry_time
from newslens.boilerplate.lines import (
    _MIN_PARAGRAPH_WORDS,
    _PAGE_NUMBER,
    _PARAGRAPHS_ON_TOP,
    LIST_POINT,
    _is_furniture,
    _is_paragraph,
)
from newslens.boilerplate.spans import _lines, strip_span

_PAGE_LINE = re.compile(rf"^[ \t]*{_PAGE_NUMBER.pattern}[ \t]*$", re.I | re.M)
# A page's number on its running head's line, set apart as a PDF's layout sets it, on the
# outer side of the page: "2        Annual Review 2026", "Annual Review 2026        3", "Annual
# Review 2026        Page 3 of 12".
_BESIDE = r"(?:[Pp]age\ )?\d{1,3}(?:\ (?:/|of)\ \d{1,3})?"
_PAGE_NUMBER_BESIDE = re.compile(
    rf"^[ \t\f]*{_BESIDE}\ {{3,}}(?=\S)|(?<=\S)\ {{3,}}{_BESIDE}[ \t]*$", re.M | re.X
)
_LAYOUT_GAP = "   "
_MAX_RUNNING_HEAD = 120


def running_heads(text: str) -> list[Span]:
    """The lines of ``text`` that are a PDF's running head."""
    return _running_heads(text, _lines(text))


def _running_heads(text: str, lines: list[Span]) -> list[Span]:
    """The title a PDF repeats at the top of each page, in text copied from it: a short line
    that recurs word for word, once at least next to a page number. Its first time, as the
    headline over the text's first paragraph, it is the story's."""
    laid_out = _LAYOUT_GAP in text
    if not _PAGE_LINE.search(text) and not (laid_out and _PAGE_NUMBER_BESIDE.search(text)):
        return []  # no page numbers, no pages: the usual case, found without a look at each line
    rows = [" ".join(text[start:end].split()) for start, end in lines]
    filled = [i for i, row in enumerate(rows) if row]
    beside_page: set[str] = set()
    for k, i in enumerate(filled):
        if _PAGE_NUMBER.fullmatch(rows[i]):
            beside_page.update(rows[j] for j in filled[max(0, k - 1) : k + 2] if j != i)
        elif laid_out and _numbered_beside(text, *lines[i]):
            head = running_head_words(text, lines[i])
            if " " in head:  # a figure at the end of a table's row has a word or so before it
                rows[i] = head
                beside_page.add(head)
    counts = Counter(rows)
    heads = {row for row in beside_page if len(row) <= _MAX_RUNNING_HEAD and counts[row] > 1}
    found = [i for i in filled if rows[i] in heads]
    if found and found[0] == filled[0] and _heads_the_story(text, lines, rows, filled):
        found.pop(0)
    return [strip_span(text, *lines[i]) for i in found]


def running_head_words(text: str, line: Span) -> str:
    """The words of a running head's line, without the page number set beside them."""
    return " ".join(_PAGE_NUMBER_BESIDE.sub("", text[slice(*line)]).split())


def _numbered_beside(text: str, start: int, end: int) -> bool:
    return text.find(_LAYOUT_GAP, start, end) >= 0 and bool(
        _PAGE_NUMBER_BESIDE.search(text, start, end)
    )


# A running head set out in columns, "Annual Report 2025        Harbour Authority", is a page's
# header however it stands.
_COLUMNS = re.compile(r"\S[ \t]{3,}\S")


def _heads_the_story(text: str, lines: list[Span], rows: list[str], filled: list[int]) -> bool:
    """Whether the first line, a running head, is the headline of the text: a line of its own
    over the first paragraph, not the name of a journal or a report over a headline."""
    first = filled[0]
    if len(filled) < 2 or rows[first + 1] or _COLUMNS.search(text[slice(*lines[first])]):
        return False
    under = filled[1]
    wrapped = under + 1 < len(rows) and bool(rows[under + 1])
    return _is_paragraph(rows[under]) or (
        wrapped and len(rows[under].split()) >= _MIN_PARAGRAPH_WORDS
    )


# A box of a story's key points ("Key points", "At a glance", "What we know", then a short
# list, a point a line) set inside the story tells again what the story tells: read as its
# text, each point would be listed as a claim twice. Under the headline, before the story's
# second paragraph, the box is the story's opening and stays its text; further down it is
# furniture when its points repeat the story's words, where a list of facts of its own under
# "What we know" is the story's.
_KEY_POINTS_HEADING = re.compile(
    r"(?:the\s+)?(?:key\s+(?:points|facts|takeaways)|at\s+a\s+glance|fast\s+facts"
    r"|what\s+we\s+know(?:\s+so\s+far)?)\W*",
    re.IGNORECASE,
)
# A line break first: the search then skips from one to the next, 5 MB in a few milliseconds.
# (A box on the text's first line is under the headline.)
_ANY_KEY_POINTS_HEADING = re.compile(rf"\n[ \t]*{_KEY_POINTS_HEADING.pattern}\n", re.I)
_MAX_POINTS = 8
_MAX_POINT_CHARS = 300
_REPEATED_SHARE = 2 / 3


def _key_points_boxes(text: str, lines: list[Span]) -> list[Span]:
    if _ANY_KEY_POINTS_HEADING.search(text) is None:
        return []  # the usual case, told without a look at each line
    rows = [text[start:end].strip() for start, end in lines]
    boxes = []
    paragraphs = 0
    for i, row in enumerate(rows):
        if paragraphs >= _PARAGRAPHS_ON_TOP and _KEY_POINTS_HEADING.fullmatch(row):
            last = _last_point(rows, i)
            start, end = lines[i][0], lines[last][1]
            if last > i and _repeats_the_story(text[start:end], text[:start] + text[end:]):
                boxes.append(strip_span(text, start, end))
        elif _is_paragraph(row):
            paragraphs += 1
    return boxes


def _last_point(rows: list[str], heading: int) -> int:
    """The line of the last point of the short list under a heading; the heading's own line
    where no such list follows it."""
    points = [heading]
    for i in range(heading + 1, len(rows)):
        if rows[i] and not (LIST_POINT.match(rows[i]) and len(rows[i]) <= _MAX_POINT_CHARS):
            break
        if rows[i]:
            points.append(i)
    return points[-1] if len(points) - 1 <= _MAX_POINTS else heading


def _repeats_the_story(box: str, story: str) -> bool:
    told = set(_telling_words(story))
    words = _telling_words(box)
    return bool(words) and sum(word in told for word in words) >= _REPEATED_SHARE * len(words)


def _telling_words(text: str) -> list[str]:
    # Words of four letters or more, and figures: "a", "the", "of" would repeat in any text.
    return [w for w in re.findall(r"\w+", text.lower()) if len(w) >= 4 or w.isdigit()]


# A live blog's "Key events", under which the page lists its main entries' headings again, each
# perhaps after its time ("2h ago") or cut short ("Minister resigns over ferry …"), as links to
# the entries: read as the story's, each heading would be listed as a claim twice. The list
# ends at the first line that repeats no heading further down.
# A line break first, so that the search skips from one to the next.
_KEY_EVENTS = re.compile(r"\n[ \t]*key events[ \t]*(?=\n)", re.IGNORECASE)
_ELLIPSIS = ("…", "...")
_LIST_MARK = re.compile(r"^[-•*·–—]\s+")


def _key_events(text: str, lines: list[Span]) -> list[Span]:
    heading = _KEY_EVENTS.search(text)
    if heading is None:
        return []  # the usual case, told without a look at each line
    found: list[Span] = []
    times: list[Span] = []  # a link's time on a line of its own, over its heading
    for start, end in lines[bisect_right([s for s, _ in lines], heading.end()) :]:
        line = text[start:end].strip()
        if not line:
            continue
        if is_entry_time(line):
            times.append(strip_span(text, start, end))
        elif _is_furniture(line) or _told_further_down(line, text, end):
            found.extend((*times, strip_span(text, start, end)))
            times = []
        else:
            break
    return found


def _told_further_down(line: str, text: str, end: int) -> bool:
    """Whether a line of a key events list repeats a line further down, its time and a list's
    mark before it left out: the heading of an entry, in full or cut short."""
    heading = _past_entry_time(_LIST_MARK.sub("", line, count=1))
    cut = heading.endswith(_ELLIPSIS)
    heading = heading.rstrip("….").rstrip() if cut else heading
    if len(heading.split()) < 2:
        return False
    at = text.find(f"\n{heading}", end)
    while at >= 0:
        if cut or text[at + 1 + len(heading) : at + 2 + len(heading)] in ("", "\n"):
            return True
        at = text.find(f"\n{heading}", at + 1)
    return False


_MAX_TIME_WORDS = 5


def _past_entry_time(line: str) -> str:
    """A line without the time in front of it ("2h ago Ferries cancelled")."""
    words = line.split(" ")
    for count in range(min(_MAX_TIME_WORDS, len(words) - 1), 0, -1):
        if is_entry_time(" ".join(words[:count])):
            return " ".join(words[count:]).strip()
    return line
