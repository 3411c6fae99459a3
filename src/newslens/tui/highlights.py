"""Highlight layers: which parts of the text carry which marks.

An :class:`Analysis` becomes named spans (``speaker``, ``direct``, ``figure`` …),
and spans become :class:`Runs`: the text cut into stretches that each carry one
set of layer names. The article view asks a line's stretches from several Runs at
once (the analysis, search matches, the selected claim, tag marks), so a search
or a tag never rebuilds the analysis layers.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from newslens.analysis.model import Analysis, QuoteKind
from newslens.article import Span

# The layers a reader can switch on and off, in legend order, with their key.
LAYERS: tuple[tuple[str, str], ...] = (
    ("speaker", "speakers"),
    ("direct", "direct quotes"),
    ("indirect", "reported speech"),
    ("cue", "cue verbs"),
    ("figure", "figures"),
    ("boilerplate", "boilerplate"),
)
# A layer's switch also governs the layers that belong to it.
LAYER_GROUP = {
    "mention": "speaker",
    "stance-assertive": "cue",
    "stance-distancing": "cue",
    "stance-concessive": "cue",
    "stance-tentative": "cue",
}
# Later names are drawn over earlier ones where both apply.
PRIORITY = (
    "boilerplate",
    "indirect",
    "direct",
    "mention",
    "speaker",
    "cue",
    "stance-assertive",
    "stance-distancing",
    "stance-concessive",
    "stance-tentative",
    "figure",
    "mark",
    "claim",
    "match",
    "match-current",
)
_RANK = {name: rank for rank, name in enumerate(PRIORITY)}

LayerSet = frozenset[str]
EMPTY: LayerSet = frozenset()


def rank(layer: str) -> int:
    return _RANK.get(layer.split(":", 1)[0], len(PRIORITY))


@dataclass(frozen=True, slots=True)
class Mark:
    """A span painted in a colour of its own: a tag from the annotation store.

    Marks do not come from the analysis, so they can be shown (and changed) without it.
    """

    start: int
    end: int
    color: str  # any colour Rich understands: "#e5c07b", "red"
    symbol: str = "●"  # the gutter's sign for it where colours are off: the tag's key digit


class Runs:
    """Text offsets cut into stretches, each with the set of layers over it."""

    __slots__ = ("cuts", "sets")

    def __init__(self, spans: Iterable[tuple[int, int, str]]) -> None:
        events: dict[int, list[tuple[str, int]]] = {}
        for start, end, layer in spans:
            if end <= start:
                continue
            events.setdefault(start, []).append((layer, 1))
            events.setdefault(end, []).append((layer, -1))
        active: Counter[str] = Counter()
        self.cuts: list[int] = []
        self.sets: list[LayerSet] = []
        for position in sorted(events):
            for layer, change in events[position]:
                active[layer] += change
            current = frozenset(name for name, count in active.items() if count > 0)
            if self.sets and self.sets[-1] == current:
                continue
            self.cuts.append(position)
            self.sets.append(current)

    @classmethod
    def disjoint(cls, spans: Sequence[tuple[int, int]], layer: str) -> Runs:
        """Runs for sorted, non-overlapping spans of one layer (search matches): no sweep."""
        runs = cls(())
        marked = frozenset({layer})
        for start, end in spans:
            if runs.cuts and runs.cuts[-1] == start:
                runs.sets[-1] = marked
            else:
                runs.cuts.append(start)
                runs.sets.append(marked)
            runs.cuts.append(end)
            runs.sets.append(EMPTY)
        return runs

    def __bool__(self) -> bool:
        return bool(self.cuts)

    def at(self, offset: int) -> LayerSet:
        index = bisect_right(self.cuts, offset) - 1
        return self.sets[index] if index >= 0 else EMPTY

    def cuts_between(self, start: int, end: int) -> list[int]:
        """Cut positions strictly inside ``(start, end)``."""
        return self.cuts[bisect_right(self.cuts, start) : bisect_left(self.cuts, end)]

    def touches(self, start: int, end: int) -> bool:
        """Whether any layer lies over part of ``[start, end)``."""
        if not self.cuts:
            return False
        return bool(self.at(start)) or bool(self.cuts_between(start, end))


def pieces(runs: Sequence[Runs], start: int, end: int) -> list[tuple[int, int, LayerSet]]:
    """``[start, end)`` cut where any of ``runs`` changes, with the union of layers."""
    points = {start, end}
    for run in runs:
        points.update(run.cuts_between(start, end))
    ordered = sorted(points)
    result: list[tuple[int, int, LayerSet]] = []
    for a, b in pairwise(ordered):
        layers: LayerSet = EMPTY
        for run in runs:
            here = run.at(a)
            if here:
                layers = layers | here
        result.append((a, b, layers))
    return result


def analysis_spans(analysis: Analysis) -> list[tuple[int, int, str]]:
    """The analysis as ``(start, end, layer)`` spans."""
    spans: list[tuple[int, int, str]] = []
    speaking: set[Span] = set()
    for quote in analysis.quotes:
        layer = "indirect" if quote.kind is QuoteKind.INDIRECT else "direct"
        spans.extend((a, b, layer) for a, b in quote.parts)
        if quote.speaker_span is not None:
            speaking.add(quote.speaker_span)
            spans.append((*quote.speaker_span, "speaker"))
        if quote.cue_span is not None:
            spans.append((*quote.cue_span, "cue"))
            if quote.stance is not None and quote.stance.value != "neutral":
                spans.append((*quote.cue_span, f"stance-{quote.stance.value}"))
    for speaker in analysis.speakers:
        spans.extend((a, b, "mention") for a, b in speaker.mentions if (a, b) not in speaking)
    spans.extend((figure.start, figure.end, "figure") for figure in analysis.figures)
    spans.extend((a, b, "boilerplate") for a, b in analysis.boilerplate)
    return spans


def mark_spans(marks: Iterable[Mark]) -> list[tuple[int, int, str]]:
    # The colour first: a colour has no colon, so the first one ends it (split_mark).
    return [(mark.start, mark.end, f"mark:{mark.color}:{mark.symbol}") for mark in marks]


def split_mark(layer: str) -> tuple[str, str]:
    """The colour and the gutter sign of a layer :func:`mark_spans` named."""
    colour, _, symbol = layer.removeprefix("mark:").partition(":")
    return colour, symbol
