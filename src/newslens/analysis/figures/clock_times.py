"""Clock times read from their words: "6 a.m." is 06:00, "0830 GMT" 08:30, "three o'clock in the
morning" 03:00, and the hours named in words ("at midday" is 12:00), as a time or a range's
bound; "12 noon" is 12:00 as "noon" is."""

from __future__ import annotations

import re

from newslens.analysis.figures.numbers import _number

# The hours named in words, as a time ("at midday" is 12:00) or a range's bound: "from
# midnight to 6 a.m." is 00:00/06:00, and "from 6pm to midnight" 18:00/00:00, an interval over
# midnight as "10 p.m. to 6 a.m." is 22:00/06:00. (ISO 8601's "24:00" for the end of a day is gone from its 2019 text.)
NAMED_HOURS = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}


# "12 noon", "twelve midnight": the hour told before its name, which says no more than the name.
_TWELVE_BEFORE_ITS_NAME = re.compile(r"(?:12|twelve)\s+(?=noon$|midnight$)")


def _hour_of(bound: str) -> str | None:
    """A time, or a range's bound, as a clock time: "6 a.m." → "06:00", "noon" → "12:00"."""
    lowered = _TWELVE_BEFORE_ITS_NAME.sub("", bound.strip().lower(), count=1)
    return NAMED_HOURS.get(lowered) or _clock(lowered)


# "three o'clock in the morning", "6 o’clock this afternoon": an hour of the clock whose half of
# the day the words after it name; "at 6 o'clock" alone is read as written, 06:00, as a clock
# time with no half of the day ("6:30") is.
_O_CLOCK = re.compile(
    r"(\w+) o['’]clock\b(?:.*?\b(?P<part>morning|afternoon|evening|night|tonight)\b)?",
    re.IGNORECASE,
)


def _o_clock(lowered: str) -> str | None:
    match = _O_CLOCK.match(lowered)
    hour = None if match is None else _number(match.group(1))
    if match is None or hour is None or not 1 <= hour <= 12:
        return None
    if match["part"] is None:
        return f"{int(hour):02d}:00"
    # The night runs over midnight: "two o'clock at night" is 02:00, "ten o'clock at night" 22:00.
    small_hours = match["part"] in ("night", "tonight") and (hour < 6 or hour == 12)
    after_noon = match["part"] != "morning" and not small_hours
    return f"{int(hour) % 12 + (12 if after_noon else 0):02d}:00"


def _clock(lowered: str) -> str | None:
    if "clock" in lowered:
        return _o_clock(lowered)
    # "0830 GMT": a 24-hour time in four digits, as wire reports give it.
    four_digits = re.fullmatch(r"([01]\d|2[0-3])([0-5]\d)(?:\s?[a-z]+)?", lowered.strip())
    if four_digits is not None:
        return f"{four_digits.group(1)}:{four_digits.group(2)}"
    # "0.28": a decimal (as in "95% CI 0.28-0.59"); no clock writes its hour as a lone "0.".
    if re.match(r"\s*0\.\d", lowered):
        return None
    match = re.search(r"(\d{1,2})(?:[:.](\d{2}))?(?::([0-5]\d))?\s?([ap])?\.?m?\.?", lowered)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(4) == "p" and hour < 12:
        hour += 12
    elif match.group(4) == "a" and hour == 12:
        hour = 0
    if match.group(4) is None and match.group(2) is None:
        return None
    if hour > 23 or minute > 59:
        return None
    second = f":{match.group(3)}" if match.group(3) else ""  # "14:33:05"
    return f"{hour:02d}:{minute:02d}{second}"
