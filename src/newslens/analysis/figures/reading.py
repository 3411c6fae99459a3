"""A figure read from its span: its kind, value and unit (its words, by ``values.interpret``,
and the words round it: what a count turns out to be (``count_units``), pounds that weigh
(``weights``), fractions that are a share (``shares``), an age, a period), its qualifier and
where it starts and ends (the words that bound it, ``bounds``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newslens.analysis.figures.ages import (
    _AGE_GROUP,
    _age_decade,
    _age_group,
    _is_an_age,
    _names_ages,
)
from newslens.analysis.figures.bounds import (
    _bounded_after_it,
    _bounded_in_front,
    _settled_qualifier,
)
from newslens.analysis.figures.count_units import (
    _count,
    _kilometres_of_a_race,
    _millions_or_metres,
    _range_in_millions,
    _so_many_digits,
)
from newslens.analysis.figures.currencies import MONEY_UNITS
from newslens.analysis.figures.dates import (
    MONTHS,
    WEEKDAYS,
    names_month,
    two_digit_decade,
    years_spanned,
)
from newslens.analysis.figures.money import (
    _BY_THE_PERIOD,
    _money_by_what_is_bought,
    _paid_or_measured,
    _per,
    _period,
)
from newslens.analysis.figures.qualifier_words import (
    _QUALIFIER_OF,
    _leading_qualifier,
    _qualifier_phrase,
    _strip_qualifier,
)
from newslens.analysis.figures.qualifiers import (
    _JUST_BY_A_TIME,
    _MINUS_SIGN,
    _PLUS_OR_MINUS,
    _SIGNED_LABELS,
    _near_a_time,
)
from newslens.analysis.figures.shares import _fraction_end
from newslens.analysis.figures.speech import _MERELY
from newslens.analysis.figures.thousands import as_one_number
from newslens.analysis.figures.units import PER_MEASURE
from newslens.analysis.figures.values import interpret
from newslens.analysis.figures.weights import _is_weight
from newslens.analysis.model import Figure, FigureKind, Qualifier

# Model labels of amounts, whose span may start with words that are not part of the figure.
_AMOUNT_LABELS = {"MONEY", "CARDINAL", "PERCENT", "QUANTITY"} | {
    kind.value
    for kind in (FigureKind.MONEY, FigureKind.COUNT, FigureKind.PERCENT, FigureKind.QUANTITY)
}


def _figure(doc: Doc, text: str, start: int, end: int, label: str, floor: int = 0) -> Figure | None:
    """The figure in ``text[start:end]``; a qualifier in front may extend it, never before ``floor``."""
    if end <= start:
        return None
    start, end, label = _span_and_label(doc, text, start, end, label, floor)
    group = _AGE_GROUP.fullmatch(text, start, end) if label == FigureKind.QUANTITY.value else None
    if group is not None:
        return _age_group(group)
    words, kind, value, unit = _read_the_words(doc, text, start, end, label)
    if kind in (FigureKind.DATE, FigureKind.TIME) and value is None and _vague(words):
        return None
    if kind is FigureKind.DATE and value is None:
        age = _age_decade(text, start, end)
        if age is not None:
            return age
        value = _decade_during(text, start, end, floor)
    # A currency sign or a unit with no number ("$ “ over") is no figure.
    unmeasured = kind in (FigureKind.MONEY, FigureKind.PERCENT, FigureKind.QUANTITY)
    if unmeasured and value is None and not re.search(r"\d", text[start:end]):
        return None
    if kind is FigureKind.QUANTITY and unit == "m" and isinstance(value, float):
        kind, value, unit = _millions_or_metres(doc, text, start, end, value)
    race = _kilometres_of_a_race(text, start, end, value) if kind is FigureKind.COUNT else None
    if race is not None:
        kind, value, unit = FigureKind.QUANTITY, race, "km"
    if kind is FigureKind.RANGE and unit == "m" and isinstance(value, str):
        value, unit = _range_in_millions(text, end, value)
    # "the hazard ratio was 0.41": a study's ratio names its number, as "p = 0.04" does.
    ratio = _RATIO_NAMED.search(text, max(0, start - 40), start)
    if kind is FigureKind.COUNT and ratio is not None:
        kind, unit = FigureKind.QUANTITY, ratio["name"].lower()
    digits = _so_many_digits(text, start, end, kind, value)
    if digits is not None:
        return digits
    an_age = kind is FigureKind.COUNT and unit is None and _is_an_age(doc, text, start, end)
    if an_age:
        kind, unit = FigureKind.QUANTITY, "years"  # as "at age 54" is
    measure = None
    # A tally counts nothing: "a 2:1 win" is the score of the win.
    if kind is FigureKind.COUNT and unit is None and not isinstance(value, str):
        start, end, kind, value, unit, measure = _count(doc, text, start, end, value, floor)
    by_the_period = _paid_by_the_period(text, end, unit, value, measure)
    per = PER_MEASURE.match(text, end) if kind is FigureKind.QUANTITY and unit else None
    if by_the_period is not None:
        unit = f"{unit} per {_period(by_the_period)}"
    elif per is not None:
        unit = f"{unit} per {per['per']}"
    elif kind is FigureKind.PERCENT and unit is None and value is not None:
        # "7.5% a year": a share grown or paid by the period, as "three an hour" is 3 "per hour"
        share_by = _BY_THE_PERIOD.match(text, end)
        unit = None if share_by is None else f"per {_period(share_by)}"
    # A calendar date or a rank is not bounded by "about" in front of it ("talked about 2014",
    # "fell over 2010-15"), a clock time only by the words that say how near it (see
    # ``_near_a_time``); counts, amounts and durations are.
    if kind is FigureKind.TIME:
        return _time(text, start, end, label, value, unit, floor)
    if kind in (FigureKind.ORDINAL, FigureKind.DATE) or _is_date_range(kind, text[start:end]):
        bound = _date_bound(text[start:end]) if kind is FigureKind.DATE else Qualifier.EXACTLY
        return Figure(start, end, text[start:end], kind, value, unit, bound)
    new_start, qualifier = _bounded_in_front(
        doc, text, start, end, kind, value, unit, measure, an_age, floor
    )
    unit = _unit_bought(doc, text, new_start, end, unit, value, by_the_period)
    end, qualifier, kind, unit = _bounded_after_it(text, start, end, kind, unit, qualifier)
    qualifier = _settled_qualifier(text, start, end, new_start, kind, unit, qualifier)
    return Figure(new_start, end, text[new_start:end], kind, value, unit, qualifier)


# What bounds a date inside the model's words for it: "until at least Friday" (not "over 2010",
# which says when, nor "about 2014").
_DATE_BOUNDS = frozenset(["at least", "at most"])
# A preposition after the bound makes it a hedge on the time named: "not audited for returns
# at least before 2009" says as much as the speaker will vouch for, no date of at least 2009.
_HEDGED = re.compile(r"\s*(?:before|after|since|until|till|by|from|in|on|during)\b", re.I)


def _date_bound(words: str) -> Qualifier:
    """The bound a date's words open with: at least for "at least 2027", else exactly."""
    phrase = _qualifier_phrase(words)
    if phrase not in _DATE_BOUNDS or _HEDGED.match(words, len(phrase)) is not None:
        return Qualifier.EXACTLY
    return _QUALIFIER_OF[phrase]


