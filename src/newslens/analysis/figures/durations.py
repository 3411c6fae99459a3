"""Durations in parts: one told in two ("three years and two months", "an hour and 42 minutes")
is one, in its smaller unit, and a count of minutes the model did not tag is a duration."""

from __future__ import annotations

import re
from dataclasses import replace

from newslens.analysis.figures.patterns import _SMALL_WORDS, _TIME_UNITS
from newslens.analysis.figures.qualifier_words import _strip_qualifier
from newslens.analysis.figures.units import unit_of_time
from newslens.analysis.figures.values import interpret
from newslens.analysis.model import Figure, FigureKind

# The word after a figure ("1.5m people", "two years"), read in place: slicing the text after every
# figure copies it.
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _durations_joined(text: str, figures: list[Figure]) -> list[Figure]:
    """ "three years and two months" is one duration, 38 months, as "two hours and 51 minutes"
    is when the model tags it whole; not "three days and two nights", one stay counted twice."""
    out: list[Figure] = []
    for figure in figures:
        first = out[-1] if out else None
        units = [_time_unit(f) for f in (first, figure)]
        joined = first is not None and text[first.end : figure.start] in (" and ", " & ")
        if first is None or not joined or None in units or units[0] == units[1]:
            out.append(figure)
            continue
        words = text[first.start : figure.end]
        kind, value, unit = interpret(_strip_qualifier(words), FigureKind.TIME.value)
        if kind is FigureKind.QUANTITY and unit is not None and unit_of_time(unit) == units[1]:
            out[-1] = replace(first, end=figure.end, text=words, value=value, unit=unit)
        else:
            out.append(figure)
    return out


def _time_unit(figure: Figure | None) -> str | None:
    """The unit of time a duration counts ("months" → "month"), else None."""
    if figure is None or figure.kind is not FigureKind.QUANTITY or figure.unit is None:
        return None
    return unit_of_time(figure.unit)


# The larger unit of "an hour and 42 minutes", in front of the part the model left untagged.
_DURATION_BEFORE = re.compile(rf"\b(?:an?|{_SMALL_WORDS}|\d+) {_TIME_UNITS},? and\s+$", re.I)


def _untagged_duration(
    text: str, start: int, end: int, count: float | str | None, noun: str, floor: int
) -> tuple[int, int, FigureKind, float | str | None, str | None]:
    """ "42 minutes" the model did not tag, found as a count of minutes: a duration, with its
    unit in its span and any larger unit before it ("an hour and 42 minutes": 102 minutes)."""
    following = _WORD_AFTER.match(text, end)
    if following is None or following.group(1) != noun:
        return start, end, FigureKind.COUNT, count, noun
    end = following.end()
    lead = _DURATION_BEFORE.search(text, max(floor, start - 30), start)
    for first in ([lead.start()] if lead is not None else []) + [start]:
        kind, value, unit = interpret(text[first:end], FigureKind.TIME.value)
        if kind is FigureKind.QUANTITY:
            return first, end, kind, value, unit
    return start, end, FigureKind.COUNT, count, noun
