"""Items with spans, found by a range without a full scan: the claims are made from every
quote, figure and sentence of a doc, each looked up by the others' spans, and attribution
asks which reported words hold each cue."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

from newslens.article import Span as TextSpan

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items with spans, sorted, to find those overlapping a range without a full scan."""

    def __init__(self, items: Iterable[T], span_of: Callable[[T], TextSpan]) -> None:
        # Each item's span read once, beside it: the look-ups compare every item in range.
        spanned = sorted(((item, span_of(item)) for item in items), key=lambda pair: pair[1][0])
        self._items = [item for item, _ in spanned]
        self._spans = [span for _, span in spanned]
        self._starts = [start for start, _ in self._spans]
        self._longest = max((end - start for start, end in self._spans), default=0)

    def overlapping(self, start: int, end: int) -> list[T]:
        return [item for item, (_, item_end) in self._in_range(start, end) if item_end > start]

    def inside(self, start: int, end: int) -> list[T]:
        return [
            item
            for item, (item_start, item_end) in self._in_range(start, end)
            if item_end > start and start <= item_start and item_end <= end
        ]

    def _in_range(self, start: int, end: int) -> Iterator[tuple[T, TextSpan]]:
        """The items that start before ``end`` and near enough ``start`` to overlap it."""
        low = bisect.bisect_left(self._starts, start - self._longest)
        high = bisect.bisect_left(self._starts, end)
        return zip(self._items[low:high], self._spans[low:high], strict=True)
