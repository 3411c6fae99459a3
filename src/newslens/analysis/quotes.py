"""Pairing quotation marks into quoted spans, robust to the marks real news text contains.

Pure string work, no spaCy: the attribution step decides which quoted spans are
someone's words. Rules, each for a pattern of real text:

- double marks only delimit quotes: straight ``"``, curly “ ”, low „ and guillemets « »;
  single marks (‘ ’ ') are left alone, because inside a double-quoted span they are
  nested quotes and everywhere else they are mostly apostrophes (don’t, the ’90s); two
  apostrophes in a row ('' … '') stand in for a straight double mark;
- a quote that runs over several paragraphs reopens each paragraph without closing the
  one before; the quote continues;
- a double-quoted span inside another one in the same paragraph (“… what he calls “hell”
  than …”) is part of it; when the outer one is never closed, its opening mark was a
  stray one and the inner marks pair on their own;
- a mark typed the wrong way round (``for us, “Peskov said``) is judged by the side
  it sits on: after sentence punctuation and before a space it closes;
- a mark left open at the end of a paragraph that does not reopen closes before an
  attribution (", Ebner told reporters") or else at the paragraph's end when it reads like
  the start of a quote, and is dropped otherwise: an odd number of marks never spoils the
  rest of the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

OPENERS = frozenset("“„«‟")
CLOSERS = frozenset("”»")

# Typographic quote marks that, in a German text, pair the other way round („ … “).
_LOW_OPEN = "„"

_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*(?:[\"“„«]|''))")
# Two apostrophes stand in for a straight double mark in some newspapers' text.
APOSTROPHES = "''"
_MARK = re.compile("''|[\"“”„‟«»]")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph: blocks split at blank lines, or at a line opening a quote."""
    start = 0
    for match in _PARAGRAPH.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _family(mark: str) -> str:
    """Which set of marks a mark belongs to: an editor keeps to one set in a text."""
    if mark.startswith(APOSTROPHES):
        return APOSTROPHES
    return '"' if mark.startswith('"') else "“"


def _role(text: str, i: int, end: int, inside: bool) -> str:
    """'open' or 'close' for the mark ``text[i:end]``, from its shape and the characters beside it."""
    mark = text[i:end]
    before = text[i - 1] if i > 0 else " "
    after = text[end] if end < len(text) else " "
    space_before = before.isspace() or before in "([{—–-/"
    space_after = after.isspace() or after in ")]}.,;:!?—–-/"
    if mark in CLOSERS:
        # « … » and “ … ” are clear, except “ … ” typed as ” … ” by some editors.
        if mark == "”" and not inside and space_before and not space_after:
            return "open"
        return "close"
    if mark in OPENERS:
        # “ where ” belongs: after the quoted words' own punctuation, or glued to the word
        # before them with a space after.
        last = _last_visible(text, i)
        if inside and (
            (last != "" and last in ".,!?;") or (mark == "“" and space_after and not space_before)
        ):
            return "close"
        # „ … “ (German): the high mark closes a quote the low mark opened.
        return "open"
    # A straight mark: which side has the space decides; when neither does, the state.
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "close" if inside else "open"


def _last_visible(text: str, i: int) -> str:
    """The last character before ``i`` that is not blank ("" at the start)."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return text[j] if j >= 0 else ""


def pair_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted text, quotation marks included, in order and non-overlapping."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None  # start of the quote being read, possibly paragraphs ago
    low_open = False
    previous_end = 0  # where the paragraph before ended
    for p_start, p_end in paragraphs(text):
        # An unclosed quote from the paragraph before ends there unless this one reopens it.
        pending_end = previous_end if opened is not None else None
        first = True
        inner: list[tuple[int, int]] = []  # quotes closed inside the open one
        inner_open: int | None = None  # a quote opened inside the open one
        for match in _MARK.finditer(text, p_start, p_end):
            i, end = match.span()
            mark = text[i:end]
            inside = opened is not None
            role = "close" if (low_open and mark == "“") else _role(text, i, end, inside)
            if first and pending_end is not None:
                # The paragraph before ended inside a quote: reopening continues it.
                first = False
                role = _role(text, i, end, inside=False)
                if role == "open" and text[p_start:i].strip() == "":
                    if opened is not None and _family(mark) == _family(text[opened : opened + 2]):
                        pending_end = None
                        continue
                    # '"Kevin was …¶“Here he is,”': a paragraph reopens a quote with its
                    # own kind of mark; the straight mark before was a stray one.
                else:
                    spans.extend(_salvage(text, opened, pending_end))
                opened, pending_end = None, None
            first = False
            if role == "open" and opened is not None and inner_open is None:
                # A second opener while one is open: a quote inside it, or else (when the
                # paragraph ends before the first is closed) the first was a stray mark.
                inner_open = i
            elif role == "open":
                spans.extend(inner)  # a third opener: the first surely was a stray mark
                inner, inner_open = [], None
                opened = i
                low_open = mark == _LOW_OPEN
            elif inner_open is not None:
                inner.append((inner_open, end))
                inner_open = None
            elif opened is not None:
                spans.append((opened, end))  # the quotes inside it are part of it
                opened, low_open, inner = None, False, []
        if inner or inner_open is not None:
            # The first opener was never closed: it was a stray, the marks after it pair.
            spans.extend(inner)
            opened, inner, inner_open = inner_open, [], None
            low_open = opened is not None and text[opened] == _LOW_OPEN
        if pending_end is not None:
            # A paragraph without any mark after an unclosed one: the quote ended before it.
            spans.extend(_salvage(text, opened, pending_end))
            opened = None
        previous_end = p_end
    if opened is not None:
        spans.extend(_salvage(text, opened, len(text)))
    return sorted(set(spans))


# Where a quote left open most likely ended: before ", Ebner told reporters" or ", he said".
_ATTRIBUTION_AFTER = re.compile(
    r",(?=\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|told|tells|added|adds|asked|wrote|writes)\b"
    r"|\s+(?:he|she|they)\s+(?:said|says|told|added|asked)\b)"
)


def _salvage(text: str, start: int | None, end: int) -> list[tuple[int, int]]:
    """A quote left open: keep it when it reads like a quotation, else nothing.

    It ends where an attribution follows ('"Rosters got worse, Ebner told reporters …'),
    or else at ``end``.
    """
    if start is None:
        return []
    body = text[start + 1 : end].rstrip()
    cut = _ATTRIBUTION_AFTER.search(body)
    if cut is not None:
        body = body[: cut.end()]
    if len(body.split()) >= 3 and not body[:1].isspace():
        return [(start, start + 1 + len(body))]
    return []
