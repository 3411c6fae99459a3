"""Pairing quotation marks into quoted spans, robust to the marks real news text contains.

Pure string work, no spaCy: the attribution step decides which quoted spans are
someone's words. Rules, each for a pattern of real text:

- double marks delimit quotes: straight ``"``, curly “ ”, low „ and guillemets « »; two
  apostrophes in a row ('' … '') stand in for a straight double mark;
- single marks (‘ ’ ') delimit quotes only in a text that quotes with them, as British
  papers do ('Nobody likes paying more,' she said), in a headline, and in a paragraph of a
  text pasted together from papers of both styles ('We were lied to,' said Hill, in a
  paragraph without double marks, opening it or one of its sentences); elsewhere they are
  nested quotes or apostrophes. Either way an apostrophe is never a mark: not inside a
  word (don’t, Ukraine’s), not before a year (the ’90s) or an elision ('em), and a mark
  after a plural's s (voters' rights) closes a quote only when no likelier closing mark
  comes;
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

import bisect
import itertools
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
    return _pair(_singles_as_doubles(text))


def _pair(text: str) -> list[tuple[int, int]]:
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


# Words an apostrophe shortens at their start: 'em, 'cause, 'til, 'n', 'tis.
_ELIDED = re.compile(r"(?:em|cause|cos|til|tis|twas|bout|n|round)\b", re.IGNORECASE)
_OPEN_SPACE = "([{—–-/"
_SINGLE_MARK = re.compile("[‘’']")
_FAR_CLOSERS = 8  # how many closing marks past the next opening one a quote may look at
_CLOSE_PUNCT = ".,;:!?)]}—–"


def _single_opener(text: str, i: int) -> bool:
    """Whether the single mark at ``i`` can open a quote: after a space, before a word."""
    if text[i] not in "‘'":
        return False  # ’ opening a word is an elision: ’em, the ’90s
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if not (before.isspace() or before in _OPEN_SPACE or before in '“"'):
        return False
    return (after.isalpha() or after in '“"') and not _ELIDED.match(text, i + 1)


def _closer_strength(text: str, j: int, p_end: int) -> int:
    """How likely the single mark at ``j`` closes a quote: 0 not at all, then 1 to 3.

    3 after the quoted words' own punctuation or before the reporter's; 2 after a word;
    1 after a plural's s (voters' rights), where it is as likely an apostrophe.
    """
    if text[j] not in "’'":
        return 0
    before = text[j - 1] if j else " "
    after = text[j + 1] if j + 1 < p_end else "\n"
    if before.isspace() or (before.isalnum() and after.isalnum()):
        return 0  # "don’t", "Ukraine’s"
    if before in ".,!?;:" or after in _CLOSE_PUNCT or after == "\n":
        return 3
    if not after.isspace():
        return 0
    return 1 if before in "sS" else 2


def _single_pairs(text: str) -> list[tuple[int, int | None]]:
    """Single marks paired as quotation marks, paragraph by paragraph.

    Each opening mark closes at the likeliest closing mark before the next opening one
    (or after it, when none comes before); ``None`` when the paragraph never closes it.
    """
    pairs: list[tuple[int, int | None]] = []
    for p_start, p_end in paragraphs(text):
        marks = [m.start() for m in _SINGLE_MARK.finditer(text, p_start, p_end)]
        openers = [i for i in marks if _single_opener(text, i)]
        strengths = {j: _closer_strength(text, j, p_end) for j in marks}
        closers = [j for j in marks if strengths[j]]
        taken = -1
        for k, o in enumerate(openers):
            if o <= taken:
                continue
            following = openers[k + 1] if k + 1 < len(openers) else p_end
            lo = bisect.bisect_right(closers, o + 1)
            hi = bisect.bisect_left(closers, following)
            # The closing marks before the next opening one, else a few after it.
            candidates = closers[lo:hi] or closers[hi : hi + _FAR_CLOSERS]
            chosen = max(candidates, key=lambda j: (strengths[j], -j), default=None)
            pairs.append((o, chosen))
            taken = chosen if chosen is not None else o
    return pairs


def _singles_as_doubles(text: str) -> str:
    """``text`` with its single quotation marks written as double ones where they quote:
    everywhere in a text that quotes with them (more such pairs than opening double marks),
    else in a headline and in lines quoted the British way (see ``_british_pairs``).

    The marks keep their places, so every offset into the result is one into ``text``.
    """
    if "‘" not in text and "'" not in text:
        return text  # ’ alone opens nothing
    found = _single_pairs(text)
    closed = sum(1 for _, c in found if c is not None)
    doubles = sum(1 for m in _MARK.finditer(text) if m.group() in OPENERS or _opens(text, m))
    if not closed or closed <= doubles:
        # Headlines quote with single marks whatever the story below does, and so does
        # copy pasted together from papers of both styles; in a line that quotes with
        # double marks, single ones are nested in them.
        british = _british_pairs(text, found)
        found = [
            (o, c)
            for o, c in found
            if (o, c) in british
            or (c is not None and headline_at(text, o) and not _double_marks_in_line(text, o))
        ]
        if not found:
            return text
    chars = list(text)
    for o, c in found:
        chars[o] = "“"
        if c is not None:
            chars[c] = "”"
    return "".join(chars)


def _british_pairs(text: str, pairs: list[tuple[int, int | None]]) -> set[tuple[int, int | None]]:
    """The pairs of the runs of lines without double marks (see
    ``_runs_without_double_marks``) that quote with single marks: one of their pairs opens a
    line or a sentence or follows a colon, and closes by the quoted words' own punctuation or
    at the line's end ('We were lied to,' said …), where an apostrophe would not; and a mark
    opening a paragraph before such a run that a mark reopens (a quote over paragraphs)."""
    runs = list(_runs_without_double_marks(text))
    starts = [start for start, _ in runs]
    by_run: dict[int, list[tuple[int, int]]] = {}
    british: set[int] = set()
    for o, c in pairs:
        k = bisect.bisect_right(starts, o) - 1
        if c is None or k < 0 or not c < runs[k][1]:
            continue
        by_run.setdefault(k, []).append((o, c))
        lead = text[line_at(text, o)[0] : o].strip()
        closes = (
            text[c - 1] in ".,!?"
            or text[c + 1 : c + 2] in (",", ".")
            or not text[c + 1 : line_at(text, c)[1]].strip()
        )
        if (lead == "" or lead.endswith((":", ".", "!", "?"))) and closes:
            british.add(k)
    found: set[tuple[int, int | None]] = {pair for k in british for pair in by_run[k]}
    for (o, c), after in reversed(list(itertools.pairwise(pairs))):
        if c is None and after in found and _reopens(text, o, after[0]):
            found.add((o, c))
    return found


def _reopens(text: str, o: int, then: int) -> bool:
    """Whether the single marks at ``o`` and ``then`` each open a line, with no double mark
    between them: a quote left open at a paragraph's end that the next reopens."""
    return (
        not text[line_at(text, o)[0] : o].strip()
        and not text[line_at(text, then)[0] : then].strip()
        and _MARK.search(text, o, then) is None
    )


