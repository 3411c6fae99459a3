"""Figures in a text: counts, money, percentages, quantities, dates, times, ordinals, ranges.

spaCy's entities (CARDINAL, MONEY, PERCENT, QUANTITY, DATE, TIME, ORDINAL) find most figures;
regular expressions add what the small model misses or mislabels ("12 per cent" comes back as
MONEY, "£30m" as "30", "3 p.m." as a bare "3"), and the words in front of a figure that bound
it ("nearly", "more than", "up to") are taken into its span and set its qualifier. Numbers
that name or reach something rather than count it are no figures: telephone numbers, "No. 10",
"COVID-19", "FTSE 100", "BBC Radio 4".

Normalised values (``Figure.value``):

- count, quantity, ordinal: a float — "nearly 19,000" → 19000.0, "3.5 million" → 3500000.0,
  "two dozen" → 24.0, "5 km" → 5.0 with unit "km", "-5°C" → -5.0, "third" → 3.0, "its 500
  millionth passenger" → 500000000.0; a count's unit is the noun it counts when the parse shows
  one ("300 applications" → "applications"), never a noun the number only labels ("a category 4
  hurricane"); "1.5m people" is 1500000.0 "people", "1.5m high" is 1.5 "m".
  "2.5C" is 2.5 "°C"; "magnitude 6.8" is 6.8 "magnitude"; "120 light years" is 120.0 "light
  years", not a duration; "hundreds of", "tens of thousands" are counts without a value,
  approximately. A rank in a date ("the 14th month in a row") is an ordinal.
- percent: a fraction — "42%" → 0.42, "12 per cent" → 0.12, "25pc" → 0.25; "half" → 0.5,
  "two-thirds" → 0.667, "one in five" → 0.2, "half a percentage point" → 0.005. "X in Y" is a
  share only when Y stands alone or counts a population ("one in five adults"); "12 in 20
  games" is two counts.
- money: the amount as a float, currency in ``unit`` ("USD", "EUR", "GBP", …); "half a cent"
  is 0.005 USD.
- date: ISO 8601 text — "2022-02-24"; without a year the truncated forms "--02-24" and, for a
  month alone, "--02"; a month and year "2022-02"; a year "2014"; a decade the EDTF way,
  "the 1990s" → "199X"; a financial year or season the interval of its two years, "2023-24" →
  "2023/2024"; anything else ("last week", "Monday") None. A date in digits is read day first
  ("21/03/2024", "04/05/2024" → 4 May) unless only month first is a date ("03/21/2024").
- a duration ("three years", "a single day", "50 minutes", "12-hour") is a quantity: the number
  and the unit of time ("years", "day", "minutes", "hours"); so is an age ("24-year-old" → 24.0
  "years"); a bare age ("children under five") is a count.
- time: "15:00" style text when the clock time is clear, else None.
- range: the two bounds as text joined by "/" (the ISO 8601 interval separator) — "between 10
  and 20" → "10/20", "$10-20 million" → "10000000/20000000", "between 300°C and 400°C" →
  "300/400" "°C", "between October 1 and October 4" → "--10-01/--10-04", "2010-15" →
  "2010/2015"; "voted 5-2" is a tally: a count without a value, and so is every pair in a
  series with a tally ("6-4, 3-6, 7-6"). "cut from 35 mph to 25 mph" is two figures.

Qualifiers: besides the words in front, words after a figure bound it and join its span ("30
years or more", "aged 65 and over": at least; "£20,000 or less": at most; "40 or so":
approximately); "just under 40%" is at most, "just over" at least; "from £25" is at least
where prices or a start are named ("priced from £25", "rooms start from $10"), not elsewhere
("data from 40 countries", "up from 3%").
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc

from newslens.analysis.model import Figure, FigureKind, Qualifier

EXTENSION = "newslens_figures"

_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"}
# Entities whose numbers are part of a name, not a figure.
_NAME_LABELS = {"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PERSON", "GPE"}

_UNITS_SMALL = {
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
_SCALES = {
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
}
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "thirds": 1 / 3, "quarters": 0.25}
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
    "twentieth": 20,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1_000_000,
    "billionth": 1_000_000_000,
}
_MONTHS = {
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
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB"}
_CURRENCY_WORDS = {
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
    "cent": "USD",
    "cents": "USD",
    "pence": "GBP",
    "penny": "GBP",
}
# Words for a hundredth of a currency: "half a cent" is 0.005 dollars.
_HUNDREDTHS = {"cent", "cents", "pence", "penny"}
_DURATIONS = {
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
_UNITS = (
    r"km|kilomet(?:re|er)s?|m|met(?:re|er)s?|cm|mm|(?:centi|milli)met(?:re|er)s?|miles?|"
    r"cubic (?:met(?:re|er)s|feet|km)|mi|ft|feet|foot|inch(?:es)?|yards?|"
    r"kg|kilo(?:gram)?s?|g|grams?|mg|milligrams?|mcg|micrograms?|tonnes?|tons?|lbs?|pounds|"
    r"ounces?|oz|"
    r"l|litres?|liters?|ml|gallons?|barrels?|"
    r"km/h|kph|mph|knots|hectares?|ha|acres?|sq(?:uare)? (?:km|kilomet(?:re|er)s|miles|met(?:re|er)s)|"
    r"km2|m2|km²|m²|°[CF]|degrees(?: (?:Celsius|Fahrenheit))?|MW|GW|kW|kWh|MWh|GWh|TWh|"
    r"(?:kilo|mega|giga|tera)watt[- ]hours?|(?:kilo|mega|giga|tera)watts?|[kMGT]eV|"
    r"light[- ]years?|megatons?|kilotons?|bpd"
)

_SMALL_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty)"
_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_TIME_UNITS = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade)s?"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?:trillion|billion|million|thousand|bn|mln|mn|tn|m|k|b)\b)?"
_DASH = r"\s?(?:-|–|—|to)\s?"

# One side of a range, with its own sign or unit: "$20bn", "300°C", "15%", "ten hours".
_BOUND = (
    rf"(?:(?:US)?[$€£¥₽]\s?)?(?:{_NUM}){_SCALE}"
    rf"(?:\s?(?:%|per\s?cent\b|percent\b)|\s?(?:{_UNITS})\b|\s(?:{_TIME_UNITS})\b)?"
)
# "one in five", "three in 10": a share, when what follows is a population (see _is_share).
_SHARE = re.compile(
    rf"\b(?:\d+|{_SMALL_WORDS}) in (?:every )?(?:\d+|{_SMALL_WORDS}|a hundred)\b(?![.,]\d)", re.I
)

# Rules, most specific first; a later rule never overrides an earlier one's span.
_RULES: tuple[tuple[FigureKind, re.Pattern[str]], ...] = (
    (FigureKind.DATE, re.compile(r"\b(?:1[5-9]|20)\d\d-[01]\d-[0-3]\d\b")),
    # "21/03/2024", "3.4.2024": a date in digits, day and month in an order _numeric_date settles.
    (FigureKind.DATE, re.compile(r"\b[0-3]?\d([/.])[0-3]?\d\1(?:1[5-9]|20)\d\d\b")),
    # "2023-24", "2018/19": a financial year or a season, named by the two years it spans.
    (
        FigureKind.DATE,
        re.compile(r"\b(?:1[5-9]|20)\d\d[-–/](?:(?:1[5-9]|20)\d\d|\d\d)\b(?![-–/]\d)"),
    ),
    (FigureKind.PERCENT, _SHARE),
    (
        FigureKind.DATE,
        re.compile(
            rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH_NAMES}|{_MONTH_NAMES} \d{{1,2}}(?:st|nd|rd|th)?\b)"
            r"(?:,? (?:1[5-9]|20)\d\d\b)?"
        ),
    ),
    (
        FigureKind.RANGE,
        re.compile(rf"\b(?:between {_BOUND} and|from {_BOUND} to) {_BOUND}", re.I),
    ),
    (
        FigureKind.RANGE,
        re.compile(
            rf"(?:(?:US)?[$€£¥₽]\s?)?(?:{_NUM}){_SCALE}{_DASH}(?:(?:US)?[$€£¥₽]\s?)?(?:{_NUM}){_SCALE}"
            rf"(?:\s?(?:%|per\s?cent\b|percent\b)|\s(?:{_UNITS}|{_TIME_UNITS})\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        FigureKind.MONEY,
        re.compile(rf"(?:US)?[$€£¥₽]\s?(?:{_NUM}){_SCALE}", re.IGNORECASE),
    ),
    (
        FigureKind.MONEY,
        re.compile(
            rf"(?<![\w.,])(?:{_NUM}){_SCALE}\s(?:{'|'.join(_CURRENCY_WORDS)})\b", re.IGNORECASE
        ),
    ),
    (
        FigureKind.PERCENT,
        re.compile(
            rf"(?:{_NUM})\s?(?:%|per\s?cent\b|percent\b|percentage points?\b|pc\b)"
            r"|\b(?:half|a quarter|a third) (?:of )?a percentage point\b",
            re.I,
        ),
    ),
    (
        FigureKind.TIME,
        re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)|\b\d{1,2}:\d{2}\b", re.I),
    ),
    (
        FigureKind.QUANTITY,
        re.compile(rf"(?:(?<=\s)[-−])?(?<![\w.,])(?:{_NUM})(?:\s?(?:{_UNITS}))(?![\w/])"),
    ),
    # "magnitude 6.8", "a 6.8-magnitude quake": an earthquake's size names its scale.
    (
        FigureKind.QUANTITY,
        re.compile(rf"\bmagnitude[- ](?:of )?(?:{_NUM})|(?:{_NUM})[- ]magnitude\b", re.I),
    ),
    # "its 500 millionth passenger": a number before a scale's ordinal is part of the rank.
    (
        FigureKind.ORDINAL,
        re.compile(rf"(?<![\w.,])(?:{_NUM})[- ](?:hundred|thousand|million|billion)th\b", re.I),
    ),
    # "2.5C": a temperature as British papers write it.
    (FigureKind.QUANTITY, re.compile(rf"(?:minus |(?<=\s)[-−])?(?<![\w.,])(?:{_NUM})[CF]\b")),
    # "hundreds of homes", "tens of thousands of people": a count in round terms.
    (
        FigureKind.COUNT,
        re.compile(
            r"\b(?:tens|hundreds) of (?:thousands|millions|billions)\b"
            r"|\b(?:dozens|hundreds|thousands|millions|billions)(?= of\b)",
            re.I,
        ),
    ),
    # "a quarter of a million", "half a billion": a share of a scale is a count.
    (
        FigureKind.COUNT,
        re.compile(
            r"\b(?:(?:a|one|two|three) )?(?:half|thirds?|quarters?) (?:of )?an? "
            r"(?:dozen|hundred|thousand|million|billion|trillion)\b",
            re.I,
        ),
    ),
    # A number glued to letters by a hyphen is a name ("COVID-19", "F-16"), and a number is
    # not cut short at its decimal point ("1.45C" holds no "1").
    (FigureKind.COUNT, re.compile(rf"(?<![\w.,])(?<![A-Za-z]-)(?:{_NUM}){_SCALE}(?![\w]|[.,]\d)")),
)

# Words in front of a figure that bound it; they join the figure's span.
_QUALIFIERS: tuple[tuple[Qualifier, tuple[str, ...]], ...] = (
    (
        Qualifier.AT_LEAST,
        (
            "more than",
            "greater than",
            "over",
            "just over",
            "at least",
            "upwards of",
            "in excess of",
            "above",
            "no fewer than",
            "no less than",
            "not less than",
            "a minimum of",
        ),
    ),
    (
        Qualifier.AT_MOST,
        (
            "less than",
            "fewer than",
            "under",
            "just under",
            "up to",
            "at most",
            "no more than",
            "not more than",
            "below",
            "as many as",
            "as much as",
            "a maximum of",
        ),
    ),
    (
        Qualifier.APPROXIMATELY,
        (
            "nearly",
            "almost",
            "about",
            "around",
            "approximately",
            "roughly",
            "some",
            "close to",
            "an estimated",
            "estimated",
            "circa",
            "ca.",
            "c.",
            "approx.",
            "~",
        ),
    ),
)
_QUALIFIER_RE = re.compile(
    r"(?:^|(?<=\W))("
    + "|".join(
        re.escape(phrase)
        for _, phrases in _QUALIFIERS
        for phrase in sorted(phrases, key=len, reverse=True)
    )
    + r")\s*$",
    re.IGNORECASE,
)
_QUALIFIER_OF = {phrase: qualifier for qualifier, phrases in _QUALIFIERS for phrase in phrases}
# "just under 40%" is close to 40% but bounded by it: at most, as "under" alone; "just" joins
# the span because the phrase is the longer one.

# "from £25" is a floor where prices or a start are named ("priced from £25", "rooms start from
# $10"); elsewhere "from" marks a source or an old value ("data from 40 countries", "up from 3%").
_FLOOR_FROM = re.compile(
    r"\b(?:pric(?:ed|es?)|costs?|costing|fares?|tickets?|rates?|rents?|start(?:s|ing)?|available)"
    r"\s+(from)\s+$",
    re.IGNORECASE,
)
# Words after a figure that bound it: "30 years or longer", "£20,000 or less", "aged 65 and over",
# also past the noun a count counts ("15 pupils or fewer"); not the start of a phrase of their
# own ("and up to 20", "or more than", "and over the year").
_TRAILING = re.compile(
    r"\s+(?:(?P<noun>[A-Za-z]+)\s+)?(?P<phrase>or (?:more|longer|above|over|higher|greater|older|"
    r"less|fewer|under|below|lower|younger|shorter|so)|and (?:up|over|above|older|under|below|younger))"
    r"\b(?!\s+(?:to|than|the|a|an|all|of)\b)",
    re.IGNORECASE,
)
_TRAILING_OF = {
    word: qualifier
    for qualifier, words in (
        (
            Qualifier.AT_LEAST,
            ("more", "longer", "above", "over", "higher", "greater", "older", "up"),
        ),
        (Qualifier.AT_MOST, ("less", "fewer", "under", "below", "lower", "younger", "shorter")),
        (Qualifier.APPROXIMATELY, ("so",)),
    )
    for word in words
}


# Plural words after "1.5m" that do not make it a count of millions.
_NOT_COUNTED = {"metres", "meters", "seconds", "minutes", "hours", "is", "was", "has", "as"}


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    label: str  # a spaCy label or a FigureKind value from the rules


def find_figures(doc: Doc, offset: int = 0) -> list[Figure]:
    """The figures in ``doc``, ordered by position, never overlapping.

    ``offset`` is added to every span, so a caller that analyses a long text in chunks can pass
    the chunk's position in the whole text; ``Figure.text`` is always the figure's own words.
    """
    text = doc.text
    candidates = _entity_candidates(doc) + _rule_candidates(doc)
    names = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NAME_LABELS]
    numbers_not_figures = [m.span() for m in _NOT_FIGURES.finditer(text)]
    figures: list[Figure] = []
    last_end = 0
    for cand in _resolve(candidates):
        if any(a < cand.end and cand.start < b for a, b in numbers_not_figures):
            continue
        bare = cand.label in ("CARDINAL", FigureKind.COUNT.value)
        if bare and (
            any(a <= cand.start and cand.end <= b for a, b in names)
            or _names_a_thing(doc, cand.start, cand.end)
        ):
            continue  # "BBC Radio 4", "Section 230", "Apollo 11": part of a name
        start, end = _trim(text, cand.start, cand.end)
        if cand.label in _AMOUNT_LABELS:
            start = _past_lead_words(text, start, end)
        figure = _figure(doc, text, max(start, last_end), end, cand.label, floor=last_end)
        if figure is not None:
            last_end = figure.end
            figures.append(figure)
    return [f.shifted(offset) if offset else f for f in _scores_in_series(text, figures)]


# Numbers that are no figures: telephone numbers ("020 7946 0321", "+44 20 7946 0958",
# "(555) 010-4477"), a number to call ("call 911."), and numbers that label a thing rather
# than count it ("No. 10", "Number 11 Downing Street", "grant No. 101076589").
_NOT_FIGURES = re.compile(
    r"(?:\+\d{1,3}[\s-]?|\b)(?:\(0?\d{2,5}\)|0\d{2,5})(?:[\s-]\d{2,4}){1,4}\b"
    r"|\+\d{1,3}(?:[\s-]\d{2,4}){2,5}\b"
    r"|(?:\(\d{3}\)\s?|\b\d{3}[.-])\d{3}[.-]\d{4}\b"
    r"|\b(?:[Cc]all|[Dd]ial|[Rr]ing|[Pp]hone)(?:ing|ed|s)?\s+(?:[A-Z]{2,}\s+)?\d{3,}(?=\s*(?:[.,;)]|$|or\b))"
    r"|\b(?:No\.?|Number|#)\s?\d[\d,]*\b"
)
# Model labels of amounts, whose span may start with words that are not part of the figure.
_AMOUNT_LABELS = {"MONEY", "CARDINAL", "PERCENT", "QUANTITY"} | {
    kind.value
    for kind in (FigureKind.MONEY, FigureKind.COUNT, FigureKind.PERCENT, FigureKind.QUANTITY)
}
# "minus 12C", "magnitude 6.8": words in front that belong to the figure.
_LEAD_WORDS = re.compile(r"(?:(?!minus\b|negative\b|magnitude\b)[A-Za-z]+\s+)+(?=[-−]?[\d$€£¥₽])")


def _past_lead_words(text: str, start: int, end: int) -> int:
    """Where an amount starts past words the model took in ("a record $24.2bn" → "$24.2bn").

    A word that bounds the figure ("nearly", "an estimated") is found again in front of it.
    """
    lead = _LEAD_WORDS.match(text, start, end)
    # "three in 10": a number word in front is part of the figure.
    if lead is None or any(
        w in _SCALES or w in _FRACTIONS or w in _UNITS_SMALL for w in lead.group().lower().split()
    ):
        return start
    return lead.end()


def _names_a_thing(doc: Doc, start: int, end: int) -> bool:
    """Whether a bare number is part of a name: "FTSE 100", "Windows 10", "the 737 MAX"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or "," in span.text:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    named_before = (
        before is not None
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and before.lower_.rstrip(".") not in _MONTHS
        and before.lower_ not in _WEEKDAYS
    )
    capitals_after = (
        after is not None
        and after.is_alpha
        and after.is_upper
        and len(after) > 1
        and not re.fullmatch(_UNITS, after.text)
    )
    return named_before or capitals_after


