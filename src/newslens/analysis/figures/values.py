"""A figure's value: its words read into a number, a date or a time, and a unit.

:func:`interpret` reads the words of a figure that :mod:`newslens.analysis.figures` found, by
the label that found it; what needs the parse is settled there (the noun a count counts, "1.5m
people", "X in Y" as a share, a series of tallies).

Normalised values (``Figure.value``):

- count, quantity, ordinal: a float — "nearly 19,000" → 19000.0, "3.5 million" → 3500000.0,
  "two dozen" → 24.0, "5 km" → 5.0 with unit "km", "-5°C" → -5.0, "third" → 3.0, "its 500
  millionth passenger" → 500000000.0; a count's unit is the noun it counts when the parse shows
  one ("300 applications" → "applications"), never a noun the number only labels ("a category 4
  hurricane"), and an index's "closed at 16,274.94 points" is in "points"; "1.5m people" is
  1500000.0 "people", "1.5m high" is 1.5 "m", and "subscribers grew by 1.4m" is 1400000.0
  "subscribers" (millions where the sentence counts a population or its like and speaks of no
  size or race). A cricketer's "third century" is the ordinal 3.0 (a hundred runs, no date).
  "2.5C" is 2.5 "°C"; "2.4 billion bushels" is 2400000000.0 "bushels", as barrels, troy
  ounces and carats measure; "magnitude 6.8" is 6.8 "magnitude"; "120 light years" is 120.0 "light
  years", not a duration; "hundreds of", "tens of thousands" are counts without a value,
  approximately. A rank in a date ("the 14th month in a row") is an ordinal, and so is a place
  in a ranking by its number ("the world No 3", "ranked number two", "the nation's No 1
  exporter", "was number one in the charts", "went to number one" → 3.0, 2.0, 1.0, 1.0, 1.0).
- percent: a fraction — "42%" → 0.42, "12 per cent" → 0.12, "25pc" → 0.25, "-0.4%" and
  "minus 0.4%" → -0.004; "half" → 0.5, "two-thirds" → 0.667, "one in five" → 0.2, "34 per
  1,000 people" → 0.034, "half a percentage point" → 0.005, "three percentage points" →
  0.03; "a swing of 4.5 points" in a poll → 0.045. "X in Y" (and "X out of Y", "X of every
  Y", "X of 10") is a share only when Y stands alone or counts a population ("one in five
  adults", "eight of 10 voters"); "12 in 20 games" is two counts. A ratio with a colon is the share of the whole its first part is, as
  "one in five" is: "the vote split 60:40" and "a ratio of men to women of 3:2" → 0.6.
- money: the amount as a float, currency in ``unit`` (an ISO 4217 code: "USD", "EUR", "GBP",
  "A$2.1 billion" → "AUD", "R50,000" → "ZAR", "Rs 45 billion" → "INR"); "half a cent" is 0.005
  USD, "212p" is 2.12 GBP, "₹4,500 crore" is 45000000000.0 INR; a price in eighths is one
  amount, "$5.12-3/4" 5.1275 USD and "2-1/4 cents" 0.0225 USD. An amount paid by the period
  keeps the period in its unit, as a rate of occasions does: "£95,000 a week" → 95000.0 "GBP
  per week", "$2m per year" and "€1.2m per annum" → "USD per year", "EUR per year", so that a
  wage by the week is never compared with one by the year ("£1bn a decade", "£2m a quarter" →
  "GBP per decade", "GBP per quarter"); and money by the share keeps the share: "a dividend
  of 8.4p a share" → 0.084 "GBP per share", "earnings per share of $1.32" → 1.32 "USD per
  share", as a price by the unit keeps the unit: "$80 a barrel" → 80.0 "USD per barrel".
- date: ISO 8601 text — "2022-02-24"; without a year the truncated forms "--02-24" and, for a
  month alone, "--02"; a month and year "2022-02"; a year "2014"; a part of a month or a year
  the month or the year it falls in ("late August" → "--08", "early 2015" → "2015"); a decade
  the EDTF way, "the 1990s" → "199X"; a financial year or season the interval of its two
  years, "2023-24" → "2023/2024", and so is a fiscal year by its year ("fiscal 2025", "FY25" → "2025"); a quarter
  or a half of a year the interval of its first and last months ("Q3 2025", "the third quarter
  of 2025" → "2025-07/2025-09", "H1 2024" → "2024-01/2024-06"), but not of a year unnamed ("the
  fourth quarter") or fiscal ("Q3 of fiscal 2024"), whose months the words do not give: those
  are None, as is anything else ("last week", "Monday"). A date in digits is read day first
  ("21/03/2024", "04/05/2024" → 4 May) unless only month first is a date ("03/21/2024").
- a duration ("three years", "a single day", "50 minutes", "12-hour") is a quantity: the number
  and the unit of time ("years", "day", "minutes", "hours"); so is an age ("24-year-old", "at
  age 24" → 24.0 "years"), and so is the time gone by ("2.5 years ago" → 2.5 "years"); a bound
  said of people is their age ("children under 16", "eight of the victims were under 18", "the
  under-18s" → at most 16.0 or 18.0 "years"; "the over-65s" at least 65.0), but a bare age in
  words ("children under five") is a count. "Sub-" bounds a duration as "under" does: "the
  first sub-two-hour marathon" is at most 2.0 "hours", "sub-10-second" at most 10.0
  "seconds". A race's time to the second is a duration in seconds ("2:03:45" → 7425.0,
  "61:10" → 3670.0, "a pace of 2:56 per kilometre" → 176.0, "1hr 22min 27.059sec" →
  4947.059). A half joins its duration: "a
  five-and-a-half-year contract" is 5.5 "years"; the first few periods are a duration too,
  "the first 100 days" → 100.0 "days".
- a rate of occasions is a quantity per period: "twice a week" → 2.0 "per week", "three times
  a day" → 3.0 "per day", "every two weeks" → 1.0 "per 2 weeks", "every half hour" → 1.0 "per
  0.5 hours"; occasions without a period ("arrested three times") are a count of "times".
  Things counted by the period are counted per period: "two trains an hour" → 2.0 "trains per
  hour", "800,000 jobs a month" and "1.5m visitors a year" → 800000.0 "jobs per month" and
  1500000.0 "visitors per year"; and measured by it, measured per
  period: "300 tonnes a week" → 300.0 "tonnes per week", "40 hours a week" → 40.0 "hours per
  week" ("300 tonnes a week ago" stays "tonnes").
- time: "15:00" style text when the clock time is clear ("0830 GMT" → "08:30"), else None; an
  hour o'clock by the half of the day named after it ("three o'clock in the morning" → "03:00"),
  else as written ("at 6 o'clock" → "06:00", as "6:30" is "06:30").
- range: the two bounds as text joined by "/" (the ISO 8601 interval separator) — "between 10
  and 20" → "10/20", "$10-20 million" → "10000000/20000000", "between 300°C and 400°C" →
  "300/400" "°C", "between October 1 and October 4" → "--10-01/--10-04", "2010-15" →
  "2010/2015"; a span of the day is its clock times, over named days too ("from 6pm Friday until
  midday Saturday" → "18:00/12:00", the days in its words); "voted 5-2" is a tally: a count
  whose value is the pair as written, "5-2", and so is every pair in a series with a tally
  ("6-4, 3-6, 7-6" → "3-6" too), a score named as one ("lost 4-6", "a 2-3 defeat") and "voted
  six to two" or "voted seven to two for the cut" → "6-2", "7-2". A change, "cut from 35 mph to 25 mph" or "gone up from ₹60 to ₹80", is
  two figures. An age in decades, "in his 50s", is the range "50/59" "years", as a range after
  "aged" is ("aged 45 to 70" → "45/70" "years").
"""

