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
from dataclasses import dataclass
from decimal import Decimal

from newslens.analysis.model import FigureKind

UNITS_SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "single": 1,
}
# The tens in words, which a unit or an ordinal joined to them adds to: "twenty-five",
# "twenty-fifth".
TENS = tuple(word for word, value in UNITS_SMALL.items() if value >= 20 and value % 10 == 0)
SCALES = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "mln": 1_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
    # Indian English: "₹4,500 crore" is 45 billion rupees.
    "lakh": 100_000,
    "crore": 10_000_000,
}
FRACTIONS = {
    "half": 0.5,
    "third": 1 / 3,
    "quarter": 0.25,
    "thirds": 1 / 3,
    "quarters": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
    "tenth": 0.1,
    "tenths": 0.1,
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1_000_000,
    "billionth": 1_000_000_000,
}
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Signs of a currency, wherever they stand in a figure's words.
_CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₹": "INR",
    "₦": "NGN",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "₱": "PHP",
    "₴": "UAH",
}
# Letters that are a currency only right before its amount: "R50,000" (rand), "Rs 45 billion",
# "CHF 12 million". A bare "R" needs thousands, cents ("R24.50") or a scale after it, so "the R2
# motorway" and "an R15 film" stay what they are; in a South African story it needs nothing
# more (see ``in_rand_country``).
_ISO_CODES = (
    "USD",
    "EUR",
    "GBP",
    "CHF",
    "JPY",
    "CNY",
    "INR",
    "ZAR",
    "NGN",
    "KES",
    "GHS",
    "AUD",
    "CAD",
    "NZD",
    "SEK",
    "NOK",
    "DKK",
)
# East African shillings: "Sh2,500" and "KSh 300 million" in Kenya, "TSh" in Tanzania, "USh" in
# Uganda.
_SHILLINGS = {"ksh": "KES", "sh": "KES", "tsh": "TZS", "ush": "UGX"}
_CURRENCY_CODES = (
    {"rs": "INR", "r": "ZAR"} | _SHILLINGS | {code.lower(): code for code in _ISO_CODES}
)
_RAND_AMOUNT = (
    r"\bR(?=\d{1,3}(?:,\d{3})+|\d+\.\d\d\b|\d+(?:\.\d+)?\s?(?:bn|m|million|billion|trillion)\b)"
)
# The currency signs, longest first: "US$" before "$".
_SIGNS_LONGEST_FIRST = sorted(_CURRENCY_SYMBOLS, key=len, reverse=True)
# A currency written before an amount, as a pattern for the rules that find figures.
_SIGNS = "|".join(re.escape(sign) for sign in _SIGNS_LONGEST_FIRST)
# Currencies written as letters before an amount: rupees, shillings, the ISO codes.
_LETTER_SIGNS = (r"Rs\.?", "KSh", "Ksh", "Sh", "TSh", "Tsh", "USh", "Ush", *_ISO_CODES)
CURRENCY_SIGN = (
    rf"(?:{_SIGNS}|\b(?:{'|'.join(_LETTER_SIGNS)})\s?(?=\d)"
    rf"|{_RAND_AMOUNT})"
)
# The characters a currency sign opens with (the rand's "R" among them), as the inside of a
# character class: a rule can skip at one test every place that opens with none of them.
CURRENCY_SIGN_OPENINGS = re.escape(
    "".join(sorted({sign[0] for sign in (*_CURRENCY_SYMBOLS, *_LETTER_SIGNS, "R")}))
)
# A South African story, where "from R200 to R350" is in rand: its dateline, the currency named
# in lower case ("the rand fell", not "Rand Paul"), or an amount that is rand by its shape.
_RAND_CITIES = frozenset(
    [
        "JOHANNESBURG",
        "CAPE TOWN",
        "PRETORIA",
        "DURBAN",
        "GQEBERHA",
        "PORT ELIZABETH",
        "BLOEMFONTEIN",
    ]
)
# The lookahead names the letters a match opens with, so the search passes every other place
# in a story at one test.
_IN_RAND_COUNTRY = re.compile(rf"(?=[rZR])(?:\brand\b|\bZAR\b|{_RAND_AMOUNT})")


def in_rand_country(text: str) -> bool:
    """Whether a bare "R" before a number is the rand throughout ``text``."""
    return bool(dateline_cities(text) & _RAND_CITIES) or _IN_RAND_COUNTRY.search(text) is not None


