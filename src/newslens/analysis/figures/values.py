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
- percent: a fraction — "42%" → 0.42, "12 per cent" → 0.12, "25pc" → 0.25; "half" → 0.5,
  "two-thirds" → 0.667, "one in five" → 0.2, "34 per 1,000 people" → 0.034, "half a
  percentage point" → 0.005, "three percentage points" → 0.03; "a swing of 4.5 points" in a
  poll → 0.045. "X in Y" (and "X out of Y", "X of every Y", "X of 10") is a share only when Y
  stands alone or counts a population ("one in five adults", "eight of 10 voters"); "12 in 20
  games" is two counts.
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
  "61:10" → 3670.0, "a pace of 2:56 per kilometre" → 176.0). A half joins its duration: "a
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
    DURATIONS,
    WEEKDAYS,
    _date,
    _duration,
    _fiscal_year_as_years,
    _hour_of,
    names_month,
    years_spanned,
)
from newslens.analysis.figures.numbers import (
    _ORDINALS,
    FRACTIONS,
    SCALES,
    SUPERSCRIPT,
    UNITS_SMALL,
    _fmt,
    _number,
    _ordinal,
    _plain_numbers,
)
from newslens.analysis.model import FigureKind

# The days of the week, to look a time's words up in.
_WEEKDAYS = frozenset(WEEKDAYS)

# Words for a hundredth of a currency: "half a cent" is 0.005 dollars.
_HUNDREDTHS = {"cent", "cents", "pence", "penny"}

UNITS = (
    r"km/h|kph|mph|(?:kilomet(?:re|er)s|miles) (?:per|an) hour|"
    r"km|kilomet(?:re|er)s?|m|met(?:re|er)s?|cm|mm|(?:centi|milli)met(?:re|er)s?|miles?|"
    r"cubic (?:met(?:re|er)s|feet|km)|mi|ft|feet|foot|inch(?:es)?|yards?|"
    r"kg|kilo(?:gram)?s?|kilogrammes?|g|grams?|grammes?|mg|milligrams?|mcg|micrograms?|"
    r"tonnes?|tons?|lbs?|pounds|"
    r"(?:troy )?ounces?|oz|carats?|"
    r"l|litres?|liters?|ml|gallons?|barrels?|bushels?|pints?|quarts?|"
    # a recipe's spoons and cups: "2 tbsp sugar", "½ tsp salt", "1½ cups of oats"
    r"tbsp|tsp|tablespoons?|teaspoons?|cups?|"
    r"knots|hectares?|ha|acres?|sq(?:uare)? (?:km|kilomet(?:re|er)s|miles|met(?:re|er)s)|"
    r"km2|m2|km²|m²|°[CF]|degrees(?: (?:Celsius|Fahrenheit))?|Celsius|Fahrenheit|"
    r"MW|GW|kW|kWh|MWh|GWh|TWh|"
    r"(?:kilo|mega|giga|tera)watt[- ]hours?|(?:kilo|mega|giga|tera)watts?|[kMGT]eV|"
    r"light[- ]years?|megatons?|kilotons?|bpd|"
    # a climate story's concentrations and emissions: "421 ppm", "419.3 parts per million",
    # "37.4 gigatonnes"
    r"ppm|ppb|parts per (?:million|billion)|(?:giga|mega)ton(?:ne)?s?|Gt|"
    # what a phone or a chip is measured in: "8GB", "4.05GHz", "a 3nm process", "1,000 watts"
    r"[KMGTP]B|[kMG]Hz|nm|[KMG]bps|watts?|volts?|"
    # blood pressure: "fell by 5 mmHg"
    r"mmHg"
)

# A height in feet and inches: "6'3\"", "5’10", "6ft 3in", "5 feet 9 inches".
HEIGHT = (
    r"[1-9](?:['’′]\s?(?:1[01]|\d)(?![\d'’])(?:\"|”|″|''|’’)?"
    r"|\s?(?:ft|feet|foot)[\s-]?(?:1[01]|\d)(?:in|ins|\s?inch(?:es)?)\b)"
)
_HEIGHT = re.compile(HEIGHT)


def _inches(core: str) -> float | None:
    """A height in inches, as a duration is counted in its smallest unit ("6ft 3in" → 75.0)."""
    height = core.strip()
    if _HEIGHT.fullmatch(height) is None:
        return None
    # A height opens on its feet, one digit, and its only other digits are its inches.
    return int(height[0]) * 12.0 + int("".join(c for c in height[1:] if c.isdigit()))