from __future__ import annotations

import functools
import re

from newslens.analysis.figures.currencies import _currency, _without_currency
from newslens.analysis.figures.dates import (
    WEEKDAYS,
    _date,
    _fiscal_year_as_years,
    unit_ordered,
    years_spanned,
)
from newslens.analysis.figures.lengths_of_time import _duration
from newslens.analysis.figures.numbers import (
    SUPERSCRIPT,
    _fraction,
    _number,
    _ordinal,
    _plain_numbers,
)
from newslens.analysis.figures.patterns import _TIME_IN_PARTS
from newslens.analysis.figures.ranges import _hour_on, range_bounds, tally
from newslens.analysis.figures.rates import MULTIPLE, _factor, _rate
from newslens.analysis.figures.ratios import ratio_share, scale_share
from newslens.analysis.figures.units import HEIGHT, UNITS, plural_unit
from newslens.analysis.model import FigureKind

# The days of the week, to look a time's words up in.
_WEEKDAYS = frozenset(WEEKDAYS)

# A time's possessive: "one minute's silence", "a day's drive".
_POSSESSIVE = re.compile(r"['’]s\b")

# Words for a hundredth of a currency: "half a cent" is 0.005 dollars.
_HUNDREDTHS = {"cent", "cents", "pence", "penny"}