_LEADING_SIGN = re.compile(rf"\s*[-−]?\s*({CURRENCY_SIGN})", re.IGNORECASE)
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "yuan": "CNY",
    "francs": "CHF",
    "rupees": "INR",
    "rand": "ZAR",
    "naira": "NGN",
    "cedis": "GHS",
    "cent": "USD",
    "cents": "USD",
    "pence": "GBP",
    "penny": "GBP",
}
# Every unit a money figure has before the period it is paid in ("GBP", then "GBP per week").
MONEY_UNITS = frozenset(
    [*_CURRENCY_SYMBOLS.values(), *_CURRENCY_CODES.values(), *CURRENCY_WORDS.values()]
)
# Where a bare "$" is not the US dollar. A story says where it stands by its dateline ("SYDNEY
# —", "TORONTO, Ont. (Reuters) -") or by naming its dollar ("Canadian dollars"); there the
# writer's "$" is the local dollar, as papers in those countries use it. The rule holds only
# when the story marks nothing else: a story that also writes "A$" or "C$" keeps its bare "$"
# for the US dollar (the wire convention: "BHP's $13.7 billion profit" is in US dollars,
# "A$1.4 billion" in Australian), a story naming two dollars keeps "$" as written, and a story
# that says nothing (most, and every lone sentence) reads "$" as USD.
_DOLLAR_CITIES = {
    "AUD": (
        "SYDNEY",
        "MELBOURNE",
        "BRISBANE",
        "PERTH",
        "ADELAIDE",
        "CANBERRA",
        "HOBART",
        "DARWIN",
        "GOLD COAST",
    ),
    "CAD": (
        "TORONTO",
        "OTTAWA",
        "MONTREAL",
        "VANCOUVER",
        "CALGARY",
        "EDMONTON",
        "WINNIPEG",
        "HALIFAX",
        "QUEBEC CITY",
        "REGINA",
    ),
    "NZD": ("AUCKLAND", "WELLINGTON", "CHRISTCHURCH"),
    "HKD": ("HONG KONG",),
    "SGD": ("SINGAPORE",),
}
_DOLLAR_NAMES = {
    "AUD": r"Australian dollars?|Aussie dollars?",
    "CAD": r"Canadian dollars?|loonie",
    "NZD": r"New Zealand dollars?|kiwi dollars?",
    "HKD": r"Hong Kong dollars?",
    "SGD": r"Singapore dollars?",
}
# A line that opens with a dateline: "SYDNEY —", "TORONTO, Ont. (Reuters) -", "DURBAN:".
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z .,']*?[A-Z.])[ \t]*(?:,[ \t]*[A-Za-z0-9. ]+?)?[ \t]*"
    r"(?:\([^)\n]*\)[ \t]*)?[-–—:]",
    re.MULTILINE,
)
# Where a story's dateline may stand: its first line, or the first of its body after a
# headline, a standfirst and a byline.
_DATELINE_REACH = 1_000


def dateline_cities(text: str) -> set[str]:
    """The places named by datelines opening lines near the start of ``text``."""
    return {m.group("city").rstrip(" .,") for m in _DATELINE.finditer(text[:_DATELINE_REACH])}


@dataclass(frozen=True, slots=True)
class LocalMoney:
    """What a story's bare money signs stand for: ``dollar``, the currency of a bare "$" when
    it is not the US dollar; ``rand``, whether a bare "R" before any number is the rand."""

    dollar: str | None
    rand: bool

    @classmethod
    def of(cls, text: str) -> LocalMoney:
        return cls(local_dollar(text), in_rand_country(text))


def local_dollar(text: str) -> str | None:
    """The currency a bare "$" stands for in ``text`` when it is not the US dollar, else None."""
    cities = dateline_cities(text)
    placed = {code for code, places in _DOLLAR_CITIES.items() if cities & set(places)}
    codes = placed or _dollars_named(text)
    if len(codes) != 1:
        return None
    if not placed and re.search(r"\bU\.?S\.? dollars?\b", text) is not None:
        return None
    code = codes.pop()
    # "A$", "C$", "NZ$": the writer marks the local dollar, so a bare "$" is the US one.
    marked = [sign for sign, marked_code in _CURRENCY_SYMBOLS.items() if marked_code == code]
    if any(re.search(rf"(?<![A-Za-z]){re.escape(sign)}\s?\d", text) for sign in marked):
        return None
    return code


def _dollars_named(text: str) -> set[str]:
    """The local dollars ``text`` names ("Canadian dollars", "the loonie")."""
    # Every name holds "dollar" or "loon", letters that match no others when case is ignored:
    # a story without either, most of them, is not searched for each name.
    lowered = text.lower()
    if "dollar" not in lowered and "loon" not in lowered:
        return set()
    return {code for code, names in _DOLLAR_NAMES.items() if re.search(names, text, re.I)}


# Words for a hundredth of a currency: "half a cent" is 0.005 dollars.
_HUNDREDTHS = {"cent", "cents", "pence", "penny"}
DURATIONS = {
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
    "century",
}
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
# "twice as likely", "halved", "to halve"; which ones are a factor ``figures._is_multiple`` settles.
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


