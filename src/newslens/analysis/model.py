"""The analysis results as plain data: frozen dataclasses that round-trip through JSON.

Offsets are Python string indices into ``Article.text``, end exclusive.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = 1

Span = tuple[int, int]


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    GROUP = "group"
    UNKNOWN = "unknown"


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
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        version = data.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise ValueError(f"analysis schema {version} is not {SCHEMA_VERSION}")
        return cls(
            fingerprint=data["fingerprint"],
            speakers=tuple(
                Speaker(
                    key=s["key"],
                    name=s["name"],
                    kind=SpeakerKind(s["kind"]),
                    mentions=_spans(s.get("mentions", ())),
                    quote_count=s.get("quote_count", 0),
                )
                for s in data.get("speakers", ())
            ),
            quotes=tuple(
                Quote(
                    parts=_spans(q["parts"]),
                    kind=QuoteKind(q["kind"]),
                    speaker=q.get("speaker"),
                    speaker_key=q.get("speaker_key"),
                    speaker_span=_span(q.get("speaker_span")),
                    cue=q.get("cue"),
                    cue_span=_span(q.get("cue_span")),
                    stance=Stance(q["stance"]) if q.get("stance") else None,
                    confidence=q.get("confidence", 1.0),
                )
                for q in data.get("quotes", ())
            ),
            figures=tuple(
                Figure(
                    start=f["start"],
                    end=f["end"],
                    text=f["text"],
                    kind=FigureKind(f["kind"]),
                    value=f.get("value"),
                    unit=f.get("unit"),
                    qualifier=Qualifier(f.get("qualifier", Qualifier.EXACTLY)),
                )
                for f in data.get("figures", ())
            ),
            claims=tuple(
                Claim(
                    start=c["start"],
                    end=c["end"],
                    kind=ClaimKind(c["kind"]),
                    claimant=c.get("claimant"),
                    claimant_key=c.get("claimant_key"),
                    cue=c.get("cue"),
                    figures=_spans(c.get("figures", ())),
                    score=c.get("score", 0.0),
                )
                for c in data.get("claims", ())
            ),
            boilerplate=_spans(data.get("boilerplate", ())),
            model_name=data.get("model_name", ""),
            model_version=data.get("model_version", ""),
            schema_version=version,
        )


def _span(value: Any) -> Span | None:
    return None if value is None else (int(value[0]), int(value[1]))


def _spans(values: Any) -> tuple[Span, ...]:
    return tuple((int(a), int(b)) for a, b in values)