_HEIGHT = re.compile(HEIGHT)


def _inches(core: str) -> float | None:
    """A height in inches, as a duration is counted in its smallest unit ("6ft 3in" → 75.0)."""
    height = core.strip()
    if _HEIGHT.fullmatch(height) is None:
        return None
    # A height opens on its feet, one digit, and its only other digits are its inches.
    return int(height[0]) * 12.0 + int("".join(c for c in height[1:] if c.isdigit()))


# "5²" may be five squared or five with a footnote's mark: the value is left unknown.
_POWER_OR_MARK = re.compile(rf"(?<![\d.,])\d{{1,3}}[{SUPERSCRIPT}]+")


def _digits_only(number: re.Match[str]) -> str:
    return number.group().rstrip(SUPERSCRIPT)


# A figure's kind, value and unit, as :func:`interpret` gives them; a reader below gives None
# where the words are not what it reads.
_Reading = tuple[FigureKind, float | str | None, str | None]


# An article gives the same figure again and again ("2016", "two", "£1m"), each read from its
# words alone: half the figures of the PolNeAR dev articles were read before.
@functools.lru_cache(maxsize=4096)
def interpret(core: str, label: str) -> tuple[FigureKind, float | str | None, str | None]:
    """The kind, value and unit of a figure's words ``core``, its qualifier left out.

    ``label`` is what found the figure: a spaCy entity label or a ``FigureKind`` value. The
    readers below are tried in order, and the first that reads the words decides.
    """
    if label in ("DATE", FigureKind.DATE.value):
        core = _fiscal_year_as_years(core)
    core = _plain_numbers(core)
    if label == FigureKind.PERCENT.value:
        # "a 1-in-5 chance": a share joined into one word, read as "1 in 5", no range
        core = re.sub(r"(?<=\w)-in-(?=\w)", " in ", core)
    if _POWER_OR_MARK.search(core):
        kind, _, unit = interpret(_POWER_OR_MARK.sub(_digits_only, core), label)
        return kind, None, unit
    lowered = core.lower()
    return (
        _a_multiple_or_rate(lowered, label)
        or _a_pair_of_numbers(core, label)
        or _a_share(lowered, label)
        or _a_p_value(lowered)
        or _a_time_measured(core, label)
        or _a_time_date_or_ordinal(core, lowered, label)
        or _an_amount_of_money(core, lowered, label)
        or _a_measure(core, lowered, label)
        or _a_fraction_or_count(core, lowered, label)
    )