# "fiscal 2025", "the financial year 2024-25", "FY2025", "FY25": a financial year is named by
# its year (or the two it spans), as "2023-24" is.
_FISCAL_YEAR = re.compile(
    r"(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?=(?:1[5-9]|20)\d\d\b)|FY\s?(?:20)?(?=\d\d\b)",
    re.IGNORECASE,
)


def _fiscal_year_as_years(core: str) -> str:
    """ "fiscal 2025" → "2025", "FY25" → "2025", "FY 2024-25" → "2024-25"; else ``core``."""
    fiscal = _FISCAL_YEAR.match(core.strip())
    if fiscal is None:
        return core
    years = core.strip()[fiscal.end() :]
    return "20" + years if re.match(r"\d\d(?!\d)", years) else years


def names_month(words: str) -> bool:
    """Whether ``words`` name a month: "October 1", "4 Oct.", "March"."""
    return any(w.rstrip(".") in MONTHS for w in words.lower().replace(",", " ").split())


# The space that sets thousands apart in "19 000" (no-break, narrow no-break or thin).
_SPACED_THOUSANDS = re.compile(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d))")

# A fraction set as one character: after a number, its decimal part ("2½" 2.5); alone, the
# words it stands for ("½ a mile" half a mile, "¾ of voters" three quarters).
_VULGAR_FRACTIONS = {
    "½": ("5", "half"),
    "¼": ("25", "a quarter"),
    "¾": ("75", "three quarters"),
    "⅓": ("333", "a third"),
    "⅔": ("667", "two thirds"),
    "⅛": ("125", "0.125"),
    "⅜": ("375", "0.375"),
    "⅝": ("625", "0.625"),
    "⅞": ("875", "0.875"),
}
VULGAR_FRACTION = f"[{''.join(_VULGAR_FRACTIONS)}]"
_FRACTION_CHARACTER = re.compile(rf"(\d*)({VULGAR_FRACTION})")
SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# "10²", "10⁶": a power of ten, as science copy writes a large number.
_POWER_OF_TEN = re.compile(rf"(?<![\d.,])10([{SUPERSCRIPT}]{{1,2}})(?![{SUPERSCRIPT}])")
# "3 × 10⁶", "2.5x10^9", "4 × 10⁻³": a number times a power of ten, as science copy writes a
# very large or small one.
SCIENTIFIC = rf"(\d+(?:\.\d+)?)\s?[×xX]\s?10(?:\^([-−]?\d{{1,2}})|(⁻?[{SUPERSCRIPT}]{{1,2}}))"
_SCIENTIFIC = re.compile(SCIENTIFIC)
_FROM_SUPERSCRIPT = str.maketrans(f"⁻{SUPERSCRIPT}", "-0123456789")
# "5²" may be five squared or five with a footnote's mark: the value is left unknown.
_POWER_OR_MARK = re.compile(rf"(?<![\d.,])\d{{1,3}}[{SUPERSCRIPT}]+")
# No power is written after a number with its thousands or decimals, a percent sign, a scale or
# a year: a superscript there marks a footnote ("52,000³", "£2.3bn¹", "in 2019²").
FOOTNOTED = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{4,}|%|bn|mn|tn|illion)"
_FOOTNOTE_MARK = re.compile(rf"({FOOTNOTED})[{SUPERSCRIPT}]+")


# "½ a mile", "¾ of a mile", "½ tsp": the fraction of one unit, read as "0.5 mile".
_FRACTION_OF_ONE = re.compile(rf"^({VULGAR_FRACTION})(?: of)?(?: an?)? (?=\w)")


def _of_one(fraction: re.Match[str]) -> str:
    return f"0.{_VULGAR_FRACTIONS[fraction.group(1)][0]} "


def _as_decimals(fraction: re.Match[str]) -> str:
    decimals, words = _VULGAR_FRACTIONS[fraction.group(2)]
    return f"{fraction.group(1)}.{decimals}" if fraction.group(1) else words


def _digits_only(number: re.Match[str]) -> str:
    return number.group().rstrip(SUPERSCRIPT)


def _as_power_of_ten(power: re.Match[str]) -> str:
    return str(10 ** int(power.group(1).translate(_FROM_SUPERSCRIPT)))


def _multiplied_out(scientific: re.Match[str]) -> str:
    """ "3 × 10⁶" as "3000000", "4 × 10⁻³" as "0.004": in Decimal, so that no float's error
    shows in the digits."""
    mantissa, ascii_power, superscript_power = scientific.groups()
    power = (ascii_power or superscript_power).translate(_FROM_SUPERSCRIPT).replace("−", "-")
    return format(Decimal(mantissa).scaleb(int(power)), "f")