def _entity_candidates(doc: Doc) -> list[_Candidate]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        words = [t.lower_ for t in ent]
        has_number = any(
            t.like_num or t.lower_ in _UNITS_SMALL or t.lower_ in ("a", "an") for t in ent
        )
        # "Up to" alone is a qualifier the model took for a number; "one of the legionnaires"
        # is a pronoun, not a figure.
        if (
            ent.label_ == "CARDINAL"
            and not any(t.like_num for t in ent)
            and not any(w in _SCALES or w in _FRACTIONS for w in words)
        ):
            continue
        if words == ["one"] and ent[0].dep_ != "nummod":
            continue
        if ent.label_ == "DATE" and not _is_specific_date(words, has_number):
            continue
        # "11 shifts a month": a rate's "a month" is not a figure of its own.
        if ent.label_ == "DATE" and len(words) == 2 and words[0] in ("a", "an", "per", "each"):
            continue
        # "drop-off hours", "before noon", "Sunday night": times without a number are vague.
        if ent.label_ == "TIME" and not any(
            t.like_num or t.lower_ in ("noon", "midnight") for t in ent
        ):
            continue
        end = ent.end_char
        # "the first time": the ordinal and what it orders are one phrase.
        if (
            ent.label_ == "ORDINAL"
            and ent.end < len(doc)
            and doc[ent.end].lower_ in ("time", "times")
        ):
            end = doc[ent.end].idx + len(doc[ent.end])
        out.append(_Candidate(ent.start_char, end, ent.label_))
    return out