def _a_multiple_or_rate(lowered: str, label: str) -> _Reading | None:
    """A quantity found as a multiple ("three times") or a rate of occasions ("twice a week")."""
    if label == FigureKind.QUANTITY.value:
        if MULTIPLE.fullmatch(lowered):
            return FigureKind.QUANTITY, _factor(lowered), "times"
        rate = _rate(lowered)
        if rate is not None:
            return FigureKind.QUANTITY, *rate
    return None


def _a_pair_of_numbers(core: str, label: str) -> _Reading | None:
    """Two numbers read as one figure: the years spanned, a range's bounds, a tally."""
    years = years_spanned(core)
    if years is not None:
        # "2023-24" is one financial year or season, a period; "2010-15" is a range of years.
        kind = FigureKind.DATE if years[1] == years[0] + 1 else FigureKind.RANGE
        return kind, f"{years[0]}/{years[1]}", None
    bounds = range_bounds(core)
    if bounds is not None:
        low, high, unit = bounds
        return FigureKind.RANGE, f"{low}/{high}", unit
    if label == FigureKind.RANGE.value:
        # "won 2:1": a score written with a colon, found as one by ``ratios.colon_pair_kind``
        score = tally(core.replace(":", "-", 1))
        if score is not None:
            return FigureKind.COUNT, score, None  # "voted 5-2": a tally, not a range
    return None


def _a_share(lowered: str, label: str) -> _Reading | None:
    """A share as a fraction: "one in five", "25 basis points", "42%"."""
    # "5 deaths per 100,000": the things counted are no part of the number
    ratio = re.fullmatch(
        r"(.+?)(?: [a-z]+s)? (?:(?:in|of|out of) (?:every )?|(?:per|for every) (?=1[\d,]))(.+)",
        lowered,
    )
    # "a quarter of a percentage point" is a share of a unit, no ratio
    if ratio is not None and label == FigureKind.PERCENT.value and "point" not in lowered:
        part, whole = _number(ratio.group(1)), _number(ratio.group(2))
        share = None if part is None or not whole else round(part / whole, 10)
        return FigureKind.PERCENT, share, None  # "one in five" → 0.2
    if label == FigureKind.PERCENT.value and (share := ratio_share(lowered)) is not None:
        return FigureKind.PERCENT, share, None  # "split 60:40" → 0.6
    if label == FigureKind.QUANTITY.value and (share := scale_share(lowered)) is not None:
        return FigureKind.QUANTITY, share, "scale"  # "a scale of 1:50,000" → 0.00002
    basis = re.fullmatch(r"(.*\d)[\s-]?(?:basis[\s-]points?|bps?)", lowered)
    if basis is not None:
        number = _number(basis.group(1))  # "25 basis points": hundredths of a percentage point
        return FigureKind.PERCENT, None if number is None else round(number / 10_000, 10), None
    if label in ("PERCENT", FigureKind.PERCENT.value) or re.search(
        r"%|per\s?cent|percent|(?<=\d)pc\b", lowered
    ):
        words = re.sub(r"%|per\s?cent|percent(?:age)?|(?<=\d)pc\b|[\s-]points?$", " ", lowered)
        # "three-quarters of a point" is 0.75 of one point, not three
        of_one = re.fullmatch(r"(.+?)(?: of)? an?", words.strip())
        fraction = _fraction(of_one.group(1)) if of_one is not None else None
        number = fraction if fraction is not None else _number(words)
        if number is not None and re.match(r"\s*(?:[-−](?=\d)|minus\s)", words):
            number = -number  # "growth of -0.5%", "minus 4 percent"
        return FigureKind.PERCENT, None if number is None else round(number / 100, 10), None
    return None


def _a_p_value(lowered: str) -> _Reading | None:
    """A study's p-value, "p<0.001": a quantity in "p"."""
    p_value = re.fullmatch(r"p\s?[<>=≤≥]\s?(0?\.\d+)", lowered)
    if p_value is not None:
        return FigureKind.QUANTITY, float(p_value.group(1)), "p"  # as "magnitude 6.8"
    return None