def _plain_numbers(core: str) -> str:
    """``core`` with its numbers as plain digits and words: "19 000" 19,000 (so that it is
    no clock time), "2½" 2.5, "10²" 100, "3 × 10⁶" 3000000, a footnote's mark left out."""
    core = _SCIENTIFIC.sub(_multiplied_out, _SPACED_THOUSANDS.sub(",", core))
    if core.isascii():
        return core
    core = _FRACTION_CHARACTER.sub(_as_decimals, _FRACTION_OF_ONE.sub(_of_one, core))
    core = _FOOTNOTE_MARK.sub(r"\1", core)
    return _POWER_OF_TEN.sub(_as_power_of_ten, core)


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
        # "twelve o'clock at night" names an hour, not twelve nights.
        duration = None if "clock" in lowered else _duration(lowered.split())
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
_TALLY_WITH_TO = re.compile(r"(\w+)\s+to\s+(\w+)")


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


def years_spanned(core: str) -> tuple[int, int] | None:
    """ "2023-24" → (2023, 2024), "2018/19", "1999-2001", "FY25-26"; None unless the second
    year is later."""
    core = re.sub(r"^FY\s?(?:20)?(\d\d)(?=[-–/])", r"20\1", core.strip())
    match = re.fullmatch(r"((?:1[5-9]|20)\d\d)\s?[-–/]\s?(\d{4}|\d\d)", core)
    if match is None:
        return None
    first, second = int(match.group(1)), match.group(2)
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return (first, last) if last > first else None


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


def _fmt(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)


def _currency(core: str) -> str | None:
    sign = _LEADING_SIGN.match(core)
    if sign is not None:
        written = sign.group(1).strip().rstrip(".")
        code = _CURRENCY_CODES.get(written.lower())
        return code or _CURRENCY_SYMBOLS.get(written.upper(), "USD")
    for symbol in _SIGNS_LONGEST_FIRST:
        if symbol in core:
            return _CURRENCY_SYMBOLS[symbol]
    for word in re.findall(r"[a-zA-Z]+", core):
        if word.lower() in CURRENCY_WORDS:
            return CURRENCY_WORDS[word.lower()]
    return None


def _without_currency(lowered: str) -> str:
    sign = _LEADING_SIGN.match(lowered)
    if sign is not None:
        lowered = lowered[: sign.start(1)] + " " + lowered[sign.end(1) :]
    words = [w for w in lowered.split() if w not in CURRENCY_WORDS]
    cleaned = " ".join(words)
    for symbol in _SIGNS_LONGEST_FIRST:
        cleaned = cleaned.replace(symbol.lower(), " ")
    return cleaned


# A price in eighths, as grain and bond markets quote them: "$3.90-1/2" is three dollars and
# 90 and a half cents, the fraction one of the last digit written; "2-1/4 cents" is 2.25 cents.
EIGHTHS = r"-(?:[1357]/8|[13]/4|1/2)(?![\d/])"
_PRICE_FRACTION = re.compile(rf"(\d[\d,]*(?:\.(\d+))?)(?={EIGHTHS})-(\d)/(\d)")


def _fraction_added(price: re.Match[str]) -> str:
    places = len(price.group(2) or "")
    part = Decimal(price.group(3)) / Decimal(price.group(4)) / (10**places)
    return str(Decimal(price.group(1).replace(",", "")) + part)


def _number(words: str) -> float | None:
    """ "19,000" → 19000.0, "3.5 million" → 3500000.0, "two dozen" → 24.0, "1.2bn" → 1.2e9."""
    if re.search(
        r"[a-z],\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\b", words.lower()
    ):
        return None  # "a hundred, two hundred": a list of numbers, not one
    words = _PRICE_FRACTION.sub(_fraction_added, words)
    # "$.50" writes its amount without the nought
    tokens = re.findall(r"\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+", words.lower().replace("-", " "))
    if tokens[:1] == ["single"]:
        tokens = ["one", *tokens[1:]]
    # "four and a half"
    extra = Decimal(0)
    if tokens[-3:] == ["and", "a", "half"]:
        tokens, extra = tokens[:-3], Decimal("0.5")
    # Decimal, so that "16.4bn" is 16400000000 and not 16399999999.999998.
    total = Decimal(0)
    current: Decimal | None = None
    previous_digits = False
    for i, token in enumerate(tokens):
        if token[0].isdigit() or token[0] == ".":
            if previous_digits:
                return None  # "5 2", "10 and 20": two numbers, not one
            try:
                current = (current or Decimal(0)) + Decimal(token.replace(",", ""))
            except ArithmeticError:
                return None
            previous_digits = True
            continue
        if token in ("a", "an"):
            # "a hundred", "a million" count one; "a record $24bn", "half a million" and
            # "a quarter" do not make the article a number of its own.
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if current is None and following in SCALES:
                current = Decimal(1)
        elif token in UNITS_SMALL:
            current = (current or Decimal(0)) + UNITS_SMALL[token]
            previous_digits = False
        elif token in SCALES and current is not None:
            previous_digits = False
            scale = SCALES[token]
            if scale >= 1000:
                total += current * scale
                current = None
            else:
                current *= scale
        elif token in SCALES and total and tokens[i - 1] in SCALES:
            total *= SCALES[token]  # "2.36 lakh crore", "a thousand million": scales multiply
        elif token in FRACTIONS and current is None:
            current = Decimal(str(FRACTIONS[token]))
        elif token == "to" and current is not None and i + 1 < len(tokens):
            return None  # "voted six to two": a tally, two numbers, never their sum
        # Other words ("and", "of", "only", "the previous") are skipped, and do not join two
        # numbers in digits into one; "hundreds" alone gives no number.
    if current is None and total == 0:
        return None
    return float(total + (current or Decimal(0)) + extra)


