"""Two numbers joined: a range's bounds ("between 10 and 20", "$10-20 million", "from 6pm Friday
until midday Saturday", "October 1 to 4") and a tally's pair ("voted 5-2", "six to two")."""

from __future__ import annotations

import re

from newslens.analysis.figures.clock_times import _hour_of
from newslens.analysis.figures.currencies import _currency, _without_currency
from newslens.analysis.figures.dates import WEEKDAYS, _date, names_month
from newslens.analysis.figures.numbers import (
    _ORDINALS,
    SCALES,
    UNITS_SMALL,
    _fmt,
    _fraction,
    _number,
    _plain_numbers,
)
from newslens.analysis.figures.units import UNITS, plural_unit, unit_of_time

_TALLY_IN_DIGITS = re.compile(r"(\d+)\s?[-–—]\s?(\d+)")
_TALLY_WITH_TO = re.compile(r"(\w+)(?:(?:\s+|-)to(?:\s+|-)|-for-)(\w+)")


def tally(core: str) -> str | None:
    """A tally or a score as the two whole numbers in the order written, in digits joined
    by a hyphen: "5-2", "4-6", "six to two" → "6-2", "2-for-1" → "2-1"; None for anything
    else."""
    digits = _TALLY_IN_DIGITS.fullmatch(core)
    if digits is not None:
        return f"{int(digits.group(1))}-{int(digits.group(2))}"
    words = _TALLY_WITH_TO.fullmatch(core.lower())
    if words is None:
        return None
    sides = [_number(w) for w in words.groups()]
    if any(n is None or n != int(n) for n in sides):
        return None
    return "-".join(_fmt(n) for n in sides if n is not None)


# "twenty-five thousand", "two-and-a-half million", "two-thirds": one number written with
# hyphens, not a range from twenty or from two.
_COMPOUND_NUMBER = re.compile(
    r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\b|-and-a-half\b"
    r"|\b(?:one|two|three|four)-(?:half|thirds?|quarters?|fifths?|tenths?)\b",
    re.IGNORECASE,
)


# "1pc to 1.5pc": the British papers' percent sign, read as "%" is (not "2p", an hour).
_PC = re.compile(r"(?<=\d)\s?pc\b", re.IGNORECASE)


# "50p-80p", "50-80p", "50p to 80p", "between 50p and 80p": prices in pence, the bounds in
# pounds as "£2-£3" has them.
_PENCE_SIDE = r"(\d+(?:\.\d+)?)"
_PENCE = re.compile(
    rf"(?i:between) {_PENCE_SIDE}p? and {_PENCE_SIDE}p"
    rf"|{_PENCE_SIDE}p?\s?[-–]\s?{_PENCE_SIDE}p"
    rf"|(?:(?i:from) )?{_PENCE_SIDE}p to {_PENCE_SIDE}p"
)


def range_bounds(core: str) -> tuple[str, str, str | None] | None:
    """The bounds of a range as text ("10", "20", "km"), or None when ``core`` is no range."""
    core = _PC.sub("%", _plain_numbers(core))
    pence = _PENCE.fullmatch(core)
    if pence is not None:
        low, high = (round(float(side) / 100, 10) for side in pence.groups() if side)
        return (_fmt(low), _fmt(high), "GBP") if low < high else None
    core = _COMPOUND_NUMBER.sub(lambda number: number.group().replace("-", " "), core)
    match = _two_sides(core)
    if match is None:
        return None
    left, right = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 6)
    clocks = _clock_bounds(left, right)
    if match["either"] and clocks != (None, None):
        return None  # "at 2 or 3 o'clock": a time of day, however vague, no span of the day
    if clocks[0] is not None and clocks[1] is not None:
        return clocks[0], clocks[1], None
    if match["until"]:
        return None  # "from 7:30am until 6:30pm": a span of the day only
    dates = _date_bounds(left, right)
    if dates is not None:
        return dates[0], dates[1], None
    high_unit, right_clean = _range_unit(left, right)
    bounds = _amount_bounds(left, right, right_clean)
    if bounds is not None and bounds[1] < bounds[0] < 0:
        # "between -5C and -8C": below nought the milder bound may come first
        bounds = bounds[1], bounds[0]
    if bounds is None or bounds[0] >= bounds[1]:
        # "from 200,000 to 1.1m": a high bound glued to its scale, no metres below the low
        bounds = _whole_then_scaled(left, right)
        high_unit = _currency(right) or _currency(left)
    # "voted 5-2": a tally, not a range.
    if bounds is None or bounds[0] >= bounds[1]:
        return None
    return _fmt(bounds[0]), _fmt(bounds[1]), high_unit