def _a_time_measured(core: str, label: str) -> _Reading | None:
    """A time on a stopwatch, in seconds, not a time of day."""
    # "1:29.525", "0.179s"; "2:03:45" and, found as a time measured, "61:10" (no clock's time)
    stopwatch = re.fullmatch(
        r"(?:(?:(\d{1,2}):)?(\d{1,2}):)?(\d*\.\d{1,3}|(?<=:)\d\d)(?:s|sec)?", core
    )
    # "2:03:45" is a race's time, "09:15:30", its hour in two digits, a clock's
    hour = stopwatch.group(1) if stopwatch is not None else None
    measured = stopwatch is not None and (
        "." in stopwatch.group(3)
        or (hour is not None and len(hour) == 1)
        or label == FigureKind.QUANTITY.value
    )
    if stopwatch is not None and measured and (stopwatch.group(2) or core.endswith(("s", "sec"))):
        hours, minutes, seconds = (float(g or 0) for g in stopwatch.groups())
        return FigureKind.QUANTITY, round(hours * 3600 + minutes * 60 + seconds, 6), "seconds"
    parts = re.fullmatch(_TIME_IN_PARTS, core, re.I)
    if parts is not None:
        hours, minutes, seconds, minutes_alone, seconds_alone = (
            float(g or 0) for g in parts.groups()
        )
        total = hours * 3600 + (minutes or minutes_alone) * 60 + (seconds or seconds_alone)
        return FigureKind.QUANTITY, round(total, 6), "seconds"
    return None


def _a_time_date_or_ordinal(core: str, lowered: str, label: str) -> _Reading | None:
    """What a time, a date or an ordinal found as one is: the label decides."""
    if label == "TIME" or label == FigureKind.TIME.value:
        # "twelve o'clock at night" and "10pm Saturday night" name an hour, not nights.
        # "one minute's silence" lasts one minute, as "a one-minute silence" does
        words = _POSSESSIVE.sub("", lowered).split()
        of_a_day = "clock" in lowered or not _WEEKDAYS.isdisjoint(words)
        duration = None if of_a_day else _duration(words)
        if duration is not None:
            return FigureKind.QUANTITY, duration[0], duration[1]
        clock = _hour_on(lowered)
        # "in the 89th minute": a rank among minutes, not a time of day.
        ordinal = _ordinal(lowered) if clock is None else None
        if ordinal is not None:
            return FigureKind.ORDINAL, ordinal, unit_ordered(words)
        return FigureKind.TIME, clock, None
    if label in ("DATE", FigureKind.DATE.value):
        return _date(core)
    if label in ("ORDINAL", FigureKind.ORDINAL.value):
        return FigureKind.ORDINAL, _ordinal(lowered), unit_ordered(lowered.split())
    return None


def _an_amount_of_money(core: str, lowered: str, label: str) -> _Reading | None:
    """An amount and its currency: pence, cents, or a currency named or found as money."""
    pence = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)p", core)
    if pence is not None:
        return FigureKind.MONEY, round(float(pence.group(1).replace(",", "")) / 100, 10), "GBP"
    cents = re.fullmatch(r"(\d+(?:\.\d+)?)c", core)
    if cents is not None and label == FigureKind.MONEY.value:
        return FigureKind.MONEY, round(float(cents.group(1)) / 100, 10), "USD"  # as "cents"
    currency = _currency(core)
    # The model's money with no currency in its words ("out of more than a billion ballots")
    # is a count; a rule's money has its sign.
    if currency is not None or label == FigureKind.MONEY.value:
        # "three quarters of a cent" is 0.75 of one cent, not three
        share = re.fullmatch(r"(?:another )?(.+?)(?: of)? an? \S+", lowered)
        fraction = _fraction(share.group(1)) if share is not None else None
        amount = fraction if fraction is not None else _number(_without_currency(lowered))
        if amount is not None and _HUNDREDTHS & set(re.split(r"[\s-]+", lowered)):
            amount = round(amount / 100, 10)
        return FigureKind.MONEY, amount, currency
    return None


