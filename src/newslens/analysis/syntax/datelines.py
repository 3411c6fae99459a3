"""Where the opening of a line ends: a dateline, a transcript's label, a live blog's time.

"WASHINGTON (AP) — ", "PUNE: ", "Q: ", "14:52 ": what follows is a sentence of its own, and
the opening is nobody's words (:func:`dateline_end`, :func:`dateline`); a sentence starts past
one (:func:`opening`). An entry's hour is written with its half of the day ("9am"):
``HALVES_OF_THE_DAY``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newslens.analysis.syntax.text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token


DASHES = frozenset(["-", "--", "—", "–", "―"])


def spaced_dash(word: Token) -> bool:
    """Whether a word is a dash with space either side, that parts words ("Lee -- Brown"),
    not a hyphen inside a name ("Lloyd-Evans")."""
    return (
        word.text in DASHES
        and bool(word.whitespace_)
        and word.i > 0
        and bool(word.doc[word.i - 1].whitespace_)
    )


# The most tokens before a dateline's dash: "HALDEN, Ore., March 3, 2026 /PRNewswire/ --".
DATELINE_WORDS = 16


def dateline_end(doc: Doc, start: int) -> int | None:
    """The first token after the dateline opening a paragraph at ``start``, if it has one.

    A dateline is a place in capitals, maybe a region, a date and an agency, then a dash:
    "WASHINGTON (AP) — ", "ASHCOMBE FALLS, Ohio - ", "LOS ANGELES, Sept. 28 (UPI) — ", or
    in Indian papers a colon: "PUNE: ", "CHENNAI, March 12: ". A transcript's label ("Q: ", "PENCE: ") ends the
    same way, and so does a live blog's time ("14:52 That is it from …", a match's "78' "):
    either way what follows is a sentence of its own.
    """
    first = doc[start]
    if first.text[:1].isdigit():
        return _after_time(doc, start)
    if not (first.is_alpha and first.is_upper):
        return None
    labelled = _after_colon(doc, start)
    if labelled is not None or len(first) == 1:
        return labelled
    for token in doc[start + 1 : min(len(doc), start + DATELINE_WORDS + 2)]:
        if "\n" in token.text:
            return None
        glued = not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_
        if token.text == "-" and glued:
            continue  # "MARSEILLE-ST-CLAIR —": a hyphen inside the name
        if token.text in DASHES or token.text == ":":  # "CHENNAI, March 12: "
            after = token.i + 1
            while after < len(doc) and doc[after].is_space:
                after += 1
            # A sentence follows, perhaps a quote: "… /PRNewswire/ -- “Sales will double,” …"
            if after < len(doc) and (
                doc[after].text[:1].isupper() or doc[after].text[:1] in "“\"«„‘'"
            ):
                return after
            return None
        # "/PRNewswire/" too, and a subheading's "’S" ("EVEN OZ’S BOSS THINKS HE’S WRONG —")
        capital = token.text.strip("/")[:1].isupper() or token.text.isupper()
        if not (token.is_punct or capital or token.is_space or token.like_num):
            return None  # a lower-case word: a sentence, not a dateline
    return None


def _after_time(doc: Doc, start: int) -> int | None:
    """The token after a live blog's time ("14:52 That is it …") or a match's minute ("78'
    Saka is booked") opening a line."""
    first = doc[start]
    if re.fullmatch(r"[0-2]?\d:[0-5]\d", first.text):
        after = start + 1
        is_sentence = first.whitespace_ and after < len(doc) and doc[after].text[:1].isupper()
        return after if is_sentence else None
    # The line's first tokens, not Doc.text, which is built afresh from every token.
    line_start = "".join(t.text_with_ws for t in doc[start : start + 6])
    minute = re.match(r"\d{1,3}(?:\+\d{1,2})?['’] (?=[A-Z])", line_start)
    if minute is not None:
        # A match report's minute: "78' Saka is booked", "90+2' GOAL!"
        after = start
        while after < len(doc) and doc[after].idx < first.idx + minute.end():
            after += 1
        return after if after < len(doc) else None
    return None


def _after_colon(doc: Doc, start: int) -> int | None:
    """The token after "PUNE: " or "Q: " opening a line: capitals, then a colon, then a capital."""
    end = start
    while end < len(doc) and doc[end].is_alpha and doc[end].is_upper and end - start < 3:
        end += 1
    if end + 1 >= len(doc) or doc[end].text != ":" or not doc[end + 1].text[:1].isupper():
        return None
    return end + 1


def dateline(doc: Doc, i: int) -> int | None:
    """The first token after the dateline that token ``i`` is in, if it is in one.

    The parser takes a dateline into the story's first sentence, as its subject even
    ("HALDEN, Ore., March 3, 2026 /PRNewswire/ -- Brightwater Foods said …").
    """
    # The line's start, at most DATELINE_WORDS + 2 tokens back: after the last line break
    # before the token, looked up in the text rather than token by token (a break is only
    # ever in a token's text, never in the space after one).
    first = max(0, i - DATELINE_WORDS - 3)
    line_break = doc_text(doc).rfind("\n", doc[first].idx, doc[i].idx)
    if line_break >= 0:
        start = first + bisect_right(range(first, i), line_break, key=lambda k: doc[k].idx)
    elif i < DATELINE_WORDS + 3:
        start = 0  # the text's first line
    else:
        return None
    after = dateline_end(doc, start)
    return after if after is not None and i < after else None


def opening(token: Token) -> int:
    """Where the sentence of ``token`` starts, past a dateline that opens it."""
    start = token.sent.start
    after = dateline(token.doc, start)
    return start if after is None or after > token.i else after


HALVES_OF_THE_DAY = frozenset(["am", "pm", "a.m.", "p.m."])
