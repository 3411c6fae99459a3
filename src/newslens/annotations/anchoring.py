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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from enum import StrEnum

from newslens.annotations.model import CONTEXT_CHARS, Annotation, TargetKind

_DIGITS = re.compile(r"\d+")
# A number as written, its thousands separators and decimal point included: "3,000", "12.5".
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_MARKS = ".,:"  # what joins the digits of one number: "12.5", "3,000", the time "12:50"
# Below these a fuzzy candidate is not the same passage. A weaker quote match
# counts when the old context still frames it ("would rise by 12 percent" → "will rise by 12 per cent"); a
# rewritten passage ("Commuter groups claimed" → "Passengers now say", 0.24) is an
# orphan: a note on the old words may not hold for the new ones.
MIN_QUOTE_SIMILARITY = 0.6
MIN_WEAK_QUOTE_SIMILARITY = 0.4
MIN_CONTEXT_FOR_WEAK_QUOTE = 0.75
_NEAR = 4096  # first look this far either side of the old position
_MAX_HITS_PER_PROBE = 24
_MAX_CANDIDATES = 8
_GOOD_ENOUGH = 0.9  # a candidate scoring this is taken without looking further
_MAX_EXACT_OCCURRENCES = 2000
# A claim annotation follows a claim whose span shares at least this much of the text
# the two cover together: a claim grown or cut by a clause keeps its tag, a neighbouring
# claim that only touches it does not take it.
MIN_CLAIM_OVERLAP = 0.5
# A passage found away from its stored place is the annotated one only if its old context
# still stands on one side of it at least: difflib's ratio of the stored prefix (or suffix)
# with what is there now. Unrelated news text scores about 0.3, a sentence reworded around
# the passage 0.4 and up. A verdict on "19,000" whose sentence was deleted must not go to
# another "19,000" in the article: a wrong anchor is worse than an orphan.
MIN_FRAMING = 0.5
# Found farther than this (about a sentence) from its stored start, a short passage framed
# by only part of its old context is as likely an echo elsewhere in the article as the
# passage itself: rewording the sentence around it moves it by a few words. Away from its
# place it must have one side of its old context nearly whole (a paragraph inserted above
# leaves the side within its own paragraph whole; re-wrapping changes a blank or two).
SAME_PLACE = 4 * CONTEXT_CHARS
MIN_FRAMING_AWAY = 0.9
# A quote this long (four words or so) found word for word, or nearly, is the passage
# whatever now surrounds it; on real articles every wrong exact match was shorter.
DISTINCTIVE_QUOTE_CHARS = 24
MIN_UNFRAMED_SIMILARITY = 0.9


class Method(StrEnum):
    POSITION = "position"
    QUOTE = "quote"
    FUZZY = "fuzzy"
    ORPHAN = "orphan"


@dataclass(frozen=True, slots=True)
class TextQuoteSelector:
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class TextPositionSelector:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Placement:
    start: int
    end: int
    method: Method


def quote_selector(text: str, start: int, end: int) -> TextQuoteSelector:
    """The quote at text[start:end] with its 32-character context."""
    return TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


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


def _same_claim(quote: TextQuoteSelector, text: str, start: int, end: int) -> bool:
    """Whether the passage found for a quote still says what was annotated, as far as a
    verdict goes.

    A tag of "false" on "fell by 20% since 2022" says nothing of "3,100 homes" when it was
    given to "3,000 homes": a changed figure makes an orphan, however alike the words.
    """
    old_words, (new_start, new_end) = _compared(quote, text, start, end)
    return _same_numbers(old_words, text[new_start:new_end])


def _same_numbers(old: str, new: str) -> bool:
    return _DIGITS.findall(old) == _DIGITS.findall(new)