def _a_measure(core: str, lowered: str, label: str) -> _Reading | None:
    """A quantity and its unit: a magnitude, degrees, a height, a unit named, or the last word
    of what the model found as a quantity."""
    if re.search(r"\bmagnitude\b", lowered):
        return FigureKind.QUANTITY, _number(lowered.replace("magnitude", " ")), "magnitude"
    celsius = re.fullmatch(r"([-−]|minus )?(\d[\d,.]*)([CF])", core)
    if celsius is not None:
        degrees = _number(celsius.group(2))
        if degrees is not None and celsius.group(1):
            degrees = -degrees
        return FigureKind.QUANTITY, degrees, "°" + celsius.group(3)
    inches = _inches(core)
    if inches is not None:
        return FigureKind.QUANTITY, inches, "inches"
    glued_inches = re.fullmatch(r"(\d+(?:\.\d+)?)in", core)
    if glued_inches is not None:
        return FigureKind.QUANTITY, float(glued_inches.group(1)), "inches"  # "2in of rain"
    # "three quarters of a metre", "a third of a mile", "another half a metre": a share of one
    # unit.
    share = re.fullmatch(rf"(?:another )?(.+?)(?: of)? an? ({UNITS})", core, re.IGNORECASE)
    fraction = _fraction(share.group(1).lower()) if share is not None else None
    if share is not None and fraction is not None:
        return FigureKind.QUANTITY, fraction, share.group(2)
    # "40,000 litres", "2 million tonnes", "1.2m barrels": a scale may stand before the unit;
    # "a metre higher" is one.
    quantity = re.match(
        rf"([-−]|minus\s+)?(.*?\d(?:\s?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)?|an?\s)"
        rf"[\s-]?({UNITS})\b",
        core,
        re.IGNORECASE,
    )
    if quantity is not None:
        amount = 1.0 if quantity.group(2)[0] in "aA" else _number(quantity.group(2))
        if amount is not None and quantity.group(1):
            amount = -amount  # "-5°C"
        unit = quantity.group(3)
        if core[quantity.start(3) - 1] == "-" and amount != 1.0:
            unit = plural_unit(unit)  # "a 3.5-mile route" is 3.5 miles, as "3.5 miles" is
        return FigureKind.QUANTITY, amount, unit
    if label == "QUANTITY":
        # "minus twelve degrees Celsius" is -12 "degrees Celsius", as in digits, and "a
        # five-mile walk" 5 miles as "a 5-mile walk" is; a unit of no rule's is the last word
        named = re.search(rf"[\s-]({UNITS})$", core, re.IGNORECASE)
        unit = named.group(1) if named is not None else core.split()[-1]
        words = lowered[: len(core) - len(unit)].rstrip("-").split()
        amount = _number(" ".join(words))
        if named is not None and core[named.start()] == "-" and amount != 1.0:
            unit = plural_unit(unit)
        if amount is not None and words[:1] == ["minus"]:
            amount = -amount
        return FigureKind.QUANTITY, amount, unit
    return None


def _a_fraction_or_count(core: str, lowered: str, label: str) -> _Reading:
    """What the words are when no reader above took them: a fraction alone is a share ("two-
    thirds"), a count of units of time a duration, a score in words a tally; else a count."""
    fraction = _fraction(lowered)
    if fraction is not None:
        return FigureKind.PERCENT, fraction, None
    counted = label in ("CARDINAL", FigureKind.COUNT.value)
    duration = _duration(lowered.split()) if counted else None
    if duration is not None:
        return FigureKind.QUANTITY, *duration  # "at least 20 minutes", found as a count
    count = _number(lowered)
    if count is None and (score := tally(core)) is not None:
        return FigureKind.COUNT, score, None  # "voted six to two"
    if count is not None and re.match(r"minus |[-−](?=\d)", lowered):
        count = -count  # "as low as minus 35", "closed at -12"
    return FigureKind.COUNT, count, None
