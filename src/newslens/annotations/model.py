"""Annotations as plain data: what a reader marked, where, and with what.

Offsets are Python string indices into ``Article.text`` (end exclusive), the
same numbers W3C's TextPositionSelector uses. The quote with its 32-character
prefix and suffix (a TextQuoteSelector) travels with every annotation so it can
find its place again when the text changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from newslens.analysis.model import SpeakerKind

CONTEXT_CHARS = 32

# The mark that hides an extracted claim the reader judged not to be one. It is an
# ordinary tag in the store (so it is undoable and exported) with a special meaning.
NOT_A_CLAIM = "not-a-claim"


class TargetKind(StrEnum):
    """What the annotated span is: something the analysis found, or a free span."""

    CLAIM = "claim"
    QUOTE = "quote"
    FIGURE = "figure"
    SPAN = "span"


def now() -> str:
    """A UTC timestamp, ISO 8601 to the millisecond: sortable as text."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True, slots=True)
class Document:
    """An article the store knows, keyed by its text fingerprint.

    ``text`` is kept so exports and re-anchoring work without the source; it is
    None only for a document known from an imported file and not yet opened.
    """

    id: int
    fingerprint: str
    source: str
    title: str | None
    text: str | None
    created: str
    updated: str
    byline: str | None = None  # as the reader shows it under the title
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Annotation:
    id: str  # a uuid4 hex: stable across export and import
    fingerprint: str  # of the document's text the offsets refer to
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    kind: TargetKind = TargetKind.SPAN
    tags: tuple[str, ...] = ()
    note: str = ""
    claimant: str | None = None
    # What the claimant is, as the analysis saw it (a person, an organisation…): the
    # ClaimReview author's type. None when not known: annotations saved before it was
    # recorded, or a claimant typed by hand.
    claimant_kind: SpeakerKind | None = None
    orphan: bool = False  # could not be placed in the current text; offsets are the last known
    created: str = ""
    updated: str = ""

    @property
    def hides_claim(self) -> bool:
        return self.kind is TargetKind.CLAIM and NOT_A_CLAIM in self.tags

    def with_tag(self, tag: str) -> Annotation:
        return self if tag in self.tags else replace(self, tags=(*self.tags, tag))

    def without_tag(self, tag: str) -> Annotation:
        return replace(self, tags=tuple(t for t in self.tags if t != tag))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "fingerprint": self.fingerprint,
            "start": self.start,
            "end": self.end,
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "kind": str(self.kind),
            "tags": list(self.tags),
            "note": self.note,
            "claimant": self.claimant,
            "claimant_kind": None if self.claimant_kind is None else str(self.claimant_kind),
            "orphan": self.orphan,
            "created": self.created,
            "updated": self.updated,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotation:
        """The inverse of to_dict; raises ValueError/KeyError/TypeError on bad data."""
        start, end = data["start"], data["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
            raise ValueError(f"bad offsets {start!r}..{end!r}")
        tags = data.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) and t for t in tags):
            raise ValueError("tags must be a list of non-empty strings")
        strings = {k: data.get(k, "") for k in ("exact", "prefix", "suffix", "note")}
        for key, value in strings.items():
            if not isinstance(value, str):
                raise ValueError(f"{key} must be a string")
        claimant = data.get("claimant")
        if claimant is not None and not isinstance(claimant, str):
            raise ValueError("claimant must be a string or null")
        return cls(
            id=_nonempty(data, "id"),
            fingerprint=_nonempty(data, "fingerprint"),
            start=start,
            end=end,
            exact=strings["exact"],
            prefix=strings["prefix"],
            suffix=strings["suffix"],
            kind=TargetKind(data.get("kind", TargetKind.SPAN)),
            tags=tuple(dict.fromkeys(tags)),
            note=strings["note"],
            claimant=claimant,
            claimant_kind=speaker_kind(data.get("claimant_kind")),
            orphan=bool(data.get("orphan", False)),
            created=str(data.get("created") or ""),
            updated=str(data.get("updated") or ""),
        )


def speaker_kind(value: object) -> SpeakerKind | None:
    """A stored claimant kind, or None when absent or not one this version knows.

    Lenient on purpose: a kind is a hint for exports, and an annotation must never
    be refused (at import, or when its undo snapshot is read) because of it.
    """
    try:
        return SpeakerKind(value) if isinstance(value, str) else None
    except ValueError:
        return None


def hidden_claims(annotations: Iterable[Annotation]) -> set[tuple[int, int]]:
    """The (start, end) of every extracted claim the reader marked as not a claim."""
    return {(a.start, a.end) for a in annotations if a.hides_claim and not a.orphan}


def _nonempty(data: dict[str, Any], key: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not value:
        raise ValueError(f"{key} must be a non-empty string")
    return value


@dataclass(frozen=True, slots=True)
class Tag:
    """A tag the reader offers: ``key`` is the quick-tag digit, if it has one."""

    name: str
    colour: str
    key: str | None = None
    verdict: bool = False  # a fact-check rating: exported as a ClaimReview


@dataclass(frozen=True, slots=True)
class TagSet:
    tags: tuple[Tag, ...] = field(default_factory=tuple)

    def by_key(self, key: str) -> Tag | None:
        return next((t for t in self.tags if t.key == key), None)

    def get(self, name: str) -> Tag | None:
        return next((t for t in self.tags if t.name == name), None)

    def colour(self, name: str, default: str = "#888888") -> str:
        tag = self.get(name)
        return tag.colour if tag else default

    def is_verdict(self, name: str) -> bool:
        tag = self.get(name)
        return tag is not None and tag.verdict

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.tags)