def _compared(
    quote: TextQuoteSelector, text: str, start: int, end: int
) -> tuple[str, tuple[int, int]]:
    """The old passage and the new one's span, as ``_same_claim`` compares their numbers.

    Both are read out to whole words, and a shorter new one as far as the old one reached,
    so that a number cut off at its edge ("in spring" → "in 2025") counts too.
    """
    old = quote.prefix + quote.exact + quote.suffix
    old_words = old[
        _word_start(old, len(quote.prefix)) : _word_end(old, len(old) - len(quote.suffix))
    ]
    end = max(end, min(len(text), start + len(quote.exact)))
    return old_words, (_word_start(text, start), _word_end(text, end))


_LONGEST_WORD = 20  # characters; an excerpt cut inside a longer "word" (a URL) keeps its part


@dataclass(frozen=True, slots=True)
class OrphanReason:
    """Why an annotation has no place in a text.

    ``passage`` is what the text now reads where it still reads like the quote but with
    other numbers, None when nothing like the quote is left; ``was`` and ``now`` are the
    numbers that differ, as written.
    """

    passage: str | None = None
    was: tuple[str, ...] = ()
    now: tuple[str, ...] = ()

    @property
    def numbers_changed(self) -> bool:
        return self.passage is not None

    def __str__(self) -> str:
        if self.passage is None:
            return "not found in the current text"
        return f"its numbers changed ({_listed(self.was)} → {_listed(self.now)})"

    def excerpt(self, limit: int) -> str:
        """The passage on one line in at most ``limit`` characters, around the first number
        that changed: a long sentence cut after its start would show all but what changed
        ("…on February 23, Russia…", not "For the first time since the start of its…")."""
        passage = " ".join((self.passage or "").split())
        if len(passage) <= limit:
            return passage
        number = " ".join(self.now[0].split()) if self.now else ""
        at = max(passage.find(number), 0) if number else 0
        after = at + len(number)
        if after <= (limit - 1) * 3 // 4:  # the start reads best, and shows what follows it
            return passage[: limit - 1] + "…"
        room = limit - 2  # an ellipsis at each end
        start = min(max(at + len(number) // 2 - room // 2, 1), len(passage) - room)
        end = start + room
        # Whole words at either end: a word cut there is left out, unless it is the number
        # or so long that leaving it out would leave out the context too.
        if passage[start - 1] != " ":
            space = passage.find(" ", start, min(at, start + _LONGEST_WORD))
            start = space + 1 if space != -1 else start
        if end < len(passage) and passage[end] != " ":
            space = passage.rfind(" ", max(after, end - _LONGEST_WORD), end)
            end = space if space != -1 else end
        return "…" + passage[start:end] + ("…" if end < len(passage) else "")


def _listed(numbers: tuple[str, ...]) -> str:
    return ", ".join(numbers) or "none"


def orphan_reason(text: str, annotation: Annotation) -> OrphanReason:
    """Why ``annotation`` could not be placed in ``text``: the fuzzy search that placing
    it ran, run again, says whether it found the passage and turned it down for its numbers
    (or, failing that, what its old context still stands around).

    Only orphans pay for it, and only when they are shown, so the store keeps no reason
    that could go stale and a library of placed annotations costs nothing more.
    """
    quote = TextQuoteSelector(annotation.exact, annotation.prefix, annotation.suffix)
    if not quote.exact:
        return OrphanReason()
    # What the old context still stands around is the passage, however unlike the quote:
    # a figure of a digit or two is like no other ("9" → "4"). A passage like the quote
    # with other numbers explains the orphan even where its old context is gone: the
    # search is run again without that requirement.
    found = (
        _find_fuzzy(text, quote, annotation.start)
        or _in_old_context(text, quote)
        or _find_fuzzy(text, quote, annotation.start, require_framing=False)
    )
    if found is None:
        return OrphanReason()
    old_words, (start, end) = _compared(quote, text, *found)
    was, now = _NUMBER.findall(old_words), _NUMBER.findall(text[start:end])
    if _same_numbers(old_words, text[start:end]):
        return OrphanReason()  # the passage is there as it was: not why it is an orphan
    # Only the numbers that differ: "3,000 → 3,100", not every figure in the claim.
    same_start = 0
    while same_start < min(len(was), len(now)) and was[same_start] == now[same_start]:
        same_start += 1
    same_end = 0
    while (
        same_end < min(len(was), len(now)) - same_start
        and was[len(was) - 1 - same_end] == now[len(now) - 1 - same_end]
    ):
        same_end += 1
    return OrphanReason(
        text[start:end],
        tuple(was[same_start : len(was) - same_end]),
        tuple(now[same_start : len(now) - same_end]),
    )


def _word_start(text: str, at: int) -> int:
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


def _word_end(text: str, at: int) -> int:
    while at < len(text) and text[at].isalnum():
        at += 1
    return at


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


def _common_prefix_len(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _common_suffix_len(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[-1 - i] == b[-1 - i]:
        i += 1
    return i


def _context_similarity(text: str, start: int, end: int, quote: TextQuoteSelector) -> float:
    """How much of the stored prefix/suffix still surrounds text[start:end], in [0, 1]."""
    total = len(quote.prefix) + len(quote.suffix)
    if total == 0:
        return 1.0 if start == 0 or end == len(text) else 0.5
    return (_prefix_fit(text, start, quote) + _suffix_fit(text, end, quote)) / total


def _framed(text: str, start: int, end: int, quote: TextQuoteSelector, near: int) -> bool:
    """Whether the stored prefix or suffix still frames text[start:end] well enough for a
    passage found ``near`` its old start or away from it."""
    needed = MIN_FRAMING if abs(start - near) <= SAME_PLACE else MIN_FRAMING_AWAY
    return _framing(text, start, end, quote) >= needed


def _framing(text: str, start: int, end: int, quote: TextQuoteSelector) -> float:
    """How recognisably the stored prefix or suffix, the likelier, still surrounds
    text[start:end], in [0, 1].

    A side that now holds another figure where the old one had its own ("by 0.1 points to
    4.2 percent" → "by 0.1 points to 1.8 percent") frames another statement, not this one.
    A side the text's edge now cuts short (a headline moved to the end) is compared with as
    much of the old one as there is room for, if that is half of it or more.
    """
    before, after = _beside(text, start, end)
    prefix, suffix = quote.prefix, quote.suffix
    if CONTEXT_CHARS // 2 <= len(before) < len(prefix):
        prefix = prefix[len(prefix) - len(before) :]
    if CONTEXT_CHARS // 2 <= len(after) < len(suffix):
        suffix = suffix[: len(after)]
    sides = ((prefix, before), (suffix, after))
    return max(
        (_resemblance(old, new) for old, new in sides if not _other_figures(old, new)),
        default=0.0,
    )


def _other_figures(old: str, new: str) -> bool:
    """Whether context ``new`` has lost a number ``old`` had and gained one it had not: a
    number replaced, not only one left out or brought into the window by a reworded clause."""
    was, now = _whole_numbers(old), _whole_numbers(new)
    return bool(was - now) and bool(now - was)


def _whole_numbers(context: str) -> set[str]:
    """The numbers in a context; in a full 32-character window, not one at either end, which
    the window may have cut ("00 homes" of "19,000 homes")."""
    cut = len(context) >= CONTEXT_CHARS
    return {
        found.group()
        for found in _NUMBER.finditer(context)
        if not cut or (found.start() > 0 and found.end() < len(context))
    }


def _context_resemblance(
    text: str, start: int, end: int, quote: TextQuoteSelector
) -> tuple[float, float]:
    """How alike the stored prefix and suffix are to what now stands before and after
    text[start:end], each in [0, 1].

    A context cut short by the text's edge is compared with a whole one now there: a quote
    that opened the text and now has words before it has lost that side.
    """
    before, after = _beside(text, start, end)
    return _resemblance(quote.prefix, before), _resemblance(quote.suffix, after)


def _beside(text: str, start: int, end: int) -> tuple[str, str]:
    """The context windows now before and after text[start:end]."""
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def _distinctive(exact: str, similarity: float) -> bool:
    """Whether a passage this alike to ``exact`` is it wherever it now stands."""
    return len(exact) >= DISTINCTIVE_QUOTE_CHARS and similarity >= MIN_UNFRAMED_SIMILARITY


def _resemblance(old: str, new: str) -> float:
    return SequenceMatcher(None, old, new, autojunk=False).ratio()


def _prefix_fit(text: str, start: int, quote: TextQuoteSelector) -> int:
    """How many characters of the stored prefix still stand right before ``start``."""
    return _common_suffix_len(quote.prefix, text[max(0, start - len(quote.prefix)) : start])


def _suffix_fit(text: str, end: int, quote: TextQuoteSelector) -> int:
    """How many characters of the stored suffix still follow ``end``."""
    return _common_prefix_len(quote.suffix, text[end : end + len(quote.suffix)])


def _find_exact(text: str, quote: TextQuoteSelector, near: int) -> int | None:
    """The occurrence of the quote that stands in its whole old context (the nearest if
    several), else the one its old context frames best of those that are the annotated
    passage: long enough to tell, or framed as ``_framed`` asks.

    Short of the whole context, it is compared as a whole, not only the characters right
    beside the quote: a line break put in next to it by re-wrapping must not hand the
    annotation to an echo of the same words elsewhere.
    """
    exact = quote.exact
    found: list[tuple[int, float]] = []  # (start, how much of the context is right beside it)
    pos = text.find(exact)
    while pos != -1 and len(found) < _MAX_EXACT_OCCURRENCES:
        if not _cuts_a_number(text, pos, pos + len(exact), quote):
            found.append((pos, _context_similarity(text, pos, pos + len(exact), quote)))
        pos = text.find(exact, pos + 1)
    in_context = [(abs(start - near), start) for start, beside in found if beside == 1]
    if in_context:
        return min(in_context)[1]
    ranked = sorted(
        (
            -sum(_context_resemblance(text, start, start + len(exact), quote)),
            -beside,
            abs(start - near),
            start,
        )
        for start, beside in found
    )
    if _distinctive(exact, 1.0):
        return ranked[0][3] if ranked else None
    return next(
        (start for *_, start in ranked if _framed(text, start, start + len(exact), quote, near)),
        None,
    )


def _cuts_a_number(text: str, start: int, end: int, quote: TextQuoteSelector) -> bool:
    """Whether text[start:end] starts or ends inside a number where the quote did not:
    "20" in "2001" is not the figure 20, nor "5" in "$12.5 million" or "12" in "12:50"."""
    old = quote.prefix + quote.exact + quote.suffix
    old_start = len(quote.prefix)
    old_end = old_start + len(quote.exact)
    return (_splits_a_number(text, start) and not _splits_a_number(old, old_start)) or (
        _splits_a_number(text, end) and not _splits_a_number(old, old_end)
    )


def _splits_a_number(text: str, at: int) -> bool:
    """Whether ``at`` falls inside a number as written: between two of its digits, or
    beside the point, comma or colon that joins them ("12.5", "3,000", "12:50")."""
    left, right = text[max(0, at - 2) : at], text[at : at + 2]
    if not left or not right:
        return False
    if left[-1].isdigit() and right[0].isdigit():
        return True
    before_mark = len(left) == 2 and left[0].isdigit() and left[1] in _NUMBER_MARKS
    after_mark = len(right) == 2 and right[0] in _NUMBER_MARKS and right[1].isdigit()
    return (before_mark and right[0].isdigit()) or (after_mark and left[-1].isdigit())


def _probes(quote: TextQuoteSelector) -> list[tuple[str, int]]:
    """Short strings to look for, each with the offset it implies for the quote's start.

    An offset of -len(probe) for a prefix probe means "the quote starts right after".
    """
    exact = quote.exact
    size = max(4, min(16, len(exact) // 4))
    probes: list[tuple[str, int]] = []
    if len(exact) >= size:
        steps = 4 if len(exact) >= 4 * size else 2
        for i in range(steps + 1):
            offset = (len(exact) - size) * i // steps
            probes.append((exact[offset : offset + size], offset))
    if len(quote.prefix) >= 4:
        tail = quote.prefix[-size:]
        probes.append((tail, -len(tail)))
    if len(quote.suffix) >= 4:
        probes.append((quote.suffix[:size], len(exact)))
    return probes


def _hits(text: str, probe: str, lo: int, hi: int, limit: int = _MAX_HITS_PER_PROBE) -> list[int]:
    hits: list[int] = []
    pos = text.find(probe, lo, hi)
    while pos != -1 and len(hits) < limit:
        hits.append(pos)
        pos = text.find(probe, pos + 1, hi)
    return hits


def _find_fuzzy(
    text: str, quote: TextQuoteSelector, near: int, require_framing: bool = True
) -> tuple[int, int] | None:
    span = len(quote.exact) + 2 * CONTEXT_CHARS
    near_window = (max(0, near - _NEAR - span), min(len(text), near + _NEAR + span))
    # difflib indexes its second sequence once: the quote, compared with many regions.
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(quote.exact)
    tried: set[int] = set()
    for lo, hi in (near_window, (0, len(text))):
        result = _best_candidate(text, quote, near, lo, hi, matcher, tried, require_framing)
        if result is not None or (lo, hi) == (0, len(text)):
            return result
    return None


def _best_candidate(
    text: str,
    quote: TextQuoteSelector,
    near: int,
    lo: int,
    hi: int,
    matcher: SequenceMatcher[str],
    tried: set[int],
    require_framing: bool,
) -> tuple[int, int] | None:
    slack = len(quote.exact) // 4 + 8
    chosen = _candidates(text, quote, near, lo, hi, slack, tried)
    tried.update(chosen)
    # Best first, stopping at a convincing match: difflib is the expensive part.
    best: tuple[float, int, int, int] | None = None
    for guess in chosen:
        region = _align(text, quote, matcher, guess, slack)
        if region is not None:
            best = _better(best, _score(text, quote, near, region, require_framing))
        if best is not None and -best[0] >= _GOOD_ENOUGH:
            break
    if best is None:
        for region in _between_context(text, quote, lo, hi, matcher):
            best = _better(best, _score(text, quote, near, region, require_framing))
    return None if best is None else (best[2], best[3])


def _candidates(
    text: str, quote: TextQuoteSelector, near: int, lo: int, hi: int, slack: int, tried: set[int]
) -> list[int]:
    """Likely starts of the quote, best first: where most probes agree, then nearest.

    Each probe found implies a start; hits within ``slack`` of one another are one
    place, and the number of different probes pointing there is its vote. The
    true place usually gets several votes, a chance hit of one short probe one.
    """
    implied = sorted(
        (hit - offset, n)
        for n, (probe, offset) in enumerate(_probes(quote))
        for hit in _hits(text, probe, lo, hi, _MAX_HITS_PER_PROBE if lo or hi < len(text) else 256)
        if hit - offset not in tried
    )
    places: list[tuple[int, int]] = []  # (-votes, start)
    group: list[tuple[int, int]] = []
    for start, probe in [*implied, (len(text) + 10 * slack + 10, -1)]:
        if group and start - group[-1][0] > slack:
            starts = [s for s, _ in group]
            places.append((-len({p for _, p in group}), starts[len(starts) // 2]))
            group = []
        group.append((start, probe))
    places.sort(key=lambda place: (place[0], abs(place[1] - near)))
    if places and -places[0][0] >= 3:
        # Several probes agree somewhere: places only one probe found are chance hits.
        places = [place for place in places if -place[0] >= 2]
    return [start for _, start in places[:_MAX_CANDIDATES]]


def _score(
    text: str,
    quote: TextQuoteSelector,
    near: int,
    region: tuple[int, int, float],
    require_framing: bool,
) -> tuple[float, int, int, int] | None:
    """A sort key for a candidate region (start, end, its likeness to the quote; lower is
    better), or None if it is not the quote."""
    start, end, quote_sim = region
    context_sim = _context_similarity(text, start, end, quote)
    weak_but_framed = (
        quote_sim >= MIN_WEAK_QUOTE_SIMILARITY and context_sim >= MIN_CONTEXT_FOR_WEAK_QUOTE
    )
    if quote_sim < MIN_QUOTE_SIMILARITY and not weak_but_framed:
        return None
    if (
        require_framing
        and not _distinctive(quote.exact, quote_sim)
        and not _framed(text, start, end, quote, near)
    ):
        return None
    score = 0.7 * quote_sim + 0.3 * context_sim
    return (-score, abs(start - near), start, end)


def _better(
    best: tuple[float, int, int, int] | None, key: tuple[float, int, int, int] | None
) -> tuple[float, int, int, int] | None:
    if key is None:
        return best
    return key if best is None or key < best else best


def _in_old_context(text: str, quote: TextQuoteSelector) -> tuple[int, int] | None:
    """The first region of ``text`` the old prefix and suffix still stand around."""
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(quote.exact)
    regions = _between_context(text, quote, 0, len(text), matcher)
    return (regions[0][0], regions[0][1]) if regions else None


def _between_context(
    text: str, quote: TextQuoteSelector, lo: int, hi: int, matcher: SequenceMatcher[str]
) -> list[tuple[int, int, float]]:
    """Regions framed by the old prefix and suffix: finds a short quote whose words changed."""
    if len(quote.prefix) < 8 or len(quote.suffix) < 8:
        return []
    tail, head = quote.prefix[-16:], quote.suffix[:16]
    longest = 2 * len(quote.exact) + 16
    regions = []
    for hit in _hits(text, tail, lo, hi):
        start = hit + len(tail)
        end = text.find(head, start, start + longest + len(head))
        if end > start:
            matcher.set_seq1(text[start:end])
            regions.append((start, end, matcher.ratio()))
    return regions


def _align(
    text: str, quote: TextQuoteSelector, matcher: SequenceMatcher[str], guess: int, slack: int
) -> tuple[int, int, float] | None:
    """The part of the text around ``guess`` that lines up with the quote, and how well.

    ``matcher`` already holds the quote's ``exact`` as its second sequence.
    """
    exact = quote.exact
    lo, hi = max(0, guess - slack), min(len(text), guess + len(exact) + slack)
    window = text[lo:hi]
    if not window:
        return None
    matcher.set_seq1(window)
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= 2 or len(exact) < 8]
    blocks = [b for b in blocks if b.size > 0]
    if not blocks:
        return None
    start = lo + blocks[0].a
    end = lo + blocks[-1].a + blocks[-1].size
    # Characters changed at an edge of the quote (a straight quotation mark made curly, a
    # typo fixed in its first word) match nothing: they are the quote's still if the old
    # context then frames it better.
    lead, trail = blocks[0].b, len(exact) - blocks[-1].b - blocks[-1].size
    if lead and _prefix_fit(text, max(lo, start - lead), quote) > _prefix_fit(text, start, quote):
        start = max(lo, start - lead)
    if trail and _suffix_fit(text, min(hi, end + trail), quote) > _suffix_fit(text, end, quote):
        end = min(hi, end + trail)
    matched = sum(b.size for b in blocks)
    similarity = 2 * matched / (len(exact) + (end - start))
    return start, end, similarity