def _fraction(lowered: str) -> float | None:
    lowered = lowered.replace("-", " ")  # "two-thirds"
    match = re.fullmatch(
        r"(?:a |one |two |three |four )?(half|thirds?|quarters?|fifths?|tenths?)", lowered
    )
    if match is None:
        return None
    count = {"two ": 2, "three ": 3, "four ": 4}.get(lowered[: lowered.index(match.group(1))], 1)
    return round(count * FRACTIONS[match.group(1)], 10)


# A place in a ranking by its number: "number 14", "no. 3", "#1", "number two".
_PLACE_BY_NUMBER = re.compile(r"(?:number|no\.?|#)\s?(\w+)")


def _ordinal(lowered: str) -> float | None:
    place = _PLACE_BY_NUMBER.fullmatch(lowered)
    if place is not None:
        return _number(place.group(1))
    digits = re.search(r"\b(\d+)(?:st|nd|rd|th)\b", lowered)
    if digits:
        return float(digits.group(1))
    words = lowered.replace("-", " ").split()
    for i, word in enumerate(words):
        if word in _ORDINALS:
            before = _number(" ".join(words[:i])) if i else None
            # "500 millionth", "two hundredth": a number in front of a scale's ordinal
            # multiplies it; "twenty-fifth", "two hundred and fiftieth" add to a number in
            # words of more tens or hundreds than the ordinal has.
            if word.removesuffix("th") in SCALES:
                return float(_ORDINALS[word]) * (before or 1.0)
            if before is not None and before % (100 if _ORDINALS[word] >= 10 else 10) == 0:
                return before + _ORDINALS[word]
            return float(_ORDINALS[word])
    return None


# The hours named in words, as a time ("at midday" is 12:00) or a range's bound: "from
# midnight to 6 a.m." is 00:00/06:00, and "from 6pm to midnight" 18:00/00:00, an interval over
# midnight as "10 p.m. to 6 a.m." is 22:00/06:00. (ISO 8601's "24:00" for the end of a day is gone from its 2019 text.)
NAMED_HOURS = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}


def _hour_of(bound: str) -> str | None:
    """A time, or a range's bound, as a clock time: "6 a.m." → "06:00", "noon" → "12:00"."""
    lowered = bound.strip().lower()
    return NAMED_HOURS.get(lowered) or _clock(lowered)


# "three o'clock in the morning", "6 o’clock this afternoon": an hour of the clock whose half of
# the day the words after it name; "at 6 o'clock" alone is read as written, 06:00, as a clock
# time with no half of the day ("6:30") is.
_O_CLOCK = re.compile(
    r"(\w+) o['’]clock\b(?:.*?\b(?P<part>morning|afternoon|evening|night|tonight)\b)?",
    re.IGNORECASE,
)


# The minutes a time "to" the hour may be told in: "ten to five", "25 to 6".
_MINUTES_TO = (5, 10, 20, 25)


