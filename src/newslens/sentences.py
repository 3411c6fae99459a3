"""Sentences found by a plain rule, for the places that must not load spaCy.

A sentence ends at ., ! or ? (and any closing quote or bracket) before a space, or at a line
end. The reader selects by it and an export widens a bare figure to the sentence stating it;
neither needs a parser's sentences, and the reader never loads one.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n")
LOOK_BACK = 4000  # how far back a sentence start is looked for (one paragraph can be huge)


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The sentence holding ``offset``, without surrounding blanks."""
    window = max(0, offset - LOOK_BACK)
    start = window
    for found in SENTENCE_END.finditer(text, window, offset):
        start = found.end()
    end_match = SENTENCE_END.search(text, offset)
    end = len(text) if end_match is None else end_match.end()
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    if lead + trail >= len(piece):
        return offset, offset
    return start + lead, end - trail


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding the span ``start``-``end``, widened to the span where it runs
    over a sentence's end."""
    first, last = sentence_at(text, start)
    return min(first, start), max(last, end)