def _span_and_label(
    doc: Doc, text: str, start: int, end: int, label: str, floor: int
) -> tuple[int, int, str]:
    """Where the figure the model tagged as ``label`` starts and ends, and its label: past a
    margin's "plus or minus", from a "minus" in front, over a fraction that is a share, past the
    words that bound a time."""
    margin = _PLUS_OR_MINUS.search(text, max(floor, start - 16), start + 16)
    minus = re.search(r"\bminus\s+$", text[max(floor, start - 8) : start], re.IGNORECASE)
    if margin is not None and margin.start() <= start <= margin.end():
        start = margin.end()  # "plus or minus 3 points": a margin either way, as "±3" is
    elif minus is not None and label in _AMOUNT_LABELS:
        start -= len(minus.group())  # "as low as minus 35"
    elif label in _SIGNED_LABELS and _MINUS_SIGN.search(text, max(floor, start - 1), start):
        start -= 1  # "growth of -0.5%", "closed at -12": below nought ("10 -12%" is a dash)
    share_end = _fraction_end(doc, text, start, end, label)
    if share_end is not None:
        label = "CARDINAL"  # "cuts the risk by a fifth", "up by almost a quarter"
        if text[max(floor, start - 2) : start].lower() == "a ":
            start -= 2
        end = share_end  # "by a fifth last year": the model's date ran on past the share
    if label in ("TIME", FigureKind.TIME.value):
        # "shortly after midnight" as the model tags it: the words in front bound the time (see
        # ``_near_a_time``), no part of its value
        just = _JUST_BY_A_TIME.match(text, start, end)
        start = just.end() if just is not None else start
    return start, end, label


