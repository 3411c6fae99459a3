"""Where furniture lies: a text's lines as spans, a span narrowed to its words, the spans of
furniture merged into blocks, whether a span lies mostly inside them (:class:`Furniture`), and
a text as the reader shows it with the furniture left out."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from newslens.article import Span

# How a line of prose ends; a heading, a caption, a menu or a name does not.
_SENTENCE_ENDS = (".", "!", "?", '"', "”")


def is_inside(span: Span, boilerplate: Sequence[Span]) -> bool:
    """True when ``span`` lies mostly (more than half its characters) inside boilerplate.

    For many spans against the same boilerplate, ask one :class:`Furniture` instead.
    """
    return Furniture(boilerplate).covers(span)


class Furniture:
    """Boilerplate spans, sorted and merged once, so that whether each of many spans lies
    mostly inside them is a bisection rather than a pass over all of them: a 5 MB article
    has thousands of both."""

    def __init__(self, boilerplate: Iterable[Span]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(boilerplate):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def covers(self, span: Span) -> bool:
        """Whether ``span`` lies mostly (more than half its characters) inside; an empty span,
        whether its place does."""
        start, end = span
        # The span that starts last at or before ``start`` is the only one before it that
        # can reach into it.
        at = max(0, bisect_right(self._starts, start) - 1)
        if end <= start:
            return at < len(self._starts) and self._starts[at] <= start < self._ends[at]
        covered = 0
        while at < len(self._starts) and self._starts[at] < end:
            covered += max(0, min(end, self._ends[at]) - max(start, self._starts[at]))
            at += 1
        return covered * 2 > end - start


def _lines(text: str) -> list[Span]:
    spans = []
    start = 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def strip_span(text: str, start: int, end: int) -> Span:
    """``(start, end)`` narrowed to leave out white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _merge(text: str, spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in spans:
        # Only whitespace between two furniture lines: one block.
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _blanked(text: str, spans: list[Span]) -> str:
    """``text`` with each span but its line breaks left out."""
    kept: list[str] = []
    last = 0
    for start, end in spans:
        kept.extend((text[last:start], "\n" * text.count("\n", start, end)))
        last = end
    kept.append(text[last:])
    return "".join(kept)
