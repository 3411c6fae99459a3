"""What an amount is by: the period it is paid or counted in ("£95,000 a week", "two trains
an hour"), the share ("8.4p a share") or the unit bought ("$80 a barrel"); and money in the
story's own dollar or in rand, where the story says its bare "$" or "R" are (see
``currencies.LocalMoney``)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from newslens.analysis.figures.currencies import MONEY_UNITS
from newslens.analysis.figures.lengths_of_time import NOT_RECURRING
from newslens.analysis.figures.patterns import _NUM, _SCALE
from newslens.analysis.figures.units import MEASURE, unit_of_time
from newslens.analysis.model import Figure, FigureKind

# Plural words after "1.5m" that do not make it a count of millions.
_BEFORE_THE_COUNTED = {"more", "fewer", "extra", "additional", "new", "other"}

# "from R200 to R350": in a South African story a bare "R" before any number is the rand.
_RAND_ANYWHERE = re.compile(rf"\bR(?:{_NUM}){_SCALE}(?![\w]|[.,]\d)")
_CENTS = re.compile(r"\dc$|\bcents?$", re.IGNORECASE)


def _in_rand(figure: Figure) -> bool:
    """Whether a figure in a South African story is in rand: "R200", or cents with no "$"."""
    if figure.unit is None:
        return _RAND_ANYWHERE.search(figure.text) is not None
    return _in_dollars(figure.unit) and "$" not in figure.text and bool(_CENTS.search(figure.text))


def _per(unit: str | None) -> tuple[str, str]:
    """A unit's own part and what it is by: ("GBP", "week") of "GBP per week", ("trains",
    "hour") of "trains per hour"; ("GBP", "") of "GBP", ("", "") of none."""
    own, _, by = (unit or "").partition(" per ")
    return own, by


def _in_dollars(unit: str | None) -> bool:
    """Whether ``unit`` is US dollars, by the period or the share too ("USD per share")."""
    return _per(unit)[0] == "USD"


def _in_currency(code: str, unit: str | None) -> str:
    """``unit`` in the currency ``code``, by the period or the share it was by: "USD per share"
    in rand is "ZAR per share"."""
    by = _per(unit)[1]
    return f"{code} per {by}" if by else code


def _local_dollars(code: str | None, figures: list[Figure]) -> list[Figure]:
    """In a story from Sydney or Toronto a bare "$" is the local dollar, ``code`` (see
    ``currencies.local_dollar`` for when the story says so); "US$" stays the US dollar."""
    if code is None:
        return figures
    return [
        # "74 cents a share" is AUD per share, as "$13.7 billion" is AUD
        replace(f, unit=_in_currency(code, f.unit))
        if _in_dollars(f.unit) and _BARE_DOLLAR.search(f.text) and not _US_DOLLAR.search(f.text)
        else f
        for f in figures
    ]


_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$|\b(?:dollars?|cents?)\b|\dc$", re.IGNORECASE)
_US_DOLLAR = re.compile(r"\bU\.?S\.?\s?(?:\$|dollars?\b|cents?\b)", re.IGNORECASE)


_AMOUNTS = (FigureKind.COUNT, FigureKind.MONEY, FigureKind.PERCENT, FigureKind.QUANTITY)


def _past_periods_of_amounts(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures but the period an amount before is by: in "grow by 0.3% a quarter this
    year" the model's date "quarter this year" is the percent's period, no quarter of a year."""
    out: list[Figure] = []
    for figure in figures:
        amount = out[-1] if out and out[-1].kind in _AMOUNTS else None
        period = _BY_THE_PERIOD.match(text, amount.end) if amount is not None else None
        if period is None or not period.start() <= figure.start < period.end():
            out.append(figure)
    return out


# The period an amount is paid in or things are counted by: "£95,000 a week", "a £95,000-a-week
# deal", "$2m per year", "€1.2m per annum", "£12.50 an hour on nights", "two trains an hour",
# "0.2C a decade", "£2m a quarter" (a company reports by it), "14 kilometres per second" (not
# "a second", which may count: "won 2-0 a second time"), past a "more" or "extra" that says the
# amount is added ("£8.50 more a week", "£40 extra per month"); not the time since ("£20 a week
# ago", "£4bn a year earlier", "£4bn a year on."), nor a share ("£2m a quarter of it") or a
# longer word ("a quarter-century", "a decade-long").
_BY_THE_PERIOD = re.compile(
    r"(?:\s+(?:more|extra|less))?(?:\s+|-)(?:a|an|per|each)[\s-]"
    r"(?P<period>(?<=per[\s-])second|minute|hour|day|night|week|fortnight|month"
    r"|quarter(?!\s+of\b)|year|annum|decade)\b(?!-)" + NOT_RECURRING,
    re.IGNORECASE,
)


