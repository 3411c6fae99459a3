"""What an annotation action works on: a :class:`Target`, from a span, a claim, an annotation
or a passage of the reader's (pure functions)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslens.analysis.model import Analysis, Claim, SpeakerKind
from newslens.annotations.model import Annotation, TargetKind
from newslens.tui.claims_panel import Passage

if TYPE_CHECKING:
    from newslens.tui.selection import Span


@dataclass(frozen=True, slots=True)
class Target:
    """The span an annotation action applies to."""

    start: int
    end: int
    kind: TargetKind
    claimant: str | None = None
    claimant_kind: SpeakerKind | None = None  # the ClaimReview export types the author by it


def target_for_span(analysis: Analysis | None, span: Span) -> Target:
    """A chosen span, recognised as a claim, quote or figure when it is exactly one."""
    start, end = span
    if analysis is not None:
        for claim in analysis.claims:
            if (claim.start, claim.end) == span:
                return _claim_target(claim, analysis)
        for quote in analysis.quotes:
            if span in quote.parts:
                speaker = analysis.speaker(quote.speaker_key)
                kind = speaker.kind if speaker else None
                return Target(start, end, TargetKind.QUOTE, quote.speaker, kind)
        for figure in analysis.figures:
            if (figure.start, figure.end) == span:
                return Target(start, end, TargetKind.FIGURE)
    return Target(start, end, TargetKind.SPAN)


def found_spans(analysis: Analysis | None) -> dict[str, list[Span]]:
    """Claims, quote parts and figures by kind, sorted: where selection mode can jump."""
    if analysis is None:
        return {}
    return {
        "claim": sorted((c.start, c.end) for c in analysis.claims),
        "quote": sorted(part for q in analysis.quotes for part in q.parts),
        "figure": sorted((f.start, f.end) for f in analysis.figures),
    }


def annotation_target(annotation: Annotation) -> Target:
    """What an annotation is on, as the keys act on it: the same kind, so a tag goes on it
    rather than on a new annotation of the same words."""
    return Target(
        annotation.start,
        annotation.end,
        annotation.kind,
        annotation.claimant,
        annotation.claimant_kind,
    )


def passage_target(annotations: Iterable[Annotation], passage: Passage) -> Target:
    """A passage of the reader's as the annotation that lists it targets it: a claim's
    annotation stays a claim's, though the analysis no longer lists that claim."""
    on_it = (
        a
        for a in annotations
        if (a.start, a.end) == (passage.start, passage.end) and not a.hides_claim
    )
    found = next(on_it, None)
    if found is None:  # its annotation removed meanwhile (another window)
        return Target(passage.start, passage.end, TargetKind.SPAN)
    return annotation_target(found)


def _claim_target(claim: Claim, analysis: Analysis | None) -> Target:
    speaker = analysis.speaker(claim.claimant_key) if analysis else None
    kind = speaker.kind if speaker else None
    return Target(claim.start, claim.end, TargetKind.CLAIM, claim.claimant, kind)