def _read_the_words(
    doc: Doc, text: str, start: int, end: int, label: str
) -> tuple[str, FigureKind, float | str | None, str | None]:
    """The words of ``text[start:end]`` read, and their kind, value and unit, set right where the
    words round them tell more: a cricketer's century, a range of ages, pounds that weigh."""
    words = _strip_qualifier(as_one_number(doc, start, text[start:end]))
    if label in ("DATE", "TIME"):
        # "just a year ago" is read as "a year ago", "just a few miles" as "a few miles"
        words = _MERELY_A.sub("", words, count=1)
    kind, value, unit = interpret(words, label)
    if kind is FigureKind.DATE and _a_cricket_century(doc, text, start, end):
        kind, value, unit = interpret(_strip_qualifier(text[start:end]), "ORDINAL")
    aged = _names_ages(text, start, end) or _YEAR_OLDS.match(text, end)
    if kind is FigureKind.RANGE and unit is None and aged:
        unit = "years"  # "women aged 45 to 70", "25 to 34-year-olds", as "aged 45" is an age
    if kind is FigureKind.RANGE and unit is None:
        unit = _unit_of_the_shared_compound(text, start, end)
    if unit == "GBP" and _is_weight(doc, text, start, end):
        kind, unit = FigureKind.QUANTITY, "lb"
    return words, kind, value, unit


def _decade_during(text: str, start: int, end: int, floor: int) -> str | None:
    """The decade a date with no value names by two digits after words of time ("during the
    80's"), else None."""
    if _DURING.search(text, max(floor, start - 30), start):
        return two_digit_decade(text[start:end], elided=False)
    return None


def _paid_by_the_period(
    text: str, end: int, unit: str | None, value: float | str | None, measure: Token | None
) -> re.Match[str] | None:
    """The period after an amount paid or measured by it, else None."""
    # "£95,000 a week" is paid by the week, "300 tonnes a week" burnt by it: the period is in the
    # unit, the words stay the amount's, as "millions of tons a year" are, with no value
    if measure is None and not _paid_or_measured(unit, value):
        return None
    # "25g of fibre a day", "2,700kWh of electricity a year": what is measured comes between
    of_what = _OF_WHAT.match(text, end)
    return _BY_THE_PERIOD.match(text, of_what.end() if of_what is not None else end)


_OF_WHAT = re.compile(r"\s+of\s+[a-z]+(?=\s)")


def _time(
    text: str,
    start: int,
    end: int,
    label: str,
    value: float | str | None,
    unit: str | None,
    floor: int,
) -> Figure:
    """A clock time, its hour o'clock read with the rest of its clause, bounded only by the
    words that say how near it."""
    if "clock" in text[start:end].lower():
        value = _hour_o_clock(text, start, end, label)
    # "around 3 a.m." as the model found it, or the words in front that bound it
    qualifier = _leading_qualifier(text[start:end])
    if qualifier is None:
        start, qualifier = _near_a_time(text, start, floor)
    return Figure(start, end, text[start:end], FigureKind.TIME, value, unit, qualifier)


def _unit_bought(
    doc: Doc,
    text: str,
    start: int,
    end: int,
    unit: str | None,
    value: float | str | None,
    by_the_period: re.Match[str] | None,
) -> str | None:
    """The unit of a sum with what it buys ("£25 per person"), before or after its period."""
    if unit in MONEY_UNITS and value is not None:
        return _money_by_what_is_bought(doc, text, start, end, unit)
    if (
        by_the_period is not None
        and _per(unit)[0] in MONEY_UNITS
        and value is not None
        and _BY_THE_PERIOD.match(text, by_the_period.end()) is None  # "£50 a month per year"
    ):
        # "£25 a night per person": the unit bought after the period, written as "£25 per
        # person per night" would be
        currency, period = _per(unit)
        bought = _money_by_what_is_bought(doc, text, start, by_the_period.end(), currency)
        if bought.count(" per ") == 1:  # a second period after the unit is none of the price's
            return f"{bought} per {period}"
    return unit