# A multiple: "doubled", "tripling", "a fourfold rise", "10-fold", "three times as many",
# "twice as likely", "halved", "to halve"; which ones are a factor ``counts._is_multiple`` settles.
MULTIPLE = re.compile(
    # The lookahead, as in ``RATE``, names the letters a multiple starts with.
    r"(?=[dtqhfseno\d])(?:"
    r"\b(?:(?:doubl|tripl|trebl|quadrupl|quintupl)(?:ed|es|ing|e)|halv(?:ed|ing|e))\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d+(?:\.\d+)?)"
    r"[- ]?fold\b"
    r"|\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?) times|twice)\b)",
    re.IGNORECASE,
)
# A rate of occasions: "twice a week", "three times a day", "once per year"; the value is the
# number of occasions, the unit the period they recur in ("per week"). The lookahead names the
# letters a rate can start with, so the search skips every other place in an article at once.
RATE = re.compile(
    # "three times a week", and "three an hour", "40 a day" without the "times" (but "$15 an
    # hour" is a price, its sign before the number)
    r"(?=[otfsenOTFSEN\d])(?<![^\s(])(?:once|twice|thrice|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?: times)?)"
    r" (?:a|an|per) (?P<period>second|minute|hour|day|night|week|fortnight|month|quarter(?! of\b)"
    r"|year|decade)\b",
    re.IGNORECASE,
)
# Once every few periods: "every two weeks", "every 10 days"; one occasion, and the unit the
# periods it recurs in ("per 2 weeks"), as "once a fortnight" is 1.0 "per fortnight"; "every
# half hour" (or "half an hour", "half-hour") recurs in half a period, "per 0.5 hours".
EVERY = re.compile(
    r"(?=[eE])\bevery (?:(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|eighteen|twenty) (?P<periods>(?:second|minute|hour|day|night|week|month|year"
    r"|decade)s)|half[- ](?:an? )?(?P<half>minute|hour|day|week|month|year))\b",
    re.IGNORECASE,
)
_FACTORS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "quintupl": 5.0}


def _factor(lowered: str) -> float | None:
    """The factor a multiple names: "doubled" → 2.0, "10-fold" → 10.0, "twice" → 2.0; also the
    number of occasions in a rate ("once" → 1.0, "thrice" → 3.0)."""
    if lowered in _OCCASIONS:
        return _OCCASIONS[lowered]
    if lowered.startswith("halv"):
        return 0.5
    verb = next((f for stem, f in _FACTORS.items() if lowered.startswith(stem)), None)
    if verb is not None:
        return verb
    return _number(re.sub(r"fold$|times$", " ", lowered))


_OCCASIONS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}


def _rate(lowered: str) -> tuple[float | None, str] | None:
    """ "three times a day" → (3.0, "per day"), "every two weeks" → (1.0, "per 2 weeks"), or
    None when ``lowered`` is no rate."""
    every = EVERY.fullmatch(lowered)
    if every is not None and every["half"] is not None:
        return 1.0, f"per 0.5 {every['half']}s"
    count = _number(every["count"]) if every is not None and every["count"] else None
    if every is not None and count is not None:
        return 1.0, f"per {_fmt(count)} {every['periods']}"
    rate = RATE.fullmatch(lowered)
    if rate is None:
        return None
    return _factor(lowered[: rate.start("period")].rsplit(maxsplit=1)[0]), "per " + rate["period"]


# "5²" may be five squared or five with a footnote's mark: the value is left unknown.
_POWER_OR_MARK = re.compile(rf"(?<![\d.,])\d{{1,3}}[{SUPERSCRIPT}]+")


def _digits_only(number: re.Match[str]) -> str:
    return number.group().rstrip(SUPERSCRIPT)