def minutes_to_the_hour(core: str) -> str | None:
    """A time told as minutes to the hour, as written (no half of the day): "10 to 5" →
    "04:50", "twenty to one" → "12:40"; None for any other words."""
    words = _TALLY_WITH_TO.fullmatch(core.lower())
    if words is None:
        return None
    minutes, hour = (_number(w) for w in words.groups())
    if minutes not in _MINUTES_TO or hour is None or hour != int(hour) or not 1 <= hour <= 12:
        return None
    return f"{int(hour) - 1 or 12:02d}:{60 - int(minutes):02d}"


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
    match = re.search(r"(\d{1,2})(?:[:.](\d{2}))?\s?([ap])?\.?m?\.?", lowered)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3) == "p" and hour < 12:
        hour += 12
    elif match.group(3) == "a" and hour == 12:
        hour = 0
    if match.group(3) is None and match.group(2) is None:
        return None
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _date(core: str) -> tuple[FigureKind, float | str | None, str | None]:
    # "February 24, 2022" loses its comma; "1,200 days" keeps the one inside its number.
    lowered = re.sub(r",(?!\d{3}\b)", " ", core.lower())
    words = lowered.split()
    duration = _duration(words)
    if duration is not None:
        return FigureKind.QUANTITY, duration[0], duration[1]
    # "at age 16", "the age of 60": an age named as one, in years as "a 16-year-old" is.
    age = _AGE.fullmatch(lowered.strip())
    years_old = _number(age.group(1)) if age is not None else None
    if years_old is not None:
        return FigureKind.QUANTITY, years_old, "years"
    # An age: "Anke Rau, 34", "children under five", "aged 65+"; a number with thousands is no
    # date either ("closed at 5,567.19").
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?\+?", lowered.strip()) or all(
        w in UNITS_SMALL for w in re.split(r"[\s-]+", lowered.strip())
    ):
        return FigureKind.COUNT, _number(lowered), None
    numeric = _numeric_date(core)
    if numeric is not None:
        return FigureKind.DATE, numeric, None
    # Read with its commas: "the second quarter, 2024 sales" is the model's span run on.
    part = _part_of_year(core.lower())
    if part is not None:
        return FigureKind.DATE, part, None
    # "by 2100": climate and budget stories reach into the next century.
    year_match = re.search(r"\b(1[5-9]\d\d|20\d\d|2100)\b(?!s)", lowered)
    year = year_match.group(1) if year_match else None
    month = next((MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in MONTHS), None)
    day_match = re.search(r"(?<![\d,])(\d{1,2})(?:st|nd|rd|th)?\b(?!\s?(?:\d|years?))", lowered)
    day = int(day_match.group(1)) if day_match and month is not None else None
    # "the 14th", "the 14th month in a row", "its 40th anniversary": a rank, not a day; "the 14th
    # century", "the first quarter", "the second half" name a part of the calendar.
    ordinal = _ordinal(lowered)
    undated = month is None and year is None and not any(w in WEEKDAYS for w in words)
    calendar_part = re.search(r"\b(?:century|centuries|quarter|half)\b", lowered)
    if undated and ordinal is not None and calendar_part is None:
        return FigureKind.ORDINAL, ordinal, None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", core.strip()):
        return FigureKind.DATE, core.strip(), None
    if month is not None and day is not None and 1 <= day <= 31:
        return FigureKind.DATE, f"{year or '-'}-{month:02d}-{day:02d}", None
    if month is not None and year is not None:
        return FigureKind.DATE, f"{year}-{month:02d}", None
    # "late 2014", "early April", "the end of March": a part of a year or a month is valued as
    # the year or the month it falls in, as "late September 2014" is "2014-09".
    within = _PART_OF.match(lowered.strip())
    whole = lowered.strip()[within.end() if within is not None else 0 :]
    if year is not None and re.fullmatch(r"(?:in |the year )?\d{4}", whole):
        return FigureKind.DATE, year, None
    season = _SEASON.fullmatch(whole) if year is not None else None
    if season is not None:
        return FigureKind.DATE, _season_value(season), None
    decade = re.search(r"\b(1[5-9]\d|20\d)0['’]?s\b", lowered)
    if decade is not None and month is None:
        return FigureKind.DATE, f"{decade.group(1)}X", None  # EDTF: "the 1990s" → "199X"
    short = two_digit_decade(lowered)
    if short is not None and month is None:
        return FigureKind.DATE, short, None
    if month is not None and year is None and len(whole.split()) == 1:
        return FigureKind.DATE, f"--{month:02d}", None
    return FigureKind.DATE, None, None


# "the ’90s", "the '90's", "the 90's": the 1930s to the 1990s, and the ’00s and ’10s; the ’20s
# may be either century's.
_TWO_DIGIT_DECADE = re.compile(r"(?<![\w.,])(?P<elided>['’‘])?(?P<digit>[013-9])0['’]?s\b")


def two_digit_decade(words: str, elided: bool = True) -> str | None:
    """The decade ``words`` name by its last two digits ("the ’90s" → "199X"), else None.

    Only after the apostrophe that stands for the century, unless ``elided`` is false: "the
    90s" and "the 90's" may be a temperature or a golf score where nothing else says they are
    a time.
    """
    match = _TWO_DIGIT_DECADE.search(words)
    if match is None or (elided and match["elided"] is None):
        return None
    digit = match["digit"]
    return f"{'20' if digit in '01' else '19'}{digit}X"


