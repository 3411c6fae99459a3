"""Temperatures told by the part of a decade of degrees: "temperatures in the mid-30s", "highs
in the low 20s", "the thermometer hit the high 90s". The model takes such words for a date, or
leaves them untagged; after words of the weather they are a range of degrees, as "in her early
30s" is a range of years. So a bare number such words reach is degrees: "highs of 25",
"temperatures could drop to minus 8"."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from newslens.analysis.model import Figure, FigureKind

# A word of the weather, then within its clause a word of reaching or being at, "the" and a
# decade of degrees or its part; "since the 80s" names a time.
_TEMPERATURE_DECADE = re.compile(
    r"\b(?:temperatures?|highs|lows|thermometers?|mercury)\b[^.;:!?\n]{0,60}?"
    r"\b(?:in|into|to|near|above|below|around|reach(?:es|ed|ing)?|hit(?:s|ting)?|top(?:s|ped)?)"
    r"\s+the\s+"
    r"(?P<words>(?:(?P<part>low|lower|mid|middle|high|upper)[- ])?(?:(?P<digit>[1-9])0s|teens))\b",
    re.IGNORECASE,
)
# The degrees of a decade each part names, from its first.
_PARTS = {
    None: (0, 9),
    "low": (0, 3),
    "lower": (0, 3),
    "mid": (4, 6),
    "middle": (4, 6),
    "high": (7, 9),
    "upper": (7, 9),
}

# The teens, which run from 13: "the low teens" are 13 to 15 degrees.
_PARTS_OF_THE_TEENS = {
    None: (13, 19),
    "low": (13, 15),
    "lower": (13, 15),
    "mid": (14, 16),
    "middle": (14, 16),
    "high": (17, 19),
    "upper": (17, 19),
}


def _temperatures_by_decade(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` with each temperature told by its decade a range of degrees, in place of the
    date with no value the model may have made of its words."""
    out = list(figures)
    for match in _TEMPERATURE_DECADE.finditer(text):
        start, end = match.span("words")
        part = match["part"] and match["part"].lower()
        if match["digit"]:
            first, last = _PARTS[part]
            low, high = int(match["digit"]) * 10 + first, int(match["digit"]) * 10 + last
        else:
            low, high = _PARTS_OF_THE_TEENS[part]
        degrees = Figure(start, end, match["words"], FigureKind.RANGE, f"{low}/{high}", "degrees")
        at = bisect_left([f.start for f in out], start)
        overlapping = [f for f in out[max(0, at - 1) : at + 1] if f.start < end and start < f.end]
        if all(f.kind is FigureKind.DATE and f.value is None for f in overlapping):
            out = [f for f in out if f not in overlapping]
            out.insert(bisect_left([f.start for f in out], start), degrees)
    return out


# A word of the weather, then within its clause a word that reaches a number right after it:
# "highs of", "temperatures could drop to", "the mercury hit".
_REACHED_BY_THE_WEATHER = re.compile(
    r"\b(?:temperatures?|highs|lows|thermometers?|mercury)\b[^.,;:!?\n]{0,40}?"
    r"\b(?:of|to|at|near|around|reach(?:es|ed|ing)?|hit(?:s|ting)?|top(?:s|ped)?)\s+$",
    re.IGNORECASE,
)
# The number of a bare temperature, its sign with it, up to the words the model ran on to
# ("minus 8 overnight").
_DEGREES = re.compile(r"(?:minus\s|[-−])?\d+(?:\.\d+)?", re.IGNORECASE)


def bare_temperatures(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` with each bare number that a word of the weather reaches in degrees: "highs
    of 25" is 25 degrees, "temperatures could drop to minus 8 overnight" -8, no count."""
    out = list(figures)
    for i, figure in enumerate(figures):
        if figure.kind is not FigureKind.COUNT or figure.unit is not None:
            continue
        degrees = _DEGREES.match(figure.text)
        if degrees is None or not isinstance(figure.value, float):
            continue
        if _REACHED_BY_THE_WEATHER.search(text, max(0, figure.start - 60), figure.start) is None:
            continue
        out[i] = replace(
            figure,
            end=figure.start + degrees.end(),
            text=degrees.group(),
            kind=FigureKind.QUANTITY,
            unit="degrees",
        )
    return out
