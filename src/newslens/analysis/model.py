"""The analysis results as plain data: frozen dataclasses that round-trip through JSON.

Offsets are Python string indices into ``Article.text``, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from newslens.article import Span

SCHEMA_VERSION = 1


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    GROUP = "group"
    UNKNOWN = "unknown"

    def yields_to(self, other: SpeakerKind) -> bool:
        """Whether a speaker's kind so far gives way to the kind another mention has: unknown
        to any, and a place to an organisation, since a name the recogniser took for a place
        is a body wherever another mention says so ("Chipmaker Veltrix", "the company" after
        "Veltrix now expects")."""
        return self is SpeakerKind.UNKNOWN or (
            self is SpeakerKind.PLACE and other is SpeakerKind.ORGANISATION
        )


class QuoteKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class Stance(StrEnum):
    """What a cue verb says about the reporter's distance to the words."""

    NEUTRAL = "neutral"  # said, told
    ASSERTIVE = "assertive"  # stressed, insisted
    DISTANCING = "distancing"  # claimed, alleged
    CONCESSIVE = "concessive"  # admitted, acknowledged
    TENTATIVE = "tentative"  # hinted, suggested


class FigureKind(StrEnum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    QUANTITY = "quantity"
    DATE = "date"
    TIME = "time"
    ORDINAL = "ordinal"
    RANGE = "range"


class Qualifier(StrEnum):
    EXACTLY = "exactly"
    APPROXIMATELY = "approximately"
    AT_LEAST = "at least"
    AT_MOST = "at most"


class ClaimKind(StrEnum):
    ATTRIBUTED = "attributed statement"
    NUMERIC = "numeric assertion"
    ASSERTION = "other checkable assertion"


@dataclass(frozen=True, slots=True)
class Speaker:
    key: str  # canonical: "dmitry peskov" for "Kremlin spokesman Dmitry Peskov", "Mr Peskov"
    name: str  # the fullest display name seen
    kind: SpeakerKind
    mentions: tuple[Span, ...] = ()
    quote_count: int = 0

    @classmethod
    def from_dict(cls, data: dict[str, Any], offset: int = 0) -> Speaker:
        """From ``asdict`` form (JSON, or a Doc extension), spans moved by ``offset``."""
        return cls(
            key=data["key"],
            name=data["name"],
            kind=SpeakerKind(data["kind"]),
            mentions=_spans(data.get("mentions", ()), offset),
            quote_count=data.get("quote_count", 0),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    parts: tuple[Span, ...]  # ordered, non-overlapping; '"A," he said. "B."' has two
    kind: QuoteKind
    speaker: str | None = None  # display name
    speaker_key: str | None = None
    speaker_span: Span | None = None  # the mention that attributes this quote
    cue: str | None = None
    cue_span: Span | None = None
    stance: Stance | None = None
    confidence: float = 1.0
    # Reported as not said: "did not say that …", "never claimed …", "declined to say …".
    negated: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any], offset: int = 0) -> Quote:
        """From ``asdict`` form (JSON, or a Doc extension), spans moved by ``offset``."""
        return cls(
            parts=_spans(data["parts"], offset),
            kind=QuoteKind(data["kind"]),
            speaker=data.get("speaker"),
            speaker_key=data.get("speaker_key"),
            speaker_span=_span(data.get("speaker_span"), offset),
            cue=data.get("cue"),
            cue_span=_span(data.get("cue_span"), offset),
            stance=Stance(data["stance"]) if data.get("stance") else None,
            confidence=data.get("confidence", 1.0),
            negated=data.get("negated", False),
        )

    def shifted(self, by: int) -> Quote:
        """The same quote with every span moved by ``by`` (a chunk's offsets ↔ the article's)."""
        return replace(
            self,
            parts=_spans(self.parts, by),
            speaker_span=_span(self.speaker_span, by),
            cue_span=_span(self.cue_span, by),
        )

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int
    text: str
    kind: FigureKind
    value: float | str | None = None  # 19000.0; 0.42 for 42%; "2022-02-24"
    unit: str | None = None  # "USD", "km", "soldiers"
    qualifier: Qualifier = Qualifier.EXACTLY

    @classmethod
    def from_dict(cls, data: dict[str, Any], offset: int = 0) -> Figure:
        """From ``asdict`` form (JSON, or a Doc extension), spans moved by ``offset``."""
        return cls(
            start=data["start"] + offset,
            end=data["end"] + offset,
            text=data["text"],
            kind=FigureKind(data["kind"]),
            value=data.get("value"),
            unit=data.get("unit"),
            qualifier=Qualifier(data.get("qualifier", Qualifier.EXACTLY)),
        )

    def shifted(self, by: int) -> Figure:
        return replace(self, start=self.start + by, end=self.end + by)


