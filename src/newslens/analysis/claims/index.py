"""Items with spans, found by a range without a full scan: the claims are made from every
quote, figure and sentence of a doc, each looked up by the others' spans."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from newslens.article import Span as TextSpan

T = TypeVar("T")


class _Index(Generic[T]):
    """Items with spans, sorted, to find those overlapping a range without a full scan."""

    def __init__(self, items: Iterable[T], span_of: Callable[[T], TextSpan]) -> None:
        self._span_of = span_of
        self._items = sorted(items, key=lambda item: span_of(item)[0])
        self._starts = [span_of(item)[0] for item in self._items]
        self._longest = max((span_of(i)[1] - span_of(i)[0] for i in self._items), default=0)

    def overlapping(self, start: int, end: int) -> list[T]:
        low = bisect.bisect_left(self._starts, start - self._longest)
        high = bisect.bisect_left(self._starts, end)
        return [item for item in self._items[low:high] if self._span_of(item)[1] > start]

    def inside(self, start: int, end: int) -> list[T]:
        return [
            item
            for item in self.overlapping(start, end)
            if start <= self._span_of(item)[0] and self._span_of(item)[1] <= end
        ]