def _whole_then_scaled(low: str, high: str) -> tuple[float, float] | None:
    """Two amounts each read on its own, when the first is written whole in digits and so
    shares no scale with the second: "7,000" and "7.6 million" are 7000 and 7600000, "200,000"
    and "1.1m" 200000 and 1100000 (not 1.1 metres); None when the first is not so written."""
    if not re.fullmatch(r"\d{1,3}(?:,\d{3})+", low.strip()):
        return None
    low_number, high_number = _number(low), _number(_without_currency(high.lower()))
    return None if low_number is None or high_number is None else (low_number, high_number)


def _two_sides(core: str) -> re.Match[str] | None:
    """The two sides of a range in ``core`` ("between 10 and 20", "10-20", "from 6 until 8",
    "three or four"), its ``until`` or ``either`` group set by the word that joins them; None
    when ``core`` is no two sides joined, or a choice of ranks."""
    # "three or four years" is a guess between its bounds, no sum of seven years; "the 10th or
    # 12th" stays a rank, "2 or 3 o'clock" a time.
    match = re.fullmatch(
        r"between\s+(.+?)\s+and\s+(.+?)"
        r"|(?:from\s+)?(.+?)\s*(?:-|–|—|\bto\b|(?P<until>\b(?:until|till)\b)|(?P<either>\bor\b))"
        r"\s*(.+?)",
        core,
        re.IGNORECASE,
    )
    if match is None:
        return None
    if match["either"] and any(
        re.fullmatch(r"\d+(?:st|nd|rd|th)", word) or word in _ORDINALS
        for word in re.split(r"[\s-]+", core.lower())
    ):
        return None
    return match


_DOTTED = re.compile(r"\d{1,2}\.\d{2}")


def _clock_bounds(left: str, right: str) -> tuple[str | None, str | None]:
    """The sides of a range as clock times ("10 p.m." 22:00), each None where it is none: an
    amount or a year is none, a bare hour before a clock time is one ("8 to 8:30")."""
    # "between 4 a.m. and 7 a.m.": a range of clock times; "$4.10 to $4.25" and "4.10 to
    # 4.25 per cent" are amounts.
    # "between 8 and 12 points" too, whose "p" is no afternoon's.
    amounts = (
        _currency(left) or _currency(right) or re.search(r"%|per\s?cent|points\b", right, re.I)
    )
    # "from 2011 to 2016": years, which read as four-digit clock times would be 20:11 and 20:16.
    years = all(re.fullmatch(r"(?:1[5-9]|20)\d\d", side.strip()) for side in (left, right))
    # "95% CI 1.10 to 1.38": decimals; a span of the day written so, with no half of the day,
    # is told to five minutes ("from 9.30 to 5.30")
    decimals = all(_DOTTED.fullmatch(side.strip()) for side in (left, right)) and any(
        int(side.strip()[-2:]) % 5 for side in (left, right)
    )
    clocks = (None, None) if amounts or years or decimals else (_hour_on(left), _hour_on(right))
    if clocks[0] is None and clocks[1] is not None:
        clocks = (_bare_hour_before(left, clocks[1]), clocks[1])
    return clocks


def _range_unit(left: str, right: str) -> tuple[str | None, str]:
    """The unit of a range from ``left`` to ``right``: a currency on either side, else what is
    written after the high bound ("percent", "km", "°C", "years"); and the high bound's words
    without it, lowered."""
    high_unit = _currency(right) or _currency(left)
    if re.search(r"%|per\s?cent|percent", right, re.IGNORECASE):
        high_unit = "percent"
    right_clean = _without_currency(re.sub(r"%|per\s?cent|percent", " ", right.lower()))
    # The unit as written ("°C", "MW"), after a number.
    unit_match = re.search(rf"(?<=[\d\s])({UNITS})$", right.strip(), re.IGNORECASE)
    if unit_match is not None and high_unit is None:
        high_unit = unit_match.group(1)
        right_clean = right.strip()[: unit_match.start()].lower()
    # "between 8 and 12 points": a poll's lead or an index's level, in the points written
    points = re.search(r"\s((?:percentage\s)?points)$", right.strip(), re.IGNORECASE)
    if points is not None and high_unit is None:
        high_unit = points.group(1).lower()
        right_clean = right.strip()[: points.start()].lower()
    # "12C to 15C", "between -3C and 2C": degrees as British papers write them.
    degrees = re.fullmatch(r"([-−]?[\d.,]+)([CF])", right.strip())
    if degrees is not None and high_unit is None:
        high_unit, right_clean = "°" + degrees.group(2), degrees.group(1)
    words = right_clean.split()
    if high_unit is None and len(words) > 1 and unit_of_time(words[-1]) is not None:
        high_unit = words[-1]
        right_clean = " ".join(words[:-1])
    # "a 2 to 3 hour wait", "a 2-3 mile walk": the unit as a measure of more than one names it,
    # as "a 3-hour wait" is in hours
    return (plural_unit(high_unit) if high_unit is not None else None), right_clean