@dataclass(frozen=True, slots=True)
class Claim:
    start: int
    end: int
    kind: ClaimKind
    claimant: str | None = None  # display name
    claimant_key: str | None = None
    cue: str | None = None
    figures: tuple[Span, ...] = ()  # spans of the Figures inside it
    score: float = 0.0  # check-worthiness in [0, 1]

    @classmethod
    def from_dict(cls, data: dict[str, Any], offset: int = 0) -> Claim:
        """From ``asdict`` form (JSON, or a Doc extension), spans moved by ``offset``."""
        return cls(
            start=data["start"] + offset,
            end=data["end"] + offset,
            kind=ClaimKind(data["kind"]),
            claimant=data.get("claimant"),
            claimant_key=data.get("claimant_key"),
            cue=data.get("cue"),
            figures=_spans(data.get("figures", ()), offset),
            score=data.get("score", 0.0),
        )

    def shifted(self, by: int) -> Claim:
        return replace(
            self, start=self.start + by, end=self.end + by, figures=_spans(self.figures, by)
        )


@dataclass(frozen=True, slots=True)
class Analysis:
    fingerprint: str  # of the Article analysed
    speakers: tuple[Speaker, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    claims: tuple[Claim, ...] = ()
    boilerplate: tuple[Span, ...] = ()  # site navigation and the like, not the article's words
    model_name: str = ""
    model_version: str = ""
    schema_version: int = field(default=SCHEMA_VERSION)

    def speaker(self, key: str | None) -> Speaker | None:
        return next((s for s in self.speakers if s.key == key), None)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = as_plain(self)
        return result

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        version = data.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise ValueError(f"analysis schema {version} is not {SCHEMA_VERSION}")
        return cls(
            fingerprint=data["fingerprint"],
            speakers=tuple(Speaker.from_dict(s) for s in data.get("speakers", ())),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            figures=tuple(Figure.from_dict(f) for f in data.get("figures", ())),
            claims=tuple(Claim.from_dict(c) for c in data.get("claims", ())),
            boilerplate=_spans(data.get("boilerplate", ())),
            model_name=data.get("model_name", ""),
            model_version=data.get("model_version", ""),
            schema_version=version,
        )


# The field names of each result dataclass, in order, for ``as_plain``.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls)) for cls in (Speaker, Quote, Figure, Claim, Analysis)
}
# The results that hold no other result: their plain form is their fields as they are.
_FLAT = frozenset([Speaker, Quote, Figure, Claim])


def as_plain(value: Any) -> Any:
    """``dataclasses.asdict`` of a result or an analysis: the same dicts and tuples, field by
    field. ``asdict`` deep-copies every number, string and span it meets, and the copies cost
    most of writing an analysis out; here those values, all immutable, are kept as they are."""
    names = _FIELD_NAMES.get(type(value))
    if names is not None:
        if type(value) in _FLAT:
            return {name: getattr(value, name) for name in names}
        return {name: as_plain(getattr(value, name)) for name in names}
    if type(value) is tuple and any(type(item) in _FIELD_NAMES for item in value):
        return tuple(as_plain(item) for item in value)
    return value


def _span(value: Any, offset: int = 0) -> Span | None:
    return None if value is None else (int(value[0]) + offset, int(value[1]) + offset)


def _spans(values: Any, offset: int = 0) -> tuple[Span, ...]:
    return tuple((int(a) + offset, int(b) + offset) for a, b in values)