# An article gives the same figure again and again ("2016", "two", "£1m"), each read from its
# words alone: half the figures of the PolNeAR dev articles were read before.
@functools.lru_cache(maxsize=4096)
def interpret(core: str, label: str) -> tuple[FigureKind, float | str | None, str | None]:
    """The kind, value and unit of a figure's words ``core``, its qualifier left out.

    ``label`` is what found the figure: a spaCy entity label or a ``FigureKind`` value.
    """
    if label in ("DATE", FigureKind.DATE.value):
        core = _fiscal_year_as_years(core)
    core = _plain_numbers(core)
    if _POWER_OR_MARK.search(core):
        kind, _, unit = interpret(_POWER_OR_MARK.sub(_digits_only, core), label)
        return kind, None, unit
    lowered = core.lower()
    if label == FigureKind.QUANTITY.value:
        if MULTIPLE.fullmatch(lowered):
            return FigureKind.QUANTITY, _factor(lowered), "times"
        rate = _rate(lowered)
        if rate is not None:
            return FigureKind.QUANTITY, *rate
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
        score = tally(core)
        if score is not None:
            return FigureKind.COUNT, score, None  # "voted 5-2": a tally, not a range
    ratio = re.fullmatch(r"(.+?) (?:(?:in|of|out of) (?:every )?|per (?=1[\d,]))(.+)", lowered)
    # "a quarter of a percentage point" is a share of a unit, no ratio
    if ratio is not None and label == FigureKind.PERCENT.value and "point" not in lowered:
        part, whole = _number(ratio.group(1)), _number(ratio.group(2))
        share = None if part is None or not whole else round(part / whole, 10)
        return FigureKind.PERCENT, share, None  # "one in five" → 0.2
    basis = re.fullmatch(r"(.*\d)[\s-]?(?:basis[\s-]points?|bps?)", lowered)
    if basis is not None:
        number = _number(basis.group(1))  # "25 basis points": hundredths of a percentage point
        return FigureKind.PERCENT, None if number is None else round(number / 10_000, 10), None
    if label in ("PERCENT", FigureKind.PERCENT.value) or re.search(
        r"%|per\s?cent|percent|(?<=\d)pc\b", lowered
    ):
        number = _number(
            re.sub(r"%|per\s?cent|percent(?:age[\s-]points?)?|(?<=\d)pc\b", " ", lowered)
        )
        return FigureKind.PERCENT, None if number is None else round(number / 100, 10), None
    p_value = re.fullmatch(r"p\s?[<>=≤≥]\s?(0?\.\d+)", lowered)
    if p_value is not None:
        return FigureKind.QUANTITY, float(p_value.group(1)), "p"  # as "magnitude 6.8"
    # "1:29.525", "0.179s"; "2:03:45" and, found as a time measured, "61:10" (no clock's time)
    stopwatch = re.fullmatch(
        r"(?:(?:(\d{1,2}):)?(\d{1,2}):)?(\d*\.\d{1,3}|(?<=:)\d\d)(?:s|sec)?", core
    )
    measured = stopwatch is not None and (
        "." in stopwatch.group(3) or stopwatch.group(1) or label == FigureKind.QUANTITY.value
    )
    if stopwatch is not None and measured and (stopwatch.group(2) or core.endswith(("s", "sec"))):
        hours, minutes, seconds = (float(g or 0) for g in stopwatch.groups())
        return FigureKind.QUANTITY, round(hours * 3600 + minutes * 60 + seconds, 6), "seconds"
    if label == "TIME" or label == FigureKind.TIME.value:
        # "twelve o'clock at night" and "10pm Saturday night" name an hour, not nights.
        words = lowered.split()
        of_a_day = "clock" in lowered or not _WEEKDAYS.isdisjoint(words)
        duration = None if of_a_day else _duration(words)
        if duration is not None:
            return FigureKind.QUANTITY, duration[0], duration[1]
        clock = _hour_on(lowered)
        # "in the 89th minute": a rank among minutes, not a time of day.
        ordinal = _ordinal(lowered) if clock is None else None
        if ordinal is not None:
            return FigureKind.ORDINAL, ordinal, None
        return FigureKind.TIME, clock, None
    if label in ("DATE", FigureKind.DATE.value):
        return _date(core)
    if label in ("ORDINAL", FigureKind.ORDINAL.value):
        return FigureKind.ORDINAL, _ordinal(lowered), None
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
        amount = _number(_without_currency(lowered))
        if amount is not None and _HUNDREDTHS & set(re.split(r"[\s-]+", lowered)):
            amount = round(amount / 100, 10)
        return FigureKind.MONEY, amount, currency
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
    # "40,000 litres", "2 million tonnes", "1.2m barrels": a scale may stand before the unit.
    quantity = re.match(
        rf"([-−]|minus\s+)?(.*?\d(?:\s?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)?)"
        rf"[\s-]?({UNITS})\b",
        core,
        re.IGNORECASE,
    )
    if quantity is not None:
        amount = _number(quantity.group(2))
        if amount is not None and quantity.group(1):
            amount = -amount  # "-5°C"
        return FigureKind.QUANTITY, amount, quantity.group(3)
    if label == "QUANTITY":
        parts = lowered.split()
        return FigureKind.QUANTITY, _number(" ".join(parts[:-1])), core.split()[-1]
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
    if count is not None and lowered.startswith("minus "):
        count = -count  # "as low as minus 35"
    return FigureKind.COUNT, count, None


