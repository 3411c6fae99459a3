"""What the panel lists besides the analysis's own claims and figures: the reader's passages,
what it shows of each row's annotations, and the Sources list's rows that are no speaker."""

from __future__ import annotations

from dataclasses import dataclass

from newslens.analysis.model import Claim

ALL_SPEAKERS = "__all__"
UNATTRIBUTED = "__none__"


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage the reader annotated that the analysis lists as no claim or figure: text
    chosen in selection mode, or a claim it no longer finds there (its rules changed, or the
    text did and the annotation was placed again). Listed among the claims, as the reader's
    own: the Claims tab is where a fact-checker works, and a tag that left it went unseen.
    ``claimant``: the annotation's, if it was a claim's or a quote's."""

    start: int
    end: int
    claimant: str | None = None


# A row of the Claims tab.
ClaimRow = Claim | Passage


@dataclass(frozen=True)
class RowAnnotation:
    """What the panel lists under a claim or figure: its tags, then its note's first words
    ("[note]" alone sent the reader to the Library, or to ``e``, to find which claim the note
    was on and what it said)."""

    tags: tuple[str, ...] = ()
    note: str = ""


_UNANNOTATED = RowAnnotation()
