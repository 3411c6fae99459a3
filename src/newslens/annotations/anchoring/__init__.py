"""Placing an annotation in a text, and finding its place again when the text changed.

Hypothesis-style: every annotation carries a TextPositionSelector (start, end)
and a TextQuoteSelector (the exact quote with up to 32 characters before and
after). Re-anchoring tries, in order,

1. the stored position, if the text there is still the quote in its context;
2. the quote itself, the occurrence whose context matches best (then the one
   nearest the old position), never one inside a longer number;
3. a fuzzy match: probes cut from the quote and its context are looked up with
   ``str.find`` near the old position (then anywhere), and each candidate region
   is scored with difflib against the quote and its prefix/suffix; the best is
   taken only if it holds the same numbers, since a verdict on one figure is no
   verdict on another, and is not inside a longer number either;

where a quote found by 2 or 3 shorter than four words or so must still have its old
context on one side at least, no figure in it replaced by another, and nearly whole if
the quote is found a sentence or more from its old place: the same figure or phrase
often comes twice in an article, and when the annotated one was deleted or changed the
other is not it. That is measured by ``benchmarks/anchoring_accuracy.py``;

and what none of these can place is an orphan that keeps its quote. The probes
bound the work: difflib only ever compares a quote with a region of about its
own size, so a thousand annotations re-anchor well inside a second.

The analysis can move too: a new version of its rules may make a claim a clause
longer or shorter in the same text. ``match_claims`` puts each claim annotation
that no claim starts and ends with back on the claim that overlaps it best.

The modules, lowest first:
- ``context``: the selectors; how a place found compares with the old one: context, numbers.
- ``search``: finding the quote again: its exact occurrences, then a fuzzy search by probes.
- ``orphans``: why an annotation has no place in a text (:class:`OrphanReason`).
- this module: :func:`locate` and :func:`reanchor` (the three tries in order), match_claims.

A name with a leading underscore is the package's own: its modules share it, and only they and
their tests use it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from newslens.annotations.anchoring.context import (
    TextPositionSelector,
    TextQuoteSelector,
    _context_similarity,
    _cuts_a_number,
    _same_claim,
    quote_selector,
)
from newslens.annotations.anchoring.orphans import OrphanReason, orphan_reason
from newslens.annotations.anchoring.search import _find_exact, _find_fuzzy
from newslens.annotations.model import Annotation, TargetKind

__all__ = [
    "Method",
    "OrphanReason",
    "Placement",
    "TextPositionSelector",
    "TextQuoteSelector",
    "locate",
    "match_claims",
    "orphan_reason",
    "quote_selector",
    "reanchor",
]


# A claim annotation follows a claim whose span shares at least this much of the text
# the two cover together: a claim grown or cut by a clause keeps its tag, a neighbouring
# claim that only touches it does not take it.
MIN_CLAIM_OVERLAP = 0.5


class Method(StrEnum):
    POSITION = "position"
    QUOTE = "quote"
    FUZZY = "fuzzy"
    ORPHAN = "orphan"


@dataclass(frozen=True, slots=True)
class Placement:
    start: int
    end: int
    method: Method


def locate(text: str, quote: TextQuoteSelector, position: TextPositionSelector) -> Placement | None:
    """Where the quote is in ``text`` now, or None for an orphan."""
    exact = quote.exact
    if not exact:
        return None
    start, end = position.start, position.end
    if (
        0 <= start <= end <= len(text)
        and text[start:end] == exact
        and _context_similarity(text, start, end, quote) == 1.0
    ):
        return Placement(start, end, Method.POSITION)
    found = _find_exact(text, quote, start)
    if found is not None:
        # Still at the same offsets, only the context changed: it did not move.
        method = Method.POSITION if found == start else Method.QUOTE
        return Placement(found, found + len(exact), method)
    fuzzy = _find_fuzzy(text, quote, start)
    if (
        fuzzy is not None
        and _same_claim(quote, text, *fuzzy)
        and not _cuts_a_number(text, *fuzzy, quote)
    ):
        return Placement(fuzzy[0], fuzzy[1], Method.FUZZY)
    return None


def reanchor(text: str, fingerprint: str, annotation: Annotation) -> tuple[Annotation, Method]:
    """The annotation placed in ``text`` (whose fingerprint is given).

    A placed annotation takes its selectors from the new text; an orphan keeps
    its quote, context and last known offsets, and is flagged.
    """
    placement = locate(
        text,
        TextQuoteSelector(annotation.exact, annotation.prefix, annotation.suffix),
        TextPositionSelector(annotation.start, annotation.end),
    )
    if placement is None:
        return replace(annotation, fingerprint=fingerprint, orphan=True), Method.ORPHAN
    selector = quote_selector(text, placement.start, placement.end)
    return replace(
        annotation,
        fingerprint=fingerprint,
        start=placement.start,
        end=placement.end,
        exact=selector.exact,
        prefix=selector.prefix,
        suffix=selector.suffix,
        orphan=False,
    ), placement.method


def match_claims(
    text: str, annotations: Iterable[Annotation], claims: Iterable[tuple[int, int]]
) -> list[Annotation]:
    """The annotations, each claim annotation on a span no claim has now moved onto the
    claim (start, end) it overlaps best, its quote taken from ``text``.

    A claim takes at most one annotation, and none if one is on its span already;
    a claim annotation that overlaps no claim enough stays where it is.
    """
    annotations = list(annotations)
    spans = set(claims)
    on_claims = [
        (i, (a.start, a.end))
        for i, a in enumerate(annotations)
        if a.kind is TargetKind.CLAIM and not a.orphan
    ]
    free = spans - {where for _, where in on_claims}
    # Only claims starting less than the longest claim before an annotation can overlap it.
    ordered = sorted(free)
    starts = [start for start, _ in ordered]
    longest = max((end - start for start, end in ordered), default=0)
    pairs = sorted(
        (-overlap, index, claim)
        for index, (start, end) in on_claims
        if (start, end) not in spans
        for claim in ordered[bisect_left(starts, start - longest) : bisect_left(starts, end)]
        if (overlap := _overlap((start, end), claim)) >= MIN_CLAIM_OVERLAP
    )
    moved: dict[int, tuple[int, int]] = {}
    for _, index, claim in pairs:
        if index not in moved and claim in free:
            moved[index] = claim
            free.discard(claim)
    for index, (start, end) in moved.items():
        selector = quote_selector(text, start, end)
        annotations[index] = replace(
            annotations[index],
            start=start,
            end=end,
            exact=selector.exact,
            prefix=selector.prefix,
            suffix=selector.suffix,
        )
    return annotations


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """The share of the text two spans cover together that both cover."""
    common = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, common) / (max(a[1], b[1]) - min(a[0], b[0]))