def _amount_bounds(left: str, right: str, right_clean: str) -> tuple[float, float] | None:
    """The numbers of a range's bounds ``left`` and ``right`` (the high bound's words without
    its unit ``right_clean``), with their signs and the scale written once; None when either
    side is no number."""
    # "half to two-thirds": shares in words, each read as its share (not two as "two")
    high = _fraction(right_clean.strip())
    low = _fraction(left.strip().lower())
    if low is not None and high is not None:
        return low, high
    high = _number(right_clean)
    low = _number(_without_currency(left.lower()))
    if low is None or high is None:
        return None
    # "between -3C and 2C": a bound below zero keeps its sign.
    low, high = (
        -n if re.match(r"\s*[-−]\d", side) else n for n, side in ((low, left), (high, right))
    )
    # "$10-20 million", "eight or nine billion dollars": the scale written once applies to both
    # bounds, the first a bare number ("from ten people to 2 million" is not), unless the
    # scaled low bound would pass the high one: "between 2,000 and 3 million" is 2,000 to
    # 3,000,000.
    scale = re.search(r"(trillion|billion|million|thousand|bn|mln|mn|tn|trn|m|k)\s*$", right_clean)
    low_words = left.strip().lower()
    bare = not re.search(r"[a-z]$", low_words) or low_words.rsplit(maxsplit=1)[-1] in UNITS_SMALL
    scaled = low * SCALES[scale.group(1)] if scale is not None else high
    if bare and low < high / 10 and scaled < high:
        low = scaled
    return low, high


# The day an hour falls on, after it: "6pm Friday", "6am on Monday".
_ON_A_DAY = re.compile(rf"\s+(?:on\s+)?(?:{'|'.join(WEEKDAYS)})$", re.IGNORECASE)


def _hour_on(bound: str) -> str | None:
    """A time or a range's bound as a clock time, the day it falls on left to its words:
    "midnight Sunday" is 00:00 and "noon on Friday" 12:00, as "midnight" and "noon" are; "from
    6pm Friday until midday Saturday" is 18:00/12:00, as "10 p.m. to 6 a.m." is 22:00/06:00."""
    return _hour_of(_ON_A_DAY.sub("", bound.strip()))


def _bare_hour_before(bound: str, later: str) -> str | None:
    """A bare hour that opens a span of the day whose end is a clock time, in the end's half of
    the day: "8 to 8:30" is 08:00 to 08:30, "from 8 to 9:30pm" 20:00 to 21:30; None when the
    hour is no earlier."""
    if not re.fullmatch(r"\d{1,2}", bound.strip()) or not 1 <= int(bound) <= 12:
        return None
    hour, end_hour = int(bound) % 12, int(later[:2])
    if end_hour >= 12 and hour + 12 <= end_hour:
        hour += 12
    start = f"{hour:02d}:00"
    return start if start < later else None


def _date_bounds(left: str, right: str) -> tuple[str, str] | None:
    """ISO 8601 dates of a range's bounds when both name a month ("October 1" → "--10-01").

    A bare day takes its month from the other bound: "1 and 4 October", "October 1 to 4".
    """
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    month_after = re.fullmatch(rf"{day}(\s+[A-Za-z].*)", right)
    if re.fullmatch(day, left) and month_after is not None:
        left += month_after.group(1)
    month_before = re.fullmatch(rf"([A-Za-z]+\.?\s+){day}", left)
    if re.fullmatch(day, right) and month_before is not None:
        right = month_before.group(1) + right
    bounds = []
    for side in (left, right):
        value = _date(side)[1]
        if not names_month(side) or not isinstance(value, str):
            return None
        bounds.append(value)
    return bounds[0], bounds[1]