# "Just" or "only" before a length told with "a", which says how short, not how near.
_MERELY_A = re.compile(rf"^(?:{'|'.join(_MERELY)})\s+(?=an?\s)", re.IGNORECASE)


_YEAR_OLDS = re.compile(r"-year-olds?\b")

# The last bound of a range and the measure hyphened to it, which the first bound shares:
# "a 2- to 3-hour wait", "a 6- to 8-metre pole".
_LAST_BOUND_HYPHENED = re.compile(r"\d+(?:\.\d+)?-[a-z]+$")
_HYPHENED_AFTER = re.compile(r"-[a-z]+\b")


def _unit_of_the_shared_compound(text: str, start: int, end: int) -> str | None:
    """The unit a range's bounds share from the measure hyphened to the last ("a 2- to 3-hour
    wait" is 2 to 3 hours), None when that is no measure ("10- to 12-person crews")."""
    after = _HYPHENED_AFTER.match(text, end)
    words = text[start:end] + (after.group() if after else "")
    last = _LAST_BOUND_HYPHENED.search(words)
    if last is None:
        return None
    kind, _, unit = interpret(last.group(), "CARDINAL")  # the bound read alone
    return unit if kind is FigureKind.QUANTITY else None


# Words of a cricket story, where a batter's "third century" is a hundred runs, not a date.
_CRICKET_WORDS = frozenset(
    ("innings", "runs", "wicket", "wickets", "batsman", "batsmen", "batter", "batters")
)


def _a_cricket_century(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether "century" in ``text[start:end]`` is a cricketer's hundred runs ("his third
    century", "a 12th Test century"): a count of hundreds, not a date, in a sentence that
    speaks of cricket (a Test, an innings, runs, a wicket, a batter, "not out")."""
    if text.find("centur", start, end) == -1:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = span.sent
    return any(
        t.lower_ in _CRICKET_WORDS
        or (t.text == "Test" and not t.is_sent_start)
        or (t.lower_ == "not" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "out")
        for t in words
    )


# Where a clause ends, within the reach of an hour o'clock's half of the day.
_CLAUSE_END = re.compile(r"[.,;:!?\n]")
_CLAUSE_REACH = 40


def _hour_o_clock(text: str, start: int, end: int, label: str) -> float | str | None:
    """The time an hour o'clock names, read with the rest of its clause, where the half of the
    day may follow the words the model tagged: "at 6 o'clock on Friday evening" is 18:00."""
    stop = _CLAUSE_END.search(text, end, end + _CLAUSE_REACH)
    clause_end = stop.start() if stop is not None else min(len(text), end + _CLAUSE_REACH)
    return interpret(_strip_qualifier(text[start:clause_end]), label)[1]


def _vague(words: str) -> bool:
    """Whether a date or time with no value is counted only by "a" and names no day: "a few
    weeks", "A few days ago", "a big year", "a gap year" tell no figure a reader could check
    ("a day", "an hour later" have their values; "on a Sunday" names a day)."""
    lowered = words.lower().split()
    return (
        lowered[0] in ("a", "an")
        and not any(c.isdigit() for c in words)
        and not any(w.rstrip(".,") in MONTHS or w.rstrip(".,") in WEEKDAYS for w in lowered)
    )


# A ratio of risks, its name just before its number: "hazard ratio 0.41", "an odds ratio (OR)
# of 1.8", "the relative risk was 1.3".
_RATIO_NAMED = re.compile(
    r"\b(?P<name>(?:hazard|odds|risk|rate) ratio|relative risk)(?:\s?\([A-Za-z]{1,4}\))?"
    r"(?:\s?[=:,]|\s(?:was|is|were|of|at))?\s*$",
    re.IGNORECASE,
)


# Words of time before a decade by two digits: "during the 80's", "since the early 90s" name a
# time, where "in the 90s" may be a temperature.
_DURING = re.compile(
    r"\b(?:during|throughout|since|until|till)\s+(?:the\s+(?:(?:early|mid|late)[- ]?)?)?$",
    re.IGNORECASE,
)


def _is_date_range(kind: FigureKind, words: str) -> bool:
    """Whether a figure is a range of dates: "2010-15", "between October 1 and October 4"."""
    return kind is FigureKind.RANGE and (years_spanned(words) is not None or names_month(words))
