"""Lengths of time read from their words: "three years", "an hour and a half", "two hours and
51 minutes" (171 minutes), "2.5 years ago" (``units.DURATIONS`` are the units of time), and a
rank among periods ("its 21st day") that counts none."""

from __future__ import annotations

import re

from newslens.analysis.figures.numbers import _ORDINALS, FRACTIONS, UNITS_SMALL, _number
from newslens.analysis.figures.units import plural_unit, unit_of_time

# After "a year", "a week": words that make it the time since ("£20 a week ago", "52 a year
# earlier", "£4bn a year on."), no period a figure recurs in; a lookahead for the rules.
NOT_RECURRING = r"(?![\s-]+(?:ago|earlier|later|before|after|old)\b|\s+on(?:\s+from\b|[,.;]))"

# A unit hyphened to its number before one more word: "four-day week", not "a second year".
_HYPHENED_BEFORE_LAST = re.compile(r"-\s*\w+\s+\w+$")

# Scales that open a length of time alone, one of each: "hundred-year", "thousand-year-old".
_ROUND_SCALES = frozenset(["hundred", "thousand", "million"])


# How many of the smallest unit of its family each unit of time holds: "two hours and 51 minutes"
# is 171 minutes. Days and months are two families, since a month has no fixed number of days.
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "night": 86400, "week": 604800}
_SECONDS["fortnight"] = 2 * _SECONDS["week"]
_MONTHS_IN = {"month": 1, "year": 12, "decade": 120, "century": 1200}


def _duration(words: list[str]) -> tuple[float, str] | None:
    # "three years", "a single day", "the past 10 months", "12-hour": a number and a unit of time;
    # an age, "24-year-old", is one too, as is that of a group, "17-year-olds", and so is the
    # time gone by, "2.5 years ago", "ten days later", "a year before" (as "a year earlier" is).
    hyphened = _HYPHENED_BEFORE_LAST.search(" ".join(words)) is not None
    words = " ".join(words).replace("-", " ").split()
    if words[-1:] in (["old"], ["olds"], ["ago"], ["later"], ["earlier"], ["before"]):
        words = words[:-1]
    if not words:
        return None
    # "an hour and a half", "two years and a half": half a unit more.
    whole = _duration(words[:-3]) if words[-3:] == ["and", "a", "half"] else None
    if whole is not None:
        return whole[0] + 0.5, whole[1] if whole[0] != 1 else plural_unit(whole[1])
    units = [i for i, w in enumerate(words[:-1]) if unit_of_time(w) is not None]
    if units and words[units[-1] + 1] in ("and", "&", ","):
        return _compound_duration(words, units)
    of_time = unit_of_time(words[-1])
    if of_time is None:
        return None
    if hyphened and units and units[-1] == len(words) - 2:
        return _duration(words[:-1])  # "a four-day week": a week of four days, not four weeks
    # "its 21st day", "the third straight day": a rank among periods, not a number of them.
    if _is_rank(words[:-1]):
        return None
    count = words[:-1]
    if count[:1] and count[0] in _ROUND_SCALES:
        count = ["a", *count]  # "a hundred-year flood", "a thousand-year-old", as "a 100-year"
    number = 1.0 if count in (["a"], ["an"]) else _number(" ".join(count))
    if number is None:
        return None
    return number, plural_unit(of_time) if number != 1 else of_time


def _compound_duration(words: list[str], units: list[int]) -> tuple[float, str] | None:
    """ "two hours and 51 minutes" → (171, "minutes"); "18 weeks & 3 days" → (129, "days")."""
    parts, start = [], 0
    for end in [*units, len(words) - 1]:
        part = _duration([w for w in words[start : end + 1] if w not in ("and", "&", ",")])
        if part is None:
            return None
        parts.append(part)
        start = end + 1
    families = [
        _SECONDS if all(unit_of_time(u) in _SECONDS for _, u in parts) else None,
        _MONTHS_IN if all(unit_of_time(u) in _MONTHS_IN for _, u in parts) else None,
    ]
    family = next((f for f in families if f is not None), None)
    if family is None:
        return None  # "a year and three days": no one unit counts both exactly
    smallest = min((str(unit_of_time(u)) for _, u in parts), key=family.__getitem__)
    total = sum(n * family[str(unit_of_time(u))] for n, u in parts) / family[smallest]
    return total, plural_unit(smallest) if total != 1 else smallest


# Fractions that go straight before a unit as a share of it: "a quarter century", "a half hour";
# "a third month" is the month after two others.
_FRACTIONS_OF_A_UNIT = frozenset(["half", "quarter"])


def _is_rank(words: list[str]) -> bool:
    """Whether words before a unit of time hold a rank ("21st", "the third", "a third month"),
    not a share ("a third of a day", "a quarter century"), nor the first few of a count ("a
    child's first 18 years", "the first 100 days")."""
    if words and (re.fullmatch(r"\d[\d,.]*", words[-1]) or words[-1] in UNITS_SMALL):
        return False
    for i, (before, word) in enumerate(zip(["", *words], words, strict=False)):
        share = word in FRACTIONS and (before in ("a", "an") or before in UNITS_SMALL)
        share = share and (i < len(words) - 1 or word in _FRACTIONS_OF_A_UNIT)
        if re.fullmatch(r"\d+(?:st|nd|rd|th)", word) or (word in _ORDINALS and not share):
            return True
    return False
