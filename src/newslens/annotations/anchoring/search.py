"""Finding a quote again in a changed text: its exact occurrences, else a fuzzy search, where
probes cut from the quote and its context point at the regions difflib then scores."""

from __future__ import annotations

from difflib import SequenceMatcher

from newslens.annotations.anchoring.context import (
    TextQuoteSelector,
    _context_resemblance,
    _context_similarity,
    _cuts_a_number,
    _distinctive,
    _framed,
    _prefix_fit,
    _suffix_fit,
    _word_end,
    _word_start,
)
from newslens.annotations.model import CONTEXT_CHARS

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
    # An edge character that changed case ("Fishermen" → "Local fishermen") matches nothing
    # either, and no context frames it where the paragraph's start was: a passage that began
    # or ended with a whole word still does, never inside one ("ishermen").
    if lead and exact[0].isalnum() and start - _word_start(text, start) <= lead:
        start = _word_start(text, start)
    if trail and exact[-1].isalnum() and _word_end(text, end) - end <= trail:
        end = _word_end(text, end)
    matched = sum(b.size for b in blocks)
    similarity = 2 * matched / (len(exact) + (end - start))
    return start, end, similarity