def _is_specific_date(words: list[str], has_number: bool) -> bool:
    # "the coming days", "today", "recent years" are too vague to be a figure.
    return (
        has_number
        or any(re.fullmatch(r"['’]?\d\ds|\d{4}s", w) for w in words)
        or any(w.rstrip(".") in _MONTHS or w in _WEEKDAYS for w in words)
        or any(w in _FRACTIONS for w in words)
    )


def _rule_candidates(doc: Doc) -> list[_Candidate]:
    out = []
    for kind, pattern in _RULES:
        for match in pattern.finditer(doc.text):
            if pattern is _SHARE and not _is_share(doc, match.start(), match.end()):
                continue
            # "cut from 35 mph to 25 mph": a fall is two figures; "voted 5-2" is one tally.
            falling = kind is FigureKind.RANGE and _range_bounds(match.group()) is None
            if falling and not _PAIR.fullmatch(match.group()):
                continue
            out.append(_Candidate(match.start(), match.end(), kind.value))
    return out


# What a share is a share of: "one in five adults", "three in 10 households".
_POPULATIONS = {
    "people",
    "adults",
    "children",
    "kids",
    "teenagers",
    "youngsters",
    "men",
    "women",
    "boys",
    "girls",
    "babies",
    "voters",
    "households",
    "homes",
    "families",
    "patients",
    "workers",
    "employees",
    "staff",
    "students",
    "pupils",
    "graduates",
    "respondents",
    "residents",
    "citizens",
    "members",
    "users",
    "customers",
    "consumers",
    "drivers",
    "parents",
    "doctors",
    "nurses",
    "teachers",
    "smokers",
    "businesses",
    "firms",
    "companies",
    "schools",
    "hospitals",
    "cases",
    "deaths",
    "births",
    "jobs",
}


