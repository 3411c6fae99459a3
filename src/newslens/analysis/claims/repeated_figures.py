"""Claims whose figures a fuller claim of the same text states again: a press release's point
"HLX-204 met its goal, with 68% of patients … versus 9% on placebo", then its body's "68% of
patients achieved …, compared with 9% … (p<0.001)". A fact-checker checks the figures once, in
the words that say most about them.
"""

from __future__ import annotations

from collections.abc import Sequence

from newslens.analysis.model import Claim, Figure, FigureKind

# One figure met again is often another statement of the same number ("inflation is 3%", then
# "wages rose 3%"): only a claim of this many figures, dates and times aside, is matched.
_MATCHED = 2

_FigureKey = tuple[FigureKind, object]


def without_repeated_figures(claims: list[Claim], figures: Sequence[Figure]) -> list[Claim]:
    """``claims`` but those whose figures, each of the same kind and value, another claim
    states with more (more figures, or the same in longer words), and whose claimant is none
    or that claim's: the reporter's point that a speaker's words repeat is the speaker's."""
    by_span = {(f.start, f.end): f for f in figures}
    keys = {c: _keys(c, by_span) for c in claims}
    # Indexed by figure: a claim is compared only with the claims that share a figure with it.
    holding: dict[_FigureKey, list[Claim]] = {}
    for claim, its_keys in keys.items():
        for key in its_keys:
            holding.setdefault(key, []).append(claim)
    repeated = set()
    for claim, its_keys in keys.items():
        if sum(kind not in (FigureKind.DATE, FigureKind.TIME) for kind, _ in its_keys) < _MATCHED:
            continue
        rarest = min(its_keys, key=lambda key: len(holding[key]))
        if any(
            other is not claim
            and other not in repeated
            and its_keys <= keys[other]
            and _says_more(other, keys[other], claim, its_keys)
            and claim.claimant_key in (None, other.claimant_key)
            for other in holding[rarest]
        ):
            repeated.add(claim)
    return [c for c in claims if c not in repeated]


def _keys(claim: Claim, by_span: dict[tuple[int, int], Figure]) -> frozenset[_FigureKey]:
    found = (by_span.get(span) for span in claim.figures)
    return frozenset(
        (f.kind, f.value if f.value is not None else f.text.lower()) for f in found if f
    )


def _says_more(
    fuller: Claim, its_keys: frozenset[_FigureKey], claim: Claim, keys: frozenset[_FigureKey]
) -> bool:
    if len(its_keys) != len(keys):
        return len(its_keys) > len(keys)
    return fuller.end - fuller.start > claim.end - claim.start