# A quarter or a half of a named calendar year: "Q3 2024", "the third quarter of 2024", "H2 2025",
# "2H 2024", "2024's first half", "the final quarter of 2022". A fiscal one ("the third quarter of
# fiscal 2024", "Q3 FY24") matches none of these: its months depend on where the company's year
# starts, which the words do not say.
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)"
_NTH_PART = (
    r"(?P<nth>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?P<part>quarter|half)"
)
_PARTS_OF_YEAR = (
    re.compile(rf"(?:the\s+)?{_NTH_PART}\s+(?:of\s+)?{_YEAR}"),
    re.compile(rf"{_YEAR}['’]s\s+{_NTH_PART}"),
    re.compile(rf"(?P<part>[qh])(?P<nth>[1-4])\s+(?:of\s+)?{_YEAR}"),
    re.compile(rf"(?P<nth>[1-4])(?P<part>[qh])\s+{_YEAR}"),
)
_A_PART = re.compile(r"quarter|half|\b[qh][1-4]\b|\b[1-4][qh]\b")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _part_of_year(lowered: str) -> str | None:
    """ "q3 2024" → "2024-07/2024-09", "the first half of 2023" → "2023-01/2023-06".

    The interval of the part's first and last months, each a month of reduced precision, as a
    financial year is the interval of its two years ("2023/2024") and a range its two bounds:
    the form a reader of the other dates already knows. (EDTF's sub-year codes, "2024-35" for
    a third quarter, say the same but few readers would know them.)
    """
    words = lowered.strip()
    if _A_PART.search(words) is None:
        return None  # most dates, at one test rather than four
    match = next((m for p in _PARTS_OF_YEAR if (m := p.fullmatch(words)) is not None), None)
    if match is None:
        return None
    months = 3 if match["part"] in ("quarter", "q") else 6
    nth = match["nth"]
    # "the final quarter", "the last half": the year's last part.
    number = int(nth) if nth.isdigit() else _NTH.get(nth, 12 // months)
    if number > 12 // months:
        return None  # "H3 2024" names no half
    year, first = match["year"], (number - 1) * months + 1
    return f"{year}-{first:02d}/{year}-{first + months - 1:02d}"


# "summer 2024", "the spring of 2023", "winter 2022-23": a season of a named year.
_SEASON = re.compile(
    r"(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
    r"(?P<year>(?:1[5-9]|20)\d\d)(?:[-–/](?P<next>\d\d(?:\d\d)?))?"
)


def _season_value(season: re.Match[str]) -> str | None:
    """A season's year, as "late 2014" is valued "2014", when the words leave no doubt which.

    Spring and autumn fall inside their year in either hemisphere (March to May or September
    to November), so "spring 2023" is "2023". A summer or a winter is the season of the
    hemisphere the story is in, which nothing in the words says: a southern summer and a
    northern winter run over the new year, and "summer 2024" in Sydney may end in 2025, or
    "winter 2023" in Chicago begin in 2022, so those have no value, only their span as a date.
    (EDTF's season codes, "2024-22" for summer, leave the hemisphere open too, but read as
    a 22nd month to anyone who does not know them.) Named by the two years it spans, "winter
    2022-23" is those years, as "2022-23" alone is.
    """
    if season["next"] is not None:
        years = years_spanned(f"{season['year']}-{season['next']}")
        return None if years is None else f"{years[0]}/{years[1]}"
    if season["season"] in ("summer", "winter"):
        return None
    return season["year"]


_PART_OF = re.compile(r"(?:the\s+)?(?:early|mid|late|(?:end|start|beginning|middle)\s+of)[-\s]+")
_AGE = re.compile(r"(?:at\s+)?(?:the\s+)?age\s+(?:of\s+)?(\d{1,3}|[a-z]+(?:[-\s][a-z]+)?)")


# "21/03/2024", "3.4.2024", and the American "9/17/16", whose two-digit year only a slash marks.
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2(\d{4}|(?<=/)\d\d)")


def _numeric_date(core: str, month_first: bool = False) -> str | None:
    """ "21/03/2024" → "2024-03-21"; "03/21/2024" and "3/21/24" → "2024-03-21".

    Day first, as most of the English-speaking world writes it, unless only the month-first
    reading is a date, or ``month_first`` says the story writes its dates the American way
    (see ``writes_month_first``); "04/05/2024" is 4 May, or April 5. A two-digit year is read
    as POSIX reads one: 69-99 the 1900s, 00-68 the 2000s.
    """
    match = _NUMERIC_DATE.fullmatch(core.strip())
    return None if match is None else _date_of_numbers(match, month_first)


def _date_of_numbers(match: re.Match[str], month_first: bool) -> str | None:
    """The date of a match of ``_NUMERIC_DATE`` (see ``_numeric_date``)."""
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    swapped = first <= 12 < second or (month_first and first <= 12 and second <= 12)
    day, month = (second, first) if swapped else (first, second)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if year < 100:
        year += 1900 if year >= 69 else 2000
    return f"{year}-{month:02d}-{day:02d}"


def month_first_date(core: str) -> str | None:
    """The date a numeric date that reads both ways ("4/5/16") is when read month first, else
    None."""
    match = _NUMERIC_DATE.fullmatch(core.strip())
    if match is None or max(int(match.group(1)), int(match.group(3))) > 12:
        return None
    return _date_of_numbers(match, month_first=True)


_NUMERIC_DATES = re.compile(rf"(?<![\d/.]){_NUMERIC_DATE.pattern}(?![/.]?\d)")
# Capitalised, as a month's name is ("may 5" is no date).
_MONTH_WORD = "|".join(name.capitalize() for name in sorted(MONTHS, key=len, reverse=True))
_MONTH_THEN_DAY = re.compile(rf"\b(?:{_MONTH_WORD})\.? \d{{1,2}}(?:st|nd|rd|th)?\b(?![.,:]\d)")
_DAY_THEN_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTH_WORD})\b")