_TALLY_IN_DIGITS = re.compile(r"(\d+)\s?[-–—]\s?(\d+)")
_TALLY_WITH_TO = re.compile(r"(\w+)(?:\s+|-)to(?:\s+|-)(\w+)")


def tally(core: str) -> str | None:
    """A tally or a score as the two whole numbers in the order written, in digits joined
    by a hyphen: "5-2", "4-6", "six to two" → "6-2"; None for anything else."""
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


# "twenty-five thousand": one number written with a hyphen, not a range from twenty.
_COMPOUND_NUMBER = re.compile(
    r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\b",
    re.IGNORECASE,
)


def range_bounds(core: str) -> tuple[str, str, str | None] | None:
    """The bounds of a range as text ("10", "20", "km"), or None when ``core`` is no range."""
    core = _plain_numbers(core)
    core = _COMPOUND_NUMBER.sub(lambda number: number.group().replace("-", " "), core)
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
    left, right = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 6)
    # "between 4 a.m. and 7 a.m.": a range of clock times; "$4.10 to $4.25" and "4.10 to
    # 4.25 per cent" are amounts.
    amounts = _currency(left) or _currency(right) or re.search(r"%|per\s?cent", right, re.I)
    # "from 2011 to 2016": years, which read as four-digit clock times would be 20:11 and 20:16.
    years = all(re.fullmatch(r"(?:1[5-9]|20)\d\d", side.strip()) for side in (left, right))
    clocks = (None, None) if amounts or years else (_hour_on(left), _hour_on(right))
    if clocks[0] is None and clocks[1] is not None:
        clocks = (_bare_hour_before(left, clocks[1]), clocks[1])
    if match["either"] and clocks != (None, None):
        return None  # "at 2 or 3 o'clock": a time of day, however vague, no span of the day
    if clocks[0] is not None and clocks[1] is not None:
        return clocks[0], clocks[1], None
    if match["until"]:
        return None  # "from 7:30am until 6:30pm": a span of the day only
    dates = _date_bounds(left, right)
    if dates is not None:
        return dates[0], dates[1], None
    high_unit = _currency(right) or _currency(left)
    if re.search(r"%|per\s?cent|percent", right, re.IGNORECASE):
        high_unit = "percent"
    right_clean = _without_currency(re.sub(r"%|per\s?cent|percent", " ", right.lower()))
    # The unit as written ("°C", "MW"), after a number.
    unit_match = re.search(rf"(?<=[\d\s])({UNITS})$", right.strip(), re.IGNORECASE)
    if unit_match is not None and high_unit is None:
        high_unit = unit_match.group(1)
        right_clean = right.strip()[: unit_match.start()].lower()
    # "12C to 15C", "between -3C and 2C": degrees as British papers write them.
    degrees = re.fullmatch(r"([-−]?[\d.,]+)([CF])", right.strip())
    if degrees is not None and high_unit is None:
        high_unit, right_clean = "°" + degrees.group(2), degrees.group(1)
    words = right_clean.split()
    if high_unit is None and len(words) > 1 and words[-1].rstrip("s") in DURATIONS:
        high_unit = words[-1]
        right_clean = " ".join(words[:-1])
    high = _number(right_clean)
    low = _number(_without_currency(left.lower()))
    if low is None or high is None:
        return None
    # "between -3C and 2C": a bound below zero keeps its sign.
    low, high = (
        -n if re.match(r"\s*[-−]\d", side) else n for n, side in ((low, left), (high, right))
    )
    # "$10-20 million", "eight or nine billion dollars": the scale written once applies to both
    # bounds, the first a bare number ("from ten people to 2 million" is not).
    scale = re.search(r"(trillion|billion|million|thousand|bn|mln|mn|tn|m|k)\s*$", right_clean)
    bare = left.strip().lower()
    bare = not re.search(r"[a-z]$", bare) or bare.rsplit(maxsplit=1)[-1] in UNITS_SMALL
    if scale is not None and bare and low < high / 10:
        low *= SCALES[scale.group(1)]
    # "voted 5-2": a tally, not a range.
    if low >= high:
        return None
    return _fmt(low), _fmt(high), high_unit


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


def _fraction(lowered: str) -> float | None:
    lowered = lowered.replace("-", " ")  # "two-thirds"
    match = re.fullmatch(
        r"(?:a |one |two |three |four )?(half|thirds?|quarters?|fifths?|tenths?)", lowered
    )
    if match is None:
        return None
    count = {"two ": 2, "three ": 3, "four ": 4}.get(lowered[: lowered.index(match.group(1))], 1)
    return round(count * FRACTIONS[match.group(1)], 10)