# Money paid or earned by the share, as an amount by the period is paid by it: "a dividend of
# 8.4p a share", "$1.32 per share", "a 20p-a-share payout", "earnings per share of $1.32",
# "dividends per share rose to 45p", "earnings per share came in at 11.4p", past a "more" or
# "extra" as by the period ("2p more a share"); not "a share of the profits".
_BY_THE_SHARE = re.compile(
    r"(?:\s+(?:more|extra|less))?(?:\s+|-)(?:a|per|each)[\s-]share\b(?![\s-]+of\b|-)",
    re.IGNORECASE,
)
_PER_SHARE_BEFORE = re.compile(
    r"\bper share,?\s+(?:of|was|were|is|(?:came\s+in\s+|stood\s+)?at|totall?ed|reached"
    r"|(?:rose|fell|climbed|dropped|grew|jumped) to)\s+$",
    re.IGNORECASE,
)


def _by_the_share(text: str, start: int, end: int) -> bool:
    """Whether the amount in ``text[start:end]`` is paid or earned by the share (see above)."""
    before = _PER_SHARE_BEFORE.search(text, max(0, start - 30), start)
    return before is not None or _BY_THE_SHARE.match(text, end) is not None


# A price by the unit bought or the one paid for, as money by the share is: "$80 a barrel",
# "£1.50 a litre", "$2,000 an ounce", "€30 per tonne", "£500 a head" (of cattle too), "$2,500 a
# family", energy's "640p a therm" and "28p a kWh"; after "per", any noun ("£25 per person",
# "24.5p per kWh", "$500-per-child"), past a "more" or "extra" as by the period ("£50 more a
# head"). A unit named before the price ("a litre of milk cost £1.50") is no unit of it, nor is
# a word that begins a noun of its own ("£5,000 a head teacher said", "a family doctor"), nor
# "per cent".
_BY_THE_UNIT = re.compile(
    r"(?:\s+(?:more|extra|less))?(?:\s+|-)(?:(?:a|an|per)[\s-](?P<unit>"
    r"barrel|bushel|(?:troy\s)?ounce|tonne|ton|kilo(?:gram)?|kg|gram|pound|lb|"
    r"lit(?:re|er)|gallon|pint|carat|acre|hectare|square\s(?:foot|met(?:re|er)|mile)|mile|"
    r"therm|kWh|(?:kilo|mega)watt[\s-]hour|MWh|head|person|family|household)"
    r"|per[\s-](?P<noun>[A-Za-z]+))\b(?!-[a-z])",
    re.IGNORECASE,
)


def _money_by_what_is_bought(doc: Doc, text: str, start: int, end: int, currency: str) -> str:
    """The unit of the amount in ``text[start:end]`` in ``currency``: by the share or by the
    unit bought if it is ("GBP per share", "USD per barrel"), else the currency alone."""
    if _by_the_share(text, start, end):
        return f"{currency} per share"
    bought = _BY_THE_UNIT.match(text, end)
    if bought is None:
        return currency
    words = doc.char_span(*bought.span(bought.lastgroup or 0))
    if words is None or words[-1].dep_ == "compound":
        return currency
    noun = words[0]
    if bought["noun"] and (not noun.tag_.startswith("NN") or noun.lower_ in ("cent", "cents")):
        return currency
    unit = f"{currency} per {' '.join(words.text.split())}"
    # "£2,400 per patient per year", "$30 per user a month": by the unit and the period
    by_the_period = _BY_THE_PERIOD.match(text, bought.end())
    return unit if by_the_period is None else f"{unit} per {_period(by_the_period)}"


def _paid_or_measured(unit: str | None, value: float | str | None) -> bool:
    """Whether an amount in ``unit`` may be paid or measured by the period: money ("£95,000 a
    week"), a measure ("300 tonnes a week") or a length of time ("40 hours a week"); not a
    count, whose period follows its noun (see ``_counted_by_the_period``), a factor or a
    ratio, nor an amount with no value."""
    if unit is None or value is None:
        return False
    return (
        unit in MONEY_UNITS or MEASURE.fullmatch(unit) is not None or unit_of_time(unit) is not None
    )


def _period(by_the_period: re.Match[str]) -> str:
    period = by_the_period["period"].lower()
    return "year" if period == "annum" else period


# The noun a count counts, right after its number: "two trains an hour".
_NOUN_AFTER = re.compile(r"\s+(?P<noun>[A-Za-z]+)")


def _counted_by_the_period(text: str, end: int, noun: str) -> str:
    """The unit of a count of things by the period, as "three an hour" is 3 "per hour": "two
    trains an hour" counts "trains per hour", "40 deaths a day" "deaths per day", "1.6m more
    people a year" "people per year"; else ``noun``."""
    after = _NOUN_AFTER.match(text, end)
    if after is not None and after["noun"] in _BEFORE_THE_COUNTED:
        after = _NOUN_AFTER.match(text, after.end())
    if after is None or after["noun"] != noun:
        return noun
    by_the_period = _BY_THE_PERIOD.match(text, after.end())
    return noun if by_the_period is None else f"{noun} per {_period(by_the_period)}"