def writes_month_first(text: str) -> bool:
    """Whether a story writes its dates month first, as American papers do: a date in digits
    that reads only that way ("9/17/16"), or, with none in either order, its dates in words
    ("Sept. 3", "September 17", and never "17 September"). A story that writes both ways is
    read day first, as one with no dates at all is."""
    unambiguous: set[bool] = set()
    for match in _NUMERIC_DATES.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if min(first, second) <= 12 < max(first, second):
            unambiguous.add(first <= 12)
    if unambiguous:
        return unambiguous == {True}
    return _MONTH_THEN_DAY.search(text) is not None and _DAY_THEN_MONTH.search(text) is None


# How many of the smallest unit of its family each unit of time holds: "two hours and 51 minutes"
# is 171 minutes. Days and months are two families, since a month has no fixed number of days.
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "night": 86400, "week": 604800}
_SECONDS["fortnight"] = 2 * _SECONDS["week"]
_MONTHS_IN = {"month": 1, "year": 12, "decade": 120, "century": 1200}


def _duration(words: list[str]) -> tuple[float, str] | None:
    # "three years", "a single day", "the past 10 months", "12-hour": a number and a unit of time;
    # an age, "24-year-old", is one too, and so is the time gone by, "2.5 years ago", "ten days
    # later".
    words = " ".join(words).replace("-", " ").split()
    if words[-1:] in (["old"], ["ago"], ["later"], ["earlier"]):
        words = words[:-1]
    if not words:
        return None
    # "an hour and a half", "two years and a half": half a unit more.
    whole = _duration(words[:-3]) if words[-3:] == ["and", "a", "half"] else None
    if whole is not None:
        unit = whole[1] if whole[1].endswith("s") or whole[1] == "century" else whole[1] + "s"
        return whole[0] + 0.5, unit
    units = [i for i, w in enumerate(words[:-1]) if _unit_of_time(w) is not None]
    if units and words[units[-1] + 1] in ("and", "&", ","):
        return _compound_duration(words, units)
    last = words[-1]
    if last == "centuries":
        unit = "century"
    elif last.rstrip("s") in DURATIONS:
        unit = last.rstrip("s")
    else:
        return None
    # "its 21st day", "the third straight day": a rank among periods, not a number of them.
    if _is_rank(words[:-1]):
        return None
    number = 1.0 if words[:-1] in (["a"], ["an"]) else _number(" ".join(words[:-1]))
    if number is None:
        return None
    return number, unit + ("s" if number != 1 and unit != "century" else "")


def _unit_of_time(word: str) -> str | None:
    if word in ("century", "centuries"):
        return "century"
    return word.rstrip("s") if word.rstrip("s") in DURATIONS else None


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
        _SECONDS if all(_unit_of_time(u) in _SECONDS for _, u in parts) else None,
        _MONTHS_IN if all(_unit_of_time(u) in _MONTHS_IN for _, u in parts) else None,
    ]
    family = next((f for f in families if f is not None), None)
    if family is None:
        return None  # "a year and three days": no one unit counts both exactly
    smallest = min((str(_unit_of_time(u)) for _, u in parts), key=family.__getitem__)
    total = sum(n * family[str(_unit_of_time(u))] for n, u in parts) / family[smallest]
    return total, smallest + ("s" if total != 1 and smallest != "century" else "")


def _is_rank(words: list[str]) -> bool:
    """Whether words hold a rank ("21st", "the third"), not a share ("a third of a day"), nor
    the first few of a count ("a child's first 18 years", "the first 100 days")."""
    if words and (re.fullmatch(r"\d[\d,.]*", words[-1]) or words[-1] in UNITS_SMALL):
        return False
    for before, word in zip(["", *words], words, strict=False):
        share = word in FRACTIONS and (before in ("a", "an") or before in UNITS_SMALL)
        if re.fullmatch(r"\d+(?:st|nd|rd|th)", word) or (word in _ORDINALS and not share):
            return True
    return False