def _runs_without_double_marks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of lines of one paragraph none of which holds a double mark:
    a paragraph of its own in text with blank lines between paragraphs, a few lines of it in
    text with single line breaks."""
    for p_start, p_end in paragraphs(text):
        start = line_start = p_start
        while line_start < p_end:
            line_end = min(line_at(text, line_start)[1], p_end)
            if _MARK.search(text, line_start, line_end):
                if start < line_start:
                    yield start, line_start
                start = line_end
            line_start = line_end + 1
        if start < p_end:
            yield start, p_end


def line_at(text: str, i: int) -> tuple[int, int]:
    """Where the line that holds ``i`` starts and ends."""
    end = text.find("\n", i)
    return text.rfind("\n", 0, i) + 1, end if end >= 0 else len(text)


def _double_marks_in_line(text: str, i: int) -> bool:
    """Whether the line that holds ``i`` quotes with double marks."""
    start, end = line_at(text, i)
    return any(mark in text[start:end] for mark in '"“”„«»')


def headline_at(text: str, i: int) -> bool:
    """Whether ``i`` is in a line that reads as a headline: a paragraph of one short line,
    one sentence at most ("Mayor calls bridge plan 'long overdue'", "Witness: “I saw it”")."""
    start, end = line_at(text, i)
    line = text[start:end]
    alone = (start == 0 or text[max(0, start - 2) : start] == "\n\n") and (
        end == len(text) or text.startswith("\n\n", end) or end == len(text) - 1
    )
    return alone and reads_as_headline(line)


_HEADLINE_WORDS = 20
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")


def reads_as_headline(line: str) -> bool:
    """Whether a line is as short as a headline and one sentence at most."""
    return len(line.split()) <= _HEADLINE_WORDS and _SENTENCE_BREAK.search(line) is None


def _opens(text: str, match: re.Match[str]) -> bool:
    """Whether a straight double mark (or two apostrophes) opens: after a space."""
    i = match.start()
    return match.group() in ('"', APOSTROPHES) and (i == 0 or text[i - 1].isspace())