def _is_share(doc: Doc, start: int, end: int) -> bool:
    """Whether "X in Y" is a share: Y stands alone ("one in five said") or counts a population.

    "12 in 20 games" and "187 in 48 overs" are two counts: goals or runs in games or overs.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    last = span[-1]
    if last.dep_ != "nummod" or last.head.i < span.end:
        return True
    return last.head.lower_ in _POPULATIONS or last.head.ent_type_ == "NORP"


def _resolve(candidates: list[_Candidate]) -> list[_Candidate]:
    """Overlapping candidates become one: the union of their spans, the most telling label."""
    candidates.sort(key=lambda c: (c.start, -c.end))
    merged: list[list[_Candidate]] = []
    for cand in candidates:
        if merged and cand.start < max(c.end for c in merged[-1]):
            merged[-1].append(cand)
        else:
            merged.append([cand])
    out = []
    for group in merged:
        label = _best_label(group)
        start = min(c.start for c in group)
        # The model's span can run on past a figure ("50 mph overnight", "9 p.m. tonight"); a
        # rule that knows the shape of the figure ends it, except for dates, where the model
        # sees further ("February 24, 2022").
        shaped = [c.end for c in group if c.label in _PRECEDENCE and c.label != "count"]
        end = max(shaped) if shaped and label != "DATE" else max(c.end for c in group)
        out.append(_Candidate(start, end, label))
    return out


# Rules know the shape of the text, so a rule's label beats the model's ("12 per cent" is not
# MONEY); among rules the list order above is the precedence.
_PRECEDENCE = [kind.value for kind, _ in _RULES]


def _best_label(group: list[_Candidate]) -> str:
    rule_labels = [c.label for c in group if c.label in _PRECEDENCE]
    model_labels = [c.label for c in group if c.label not in _PRECEDENCE]
    # The model sees dates and ordinals that digits alone cannot tell ("February 24, 2022").
    for label in ("DATE", "TIME", "ORDINAL"):
        if label in model_labels and (not rule_labels or set(rule_labels) <= {"count"}):
            return label
    if rule_labels:
        return min(rule_labels, key=_PRECEDENCE.index)
    return model_labels[0]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "([\"'“‘"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:)]\"'”’"):
        # Keep the full stop of "p.m." and of an abbreviation inside the figure.
        if text[end - 1] == "." and re.search(r"\b[a-zA-Z]\.[a-zA-Z]\.$", text[start:end]):
            break
        end -= 1
    return start, end


def _qualify(text: str, start: int, end: int, kind: FigureKind) -> tuple[int, Qualifier]:
    """Extend the span over a bounding phrase in front of it, or read one already inside it."""
    inside = _leading_qualifier(text[start:end])
    if inside is not None:
        return start, inside
    window = text[max(0, start - 20) : start]
    match = _QUALIFIER_RE.search(window)
    if match is not None:
        return start - (len(window) - match.start(1)), _QUALIFIER_OF[match.group(1).lower()]
    # A range's "from" opens its lower bound ("tickets cost from $10 to $20"); it is no floor.
    window = text[max(0, start - 40) : start]
    floor = _FLOOR_FROM.search(window) if kind is not FigureKind.RANGE else None
    if floor is not None:
        return start - (len(window) - floor.start(1)), Qualifier.AT_LEAST
    return start, Qualifier.EXACTLY


def _bounded_after(text: str, end: int, unit: str | None) -> tuple[int, Qualifier] | None:
    """The end and qualifier of a bounding phrase after a figure ("30 years or more")."""
    match = _TRAILING.match(text, end)
    if match is None or match.group("noun") not in (None, unit):
        return None
    return match.end(), _TRAILING_OF[match.group("phrase").split()[1].lower()]


def _leading_qualifier(span_text: str) -> Qualifier | None:
    lowered = span_text.lower()
    for phrase in sorted(_QUALIFIER_OF, key=len, reverse=True):
        if lowered.startswith(phrase) and (
            phrase == "~" or len(lowered) == len(phrase) or not lowered[len(phrase)].isalnum()
        ):
            return _QUALIFIER_OF[phrase]
    return None


def _strip_qualifier(span_text: str) -> str:
    lowered = span_text.lower()
    for phrase in sorted(_QUALIFIER_OF, key=len, reverse=True):
        if lowered.startswith(phrase) and (
            phrase == "~" or len(lowered) == len(phrase) or not lowered[len(phrase)].isalnum()
        ):
            return span_text[len(phrase) :].strip()
    return span_text


def _figure(doc: Doc, text: str, start: int, end: int, label: str, floor: int = 0) -> Figure | None:
    """The figure in ``text[start:end]``; a qualifier in front may extend it, never before ``floor``."""
    if end <= start:
        return None
    kind, value, unit = _interpret(_strip_qualifier(text[start:end]), label)
    # A currency sign or a unit with no number ("$ “ over") is no figure.
    unmeasured = kind in (FigureKind.MONEY, FigureKind.PERCENT, FigureKind.QUANTITY)
    if unmeasured and value is None and not re.search(r"\d", text[start:end]):
        return None
    if kind is FigureKind.QUANTITY and unit == "m" and isinstance(value, float):
        # "1.5m people" is a million people; "1.5m tall" and "a 100m race" are metres.
        following = re.match(r"\s+([a-z]+)\b", text[end:])
        noun = following.group(1) if following is not None else ""
        plural = noun.endswith("s") or noun in ("people", "children", "men", "women")
        if plural and noun not in _NOT_COUNTED:
            kind, value, unit = FigureKind.COUNT, value * 1_000_000, noun
    if kind is FigureKind.COUNT and unit is None:
        unit = _counted_noun(doc, start, end)
        # A bare 1900–2099 that counts nothing is a year the model did not tag ("in 2014").
        if unit is None and re.fullmatch(r"(?:19|20)\d\d", text[start:end]):
            kind, value = FigureKind.DATE, text[start:end]
    # A calendar date, a clock time or a rank is not bounded by "about" in front of it
    # ("talked about 2014", "fell over 2010-15"); counts, amounts and durations are.
    if kind in (FigureKind.TIME, FigureKind.ORDINAL, FigureKind.DATE) or _is_date_range(
        kind, text[start:end]
    ):
        return Figure(start, end, text[start:end], kind, value, unit)
    # "a rise of 4% over two years": before a duration "over" means during.
    is_duration = unit is not None and unit.rstrip("s") in _DURATIONS
    new_start, qualifier = _qualify(text, start, end, kind)
    if kind is FigureKind.COUNT and value is None and text[end - 1 : end] == "s":
        qualifier = Qualifier.APPROXIMATELY  # "hundreds of", "dozens of"
    if new_start < floor or (is_duration and text[new_start:start].strip().lower() == "over"):
        new_start = start
        qualifier = _leading_qualifier(text[start:end]) or Qualifier.EXACTLY
    after = _bounded_after(text, end, unit) if kind is not FigureKind.RANGE else None
    if after is not None and qualifier is Qualifier.EXACTLY:
        end, qualifier = after
    return Figure(new_start, end, text[new_start:end], kind, value, unit, qualifier)


def _is_date_range(kind: FigureKind, words: str) -> bool:
    """Whether a figure is a range of dates: "2010-15", "between October 1 and October 4"."""
    return kind is FigureKind.RANGE and (_years_spanned(words) is not None or _names_month(words))


def _names_month(words: str) -> bool:
    return any(w.rstrip(".") in _MONTHS for w in words.lower().replace(",", " ").split())


def _interpret(core: str, label: str) -> tuple[FigureKind, float | str | None, str | None]:
    lowered = core.lower()
    years = _years_spanned(core)
    if years is not None:
        # "2023-24" is one financial year or season, a period; "2010-15" is a range of years.
        kind = FigureKind.DATE if years[1] == years[0] + 1 else FigureKind.RANGE
        return kind, f"{years[0]}/{years[1]}", None
    if label == FigureKind.RANGE.value or _range_bounds(core) is not None:
        bounds = _range_bounds(core)
        if bounds is not None:
            low, high, unit = bounds
            return FigureKind.RANGE, f"{low}/{high}", unit
        if re.fullmatch(r"\d+\s?[-–—]\s?\d+", core):
            return FigureKind.COUNT, None, None  # a tally or score: "voted 5-2"
    ratio = re.fullmatch(r"(.+?) in (?:every )?(.+)", lowered)
    if ratio is not None and label == FigureKind.PERCENT.value:
        part, whole = _number(ratio.group(1)), _number(ratio.group(2))
        share = None if part is None or not whole else round(part / whole, 10)
        return FigureKind.PERCENT, share, None  # "one in five" → 0.2
    if label in ("PERCENT", FigureKind.PERCENT.value) or re.search(
        r"%|per\s?cent|percent|(?<=\d)pc\b", lowered
    ):
        number = _number(re.sub(r"%|per\s?cent|percent(?:age points?)?|(?<=\d)pc\b", " ", lowered))
        return FigureKind.PERCENT, None if number is None else round(number / 100, 10), None
    if label == "TIME" or label == FigureKind.TIME.value:
        duration = _duration(lowered.split())
        if duration is not None:
            return FigureKind.QUANTITY, duration[0], duration[1]
        return FigureKind.TIME, _clock(lowered), None
    if label in ("DATE", FigureKind.DATE.value):
        return _date(core)
    if label in ("ORDINAL", FigureKind.ORDINAL.value):
        return FigureKind.ORDINAL, _ordinal(lowered), None
    currency = _currency(core)
    if currency is not None or label in ("MONEY", FigureKind.MONEY.value):
        amount = _number(_without_currency(lowered))
        if amount is not None and _HUNDREDTHS & set(lowered.split()):
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
    quantity = re.match(rf"([-−]?)(.*?\d)\s?({_UNITS})\b", core, re.IGNORECASE)
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
    return FigureKind.COUNT, _number(lowered), None


def _years_spanned(core: str) -> tuple[int, int] | None:
    """ "2023-24" → (2023, 2024), "2018/19", "1999-2001"; None unless the second year is later."""
    match = re.fullmatch(r"((?:1[5-9]|20)\d\d)\s?[-–/]\s?(\d{4}|\d\d)", core.strip())
    if match is None:
        return None
    first, second = int(match.group(1)), match.group(2)
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return (first, last) if last > first else None


def _range_bounds(core: str) -> tuple[str, str, str | None] | None:
    """The bounds of a range as text ("10", "20", "km"), or None when ``core`` is no range."""
    match = re.fullmatch(
        r"between\s+(.+?)\s+and\s+(.+?)|(?:from\s+)?(.+?)\s*(?:-|–|—|\bto\b)\s*(.+?)",
        core,
        re.IGNORECASE,
    )
    if match is None:
        return None
    left, right = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    # "between 4 a.m. and 7 a.m.": a range of clock times.
    clocks = _clock(left.lower()), _clock(right.lower())
    if clocks[0] is not None and clocks[1] is not None:
        return clocks[0], clocks[1], None
    dates = _date_bounds(left, right)
    if dates is not None:
        return dates[0], dates[1], None
    high_unit = _currency(right) or _currency(left)
    if re.search(r"%|per\s?cent|percent", right, re.IGNORECASE):
        high_unit = "percent"
    right_clean = _without_currency(re.sub(r"%|per\s?cent|percent", " ", right.lower()))
    # The unit as written ("°C", "MW"), after a number.
    unit_match = re.search(rf"(?<=[\d\s])({_UNITS})$", right.strip(), re.IGNORECASE)
    if unit_match is not None and high_unit is None:
        high_unit = unit_match.group(1)
        right_clean = right.strip()[: unit_match.start()].lower()
    words = right_clean.split()
    if high_unit is None and len(words) > 1 and words[-1].rstrip("s") in _DURATIONS:
        high_unit = words[-1]
        right_clean = " ".join(words[:-1])
    high = _number(right_clean)
    low = _number(_without_currency(left.lower()))
    if low is None or high is None:
        return None
    # "$10-20 million": the scale written once applies to both bounds.
    scale = re.search(r"(trillion|billion|million|thousand|bn|mln|mn|tn|m|k)\s*$", right_clean)
    if scale is not None and not re.search(r"[a-z]\s*$", left.strip().lower()) and low < high / 10:
        low *= _SCALES[scale.group(1)]
    # "voted 5-2": a tally, not a range.
    if low >= high:
        return None
    return _fmt(low), _fmt(high), high_unit


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
        if not _names_month(side) or not isinstance(value, str):
            return None
        bounds.append(value)
    return bounds[0], bounds[1]


def _fmt(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)


def _currency(core: str) -> str | None:
    for symbol in sorted(_CURRENCY_SYMBOLS, key=len, reverse=True):
        if symbol in core:
            return _CURRENCY_SYMBOLS[symbol]
    for word in re.findall(r"[a-zA-Z]+", core):
        if word.lower() in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[word.lower()]
    return None


def _without_currency(lowered: str) -> str:
    words = [w for w in lowered.split() if w not in _CURRENCY_WORDS]
    cleaned = " ".join(words)
    for symbol in _CURRENCY_SYMBOLS:
        cleaned = cleaned.replace(symbol.lower(), " ")
    return cleaned


def _number(words: str) -> float | None:
    """ "19,000" → 19000.0, "3.5 million" → 3500000.0, "two dozen" → 24.0, "1.2bn" → 1.2e9."""
    tokens = re.findall(r"\d[\d,]*(?:\.\d+)?|[a-z]+", words.lower().replace("-", " "))
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
        if token[0].isdigit():
            if previous_digits:
                return None  # "5 2": two numbers, not one
            try:
                current = (current or Decimal(0)) + Decimal(token.replace(",", ""))
            except ArithmeticError:
                return None
            previous_digits = True
            continue
        previous_digits = False
        if token in ("a", "an"):
            # "a hundred", "a million" count one; "a record $24bn", "half a million" and
            # "a quarter" do not make the article a number of its own.
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if current is None and following in _SCALES:
                current = Decimal(1)
        elif token in _UNITS_SMALL:
            current = (current or Decimal(0)) + _UNITS_SMALL[token]
        elif token in _SCALES and current is not None:
            scale = _SCALES[token]
            if scale >= 1000:
                total += current * scale
                current = None
            else:
                current *= scale
        elif token in _FRACTIONS and current is None:
            current = Decimal(str(_FRACTIONS[token]))
        # Other words ("and", "of", "only", "the previous") are skipped; "hundreds" alone gives
        # no number.
    if current is None and total == 0:
        return None
    return float(total + (current or Decimal(0)) + extra)


def _fraction(lowered: str) -> float | None:
    lowered = lowered.replace("-", " ")  # "two-thirds"
    match = re.fullmatch(r"(?:a |one |two |three )?(half|third|thirds|quarter|quarters)", lowered)
    if match is None:
        return None
    count = {"two ": 2, "three ": 3}.get(lowered[: lowered.index(match.group(1))], 1)
    return round(count * _FRACTIONS[match.group(1)], 10)


def _ordinal(lowered: str) -> float | None:
    digits = re.search(r"\b(\d+)(?:st|nd|rd|th)\b", lowered)
    if digits:
        return float(digits.group(1))
    words = lowered.replace("-", " ").split()
    for i, word in enumerate(words):
        if word in _ORDINALS:
            # "500 millionth": a number in front of a scale's ordinal multiplies it.
            times = _number(" ".join(words[:i])) if word.removesuffix("th") in _SCALES else None
            return float(_ORDINALS[word]) * (times or 1.0)
    return None


def _clock(lowered: str) -> str | None:
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
    lowered = core.lower().replace(",", " ")
    words = lowered.split()
    duration = _duration(words)
    if duration is not None:
        return FigureKind.QUANTITY, duration[0], duration[1]
    # An age: "Anke Rau, 34", "children under five".
    if re.fullmatch(r"\d{1,3}", lowered.strip()) or all(
        w in _UNITS_SMALL for w in re.split(r"[\s-]+", lowered.strip())
    ):
        return FigureKind.COUNT, _number(lowered), None
    numeric = _numeric_date(core)
    if numeric is not None:
        return FigureKind.DATE, numeric, None
    year_match = re.search(r"\b(1[5-9]\d\d|20\d\d)\b(?!s)", lowered)
    year = year_match.group(1) if year_match else None
    month = next((_MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in _MONTHS), None)
    day_match = re.search(r"(?<![\d,])(\d{1,2})(?:st|nd|rd|th)?\b(?!\s?(?:\d|years?))", lowered)
    day = int(day_match.group(1)) if day_match and month is not None else None
    # "the 14th", "the 14th month in a row", "its 40th anniversary": a rank, not a day; "the 14th
    # century", "the first quarter", "the second half" name a part of the calendar.
    ordinal = _ordinal(lowered)
    undated = month is None and year is None and not any(w in _WEEKDAYS for w in words)
    calendar_part = re.search(r"\b(?:century|centuries|quarter|half)\b", lowered)
    if undated and ordinal is not None and calendar_part is None:
        return FigureKind.ORDINAL, ordinal, None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", core.strip()):
        return FigureKind.DATE, core.strip(), None
    if month is not None and day is not None and 1 <= day <= 31:
        return FigureKind.DATE, f"{year or '-'}-{month:02d}-{day:02d}", None
    if month is not None and year is not None:
        return FigureKind.DATE, f"{year}-{month:02d}", None
    if year is not None and re.fullmatch(r"(?:in |the year )?\d{4}", lowered.strip()):
        return FigureKind.DATE, year, None
    decade = re.search(r"\b(1[5-9]\d|20\d)0s\b", lowered)
    if decade is not None and month is None:
        return FigureKind.DATE, f"{decade.group(1)}X", None  # EDTF: "the 1990s" → "199X"
    if month is not None and year is None and len(words) == 1:
        return FigureKind.DATE, f"--{month:02d}", None
    return FigureKind.DATE, None, None


def _numeric_date(core: str) -> str | None:
    """ "21/03/2024" → "2024-03-21"; "03/21/2024" → "2024-03-21".

    Day first, as most of the English-speaking world writes it, unless only the month-first
    reading is a date; "04/05/2024" is 4 May.
    """
    match = re.fullmatch(r"(\d{1,2})([/.])(\d{1,2})\2(\d{4})", core.strip())
    if match is None:
        return None
    first, second = int(match.group(1)), int(match.group(3))
    day, month = (second, first) if first <= 12 < second else (first, second)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{match.group(4)}-{month:02d}-{day:02d}"


def _duration(words: list[str]) -> tuple[float, str] | None:
    # "three years", "a single day", "the past 10 months", "12-hour": a number and a unit of time;
    # an age, "24-year-old", is one too.
    words = " ".join(words).replace("-", " ").split()
    if words[-1:] == ["old"]:
        words = words[:-1]
    if not words:
        return None
    last = words[-1]
    if last == "centuries":
        unit = "century"
    elif last.rstrip("s") in _DURATIONS:
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


def _is_rank(words: list[str]) -> bool:
    """Whether words hold a rank ("21st", "the third"), not a share ("a third of a day")."""
    for before, word in zip(["", *words], words, strict=False):
        share = word in _FRACTIONS and (before in ("a", "an") or before in _UNITS_SMALL)
        if re.fullmatch(r"\d+(?:st|nd|rd|th)", word) or (word in _ORDINALS and not share):
            return True
    return False


# A pair of numbers: a score or a tally ("6-4"), or a range ("3-6").
_PAIR = re.compile(r"\d+\s?[-–—]\s?\d+")
_SERIES_GAP = re.compile(r"\s*[,;]?\s*(?:and\s+)?")


def _scores_in_series(text: str, figures: list[Figure]) -> list[Figure]:
    """In a series of pairs with a tally, every pair is a tally.

    "won 6-4, 3-6, 7-6": the lost set "3-6" is a score like the others, not a range.
    """
    series: list[list[int]] = []
    for i, figure in enumerate(figures):
        if not _PAIR.fullmatch(figure.text):
            continue
        after_pair = series and series[-1][-1] == i - 1
        if after_pair and _SERIES_GAP.fullmatch(text[figures[i - 1].end : figure.start]):
            series[-1].append(i)
        else:
            series.append([i])
    out = list(figures)
    for pairs in series:
        if len(pairs) > 1 and any(_is_tally(figures[i]) for i in pairs):
            for i in pairs:
                out[i] = replace(figures[i], kind=FigureKind.COUNT, value=None, unit=None)
    return out


def _is_tally(figure: Figure) -> bool:
    return figure.kind is FigureKind.COUNT and figure.value is None


def _counted_noun(doc: Doc, start: int, end: int) -> str | None:
    """The noun a count counts: "300 applications" → "applications", from the parse."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    last = span[-1]
    head = last.head
    # "a category 4 hurricane", "a size 10 dress": after a noun that modifies the same singular
    # head, a number measures or labels that noun and counts nothing ("a record 300 people" do).
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.head == head and head.tag_ == "NN":
        return None
    if (
        last.dep_ in ("nummod", "quantmod")
        and head.i >= span.end
        and head.pos_ in ("NOUN", "PROPN")
    ):
        return str(head.text)
    return None


if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)


class FiguresComponent:
    """Sets ``doc._.newslens_figures`` to the figures as plain dicts (see :func:`figures_of`).

    Plain values, not ``Figure`` objects, because spaCy's multi-process ``nlp.pipe`` sends
    docs between processes through msgpack.
    """

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(EXTENSION, [asdict(f) for f in find_figures(doc)])
        return doc


@Language.factory(EXTENSION, requires=["doc.ents", "token.dep"])
def make_figures(nlp: Language, name: str) -> FiguresComponent:
    """``nlp.add_pipe("newslens_figures")``, after the ``ner`` component."""
    return FiguresComponent()


def figures_of(doc: Doc, offset: int = 0) -> list[Figure]:
    """The figures ``newslens_figures`` stored on ``doc``, shifted by ``offset``."""
    return [Figure.from_dict(f, offset) for f in doc._.get(EXTENSION) or ()]
