"""A figure read from its span: its kind, value and unit (its words, by ``values.interpret``,
and the words round it: the noun a count counts, pounds that weigh (``weights``), points and
fractions that are a share (``shares``), an age, a period, a duration the model left untagged
(``durations``)), its qualifier and where it ends."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newslens.analysis.figures.ages import (
    _AGE_GROUP,
    _age_decade,
    _age_group,
    _is_an_age,
    _names_ages,
)
from newslens.analysis.figures.counts import (
    _counted_by_the_change,
    _counted_in_millions,
    _counted_noun,
    _measure_of_a_round_count,
)
from newslens.analysis.figures.currencies import CURRENCY_WORDS, MONEY_UNITS
from newslens.analysis.figures.dates import (
    DURATIONS,
    MONTHS,
    WEEKDAYS,
    names_month,
    two_digit_decade,
    years_spanned,
)
from newslens.analysis.figures.durations import _WORD_AFTER, _untagged_duration
from newslens.analysis.figures.money import (
    _BEFORE_THE_COUNTED,
    _BY_THE_PERIOD,
    _counted_by_the_period,
    _money_by_what_is_bought,
    _paid_or_measured,
    _per,
    _period,
)
from newslens.analysis.figures.qualifiers import (
    _CROSSED,
    _JUST_BY_A_TIME,
    _PAST,
    _PLUS,
    _PLUS_OR_MINUS,
    _QUALIFIER_OF,
    _bounded_after,
    _leading_qualifier,
    _near_a_time,
    _qualify,
    _strip_qualifier,
)
from newslens.analysis.figures.shares import _fraction_end, _points_of_a_share
from newslens.analysis.figures.speech import _MERELY
from newslens.analysis.figures.tallies import _PAIR
from newslens.analysis.figures.values import interpret
from newslens.analysis.figures.weights import _is_weight
from newslens.analysis.model import Figure, FigureKind, Qualifier

# "points" right after a number, the unit of an index or a score.
_POINTS_AFTER = re.compile(r"\s+(points)\b")
# "fell 12 points to 7,412.3", "was down 1 point at 4,512", "rose 120 points, or 0.3%, to
# 38,650": the level a change in points reached is in points too.
_LEVEL_AFTER_POINTS = re.compile(
    r"\bpoints?,?\s+(?:or\s+[\d.]+\s?(?:%|per\s?cent|percent),?\s+)?"
    r"(?:to\s+(?:(?:close|end|finish)\s+)?at|to|at)\s+$"
)


# "a six-figure salary", "ran to six figures": the digits of an amount, not a count of figures
# ("the report has six figures and two tables"), which the plural is only after these words.
_FIGURES_AFTER = re.compile(r"-figure\b| figures\b")
_DIGITS_REACHED = re.compile(
    r"\b(?:to|into|in|at|of|earn\w*|mak\w*|made|pa(?:y|ys|id|ying)|cost\w*|reach\w*|hit\w*"
    r"|top\w*|r[au]n\w*|shav\w*|lop\w*|cut\w*|slash\w*|trim\w*|knock\w*)\s+$",
    re.IGNORECASE,
)
# Plural words after "1.5m" that do not make it a count of millions.
_NOT_COUNTED = {"metres", "meters", "seconds", "minutes", "hours", "is", "was", "has", "as"}


# Model labels of amounts, whose span may start with words that are not part of the figure.
_AMOUNT_LABELS = {"MONEY", "CARDINAL", "PERCENT", "QUANTITY"} | {
    kind.value
    for kind in (FigureKind.MONEY, FigureKind.COUNT, FigureKind.PERCENT, FigureKind.QUANTITY)
}


def _figure(doc: Doc, text: str, start: int, end: int, label: str, floor: int = 0) -> Figure | None:
    """The figure in ``text[start:end]``; a qualifier in front may extend it, never before ``floor``."""
    if end <= start:
        return None
    margin = _PLUS_OR_MINUS.search(text, max(floor, start - 16), start + 16)
    minus = re.search(r"\bminus\s+$", text[max(floor, start - 8) : start], re.IGNORECASE)
    if margin is not None and margin.start() <= start <= margin.end():
        start = margin.end()  # "plus or minus 3 points": a margin either way, as "±3" is
    elif minus is not None and label in _AMOUNT_LABELS:
        start -= len(minus.group())  # "as low as minus 35"
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
    group = _AGE_GROUP.fullmatch(text, start, end) if label == FigureKind.QUANTITY.value else None
    if group is not None:
        return _age_group(group)
    words = _strip_qualifier(text[start:end])
    if label in ("DATE", "TIME"):
        # "just a year ago" is read as "a year ago", "just a few miles" as "a few miles"
        words = _MERELY_A.sub("", words, count=1)
    kind, value, unit = interpret(words, label)
    if kind is FigureKind.DATE and _a_cricket_century(doc, text, start, end):
        kind, value, unit = interpret(_strip_qualifier(text[start:end]), "ORDINAL")
    aged = _names_ages(text, start, end) or _YEAR_OLDS.match(text, end)
    if kind is FigureKind.RANGE and unit is None and aged:
        unit = "years"  # "women aged 45 to 70", "25 to 34-year-olds", as "aged 45" is an age
    if unit == "GBP" and _is_weight(doc, text, start, end):
        kind, unit = FigureKind.QUANTITY, "lb"
    if kind in (FigureKind.DATE, FigureKind.TIME) and value is None and _vague(words):
        return None
    if kind is FigureKind.DATE and value is None:
        age = _age_decade(text, start, end)
        if age is not None:
            return age
        if _DURING.search(text, max(floor, start - 30), start):
            value = two_digit_decade(text[start:end], elided=False)
    # A currency sign or a unit with no number ("$ “ over") is no figure.
    unmeasured = kind in (FigureKind.MONEY, FigureKind.PERCENT, FigureKind.QUANTITY)
    if unmeasured and value is None and not re.search(r"\d", text[start:end]):
        return None
    if kind is FigureKind.QUANTITY and unit == "m" and isinstance(value, float):
        # "1.5m people" is a million people, as "1.6m more people" are; "1.5m tall" and "a
        # 100m race" are metres.
        following = _WORD_AFTER.match(text, end)
        if following is not None and following.group(1) in _BEFORE_THE_COUNTED:
            following = _WORD_AFTER.match(text, following.end())
        noun = following.group(1) if following is not None else ""
        plural = noun.endswith("s") or noun in ("people", "children", "men", "women")
        if plural and noun not in _NOT_COUNTED:
            # "1.5m visitors a year" are counted by the year, as "1.5 million visitors" are
            kind, value = FigureKind.COUNT, value * 1_000_000
            unit = _counted_by_the_period(text, end, noun)
        else:
            counted = _counted_in_millions(doc, start, end)
            if counted is not None:
                # "subscribers rose by 1.4m" counts subscribers; "the population", no one noun
                plural = counted.lower_ if counted.tag_ == "NNS" else None
                kind, value, unit = FigureKind.COUNT, value * 1_000_000, plural
    # "the hazard ratio was 0.41": a study's ratio names its number, as "p = 0.04" does.
    ratio = _RATIO_NAMED.search(text, max(0, start - 40), start)
    if kind is FigureKind.COUNT and ratio is not None:
        kind, unit = FigureKind.QUANTITY, ratio["name"].lower()
    digits = _FIGURES_AFTER.match(text, end) if kind is FigureKind.COUNT else None
    if digits is not None and digits.group() != "-figure":
        digits = digits if _DIGITS_REACHED.search(text, max(0, start - 20), start) else None
    if digits is not None and value in (4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0):
        # An amount of so many digits is at least ten to one less, in money or in anything
        # else the story counts ("his followers reached six figures").
        words = text[start : digits.end()]
        return Figure(
            start, digits.end(), words, kind, 10.0 ** (value - 1), None, Qualifier.AT_LEAST
        )
    an_age = kind is FigureKind.COUNT and unit is None and _is_an_age(doc, text, start, end)
    if an_age:
        kind, unit = FigureKind.QUANTITY, "years"  # as "at age 54" is
    measure = None
    if kind is FigureKind.COUNT and unit is None:
        # "closed at 16,274.94 points": the parse may take an index's level for a name, with
        # "points" no noun it counts.
        points_after = _POINTS_AFTER.match(text, end)
        unit = points_after[1] if points_after else _counted_noun(doc, start, end)
        if unit is None and _LEVEL_AFTER_POINTS.search(text, max(0, start - 50), start):
            unit = "points"
        elif unit is None:
            unit = _counted_by_the_change(doc, start, end)
        measure = _measure_of_a_round_count(doc, start, end) if unit is None else None
        if measure is not None:
            # "millions of tons", as "2m tons" is; "hundreds of years", as "300 years" is
            kind, unit = FigureKind.QUANTITY, str(measure.text)
            end = max(end, measure.idx + len(measure))
        # A bare 1900–2099 that counts nothing, or one thing, is a year the model did not tag
        # ("in 2014", "its own 2021 deadline").
        singular = unit is None or not unit.endswith("s")
        named = _WORD_AFTER.match(text, end) if unit in CURRENCY_WORDS else None
        if named is not None and named.group(1) == unit:
            # "a quarter of a million dollars": the model leaves the currency out of a sum in
            # words, which counts no dollars but is one
            end = named.end()
            kind, value, unit = interpret(_strip_qualifier(text[start:end]), "MONEY")
            if unit == "GBP" and _is_weight(doc, text, start, end):
                kind, unit = FigureKind.QUANTITY, "lb"
        elif singular and re.fullmatch(r"(?:19|20)\d\d", text[start:end]):
            kind, value, unit = FigureKind.DATE, text[start:end], None
        elif measure is None and unit is not None and unit.rstrip("s") in DURATIONS:
            start, end, kind, value, unit = _untagged_duration(text, start, end, value, unit, floor)
        elif unit is not None:
            unit = _counted_by_the_period(text, end, unit)
        points = _POINTS.match(text, end) if unit in ("points", "point") else None
        share = points is not None and (points["percentage"] or _points_of_a_share(doc, start))
        if points is not None and isinstance(value, float) and share:
            # "a swing of 4.5 points": percentage points, as "4.5 percentage points" would be;
            # "four percentage points", in words, the model leaves at "four".
            end, kind, value, unit = points.end(), FigureKind.PERCENT, round(value / 100, 10), None
    # "£95,000 a week" is paid by the week, "300 tonnes a week" burnt by it: the period is in the
    # unit, the words stay the amount's, as "millions of tons a year" are, with no value
    by_the_period = (
        _BY_THE_PERIOD.match(text, end)
        if measure is not None or _paid_or_measured(unit, value)
        else None
    )
    if by_the_period is not None:
        unit = f"{unit} per {_period(by_the_period)}"
    # A calendar date or a rank is not bounded by "about" in front of it ("talked about 2014",
    # "fell over 2010-15"), a clock time only by the words that say how near it (see
    # ``_near_a_time``); counts, amounts and durations are.
    if kind is FigureKind.TIME:
        if "clock" in text[start:end].lower():
            value = _hour_o_clock(text, start, end, label)
        # "around 3 a.m." as the model found it, or the words in front that bound it
        qualifier = _leading_qualifier(text[start:end])
        if qualifier is None:
            start, qualifier = _near_a_time(text, start, floor)
        return Figure(start, end, text[start:end], kind, value, unit, qualifier)
    if kind in (FigureKind.ORDINAL, FigureKind.DATE) or _is_date_range(kind, text[start:end]):
        return Figure(start, end, text[start:end], kind, value, unit)
    # "a rise of 4% over two years": before a duration "over" means during; "aged over 65" is
    # an age, bounded.
    is_duration = not an_age and unit is not None and unit.rstrip("s") in DURATIONS
    new_start, qualifier = _qualify(text, start, end, kind)
    round_count = value is None and text[end - 1 : end] == "s"
    if round_count and (kind is FigureKind.COUNT or measure is not None):
        qualifier = Qualifier.APPROXIMATELY  # "hundreds of", "dozens of"
    if new_start < floor or (is_duration and text[new_start:start].strip().lower() == "over"):
        new_start = start
        qualifier = _leading_qualifier(text[start:end]) or Qualifier.EXACTLY
    # "spending went past £60m", "inflation went past 10%": an amount passed is a floor ("the
    # past 10 years" are a length, "drove past 10 cars" passed them, and neither is one).
    past = _PAST.search(text, max(floor, start - 6), start)
    if past and qualifier is Qualifier.EXACTLY and kind in (FigureKind.MONEY, FigureKind.PERCENT):
        new_start, qualifier = past.start(), Qualifier.AT_LEAST
    if unit in MONEY_UNITS and value is not None:
        unit = _money_by_what_is_bought(doc, text, new_start, end, unit)
    elif (
        by_the_period is not None
        and _per(unit)[0] in MONEY_UNITS
        and value is not None
        and _BY_THE_PERIOD.match(text, by_the_period.end()) is None  # "£50 a month per year"
    ):
        # "£25 a night per person": the unit bought after the period, written as "£25 per
        # person per night" would be
        currency, period = _per(unit)
        bought = _money_by_what_is_bought(doc, text, new_start, by_the_period.end(), currency)
        if bought.count(" per ") == 1:  # a second period after the unit is none of the price's
            unit = f"{bought} per {period}"
    after = _bounded_after(text, end, unit) if kind is not FigureKind.RANGE else None
    if after is not None and qualifier is Qualifier.EXACTLY:
        end, qualifier = after
    # "15-plus years", "90-plus minutes", "50+ members", "aged 65+": at least the number.
    # The model's span may hold it ("75+" as a date); a search of every span would cost more.
    inside = text.find("+", start, end) != -1 or text.find("-plus", start, end) != -1
    plus = _PLUS.search(text, start, end) if inside else _PLUS.match(text, end)
    if plus is not None and qualifier is Qualifier.EXACTLY and kind is not FigureKind.RANGE:
        end, qualifier = max(end, plus.end()), Qualifier.AT_LEAST
        length = _WORD_AFTER.match(text, end) if kind is FigureKind.COUNT and unit is None else None
        if length is not None and length.group(1).rstrip("s") in DURATIONS:
            # "a hearing like it before - 90-plus minutes of questions": the parse may lose the length past "-plus"
            end, kind, unit = length.end(), FigureKind.QUANTITY, length.group(1)
    if unit == "p":
        qualifier = _QUALIFIER_OF.get(text[start:end].lstrip("pP ")[0], Qualifier.EXACTLY)
    tally = kind is FigureKind.RANGE or _PAIR.fullmatch(text[start:end])
    crossed = _CROSSED.search(text, max(0, new_start - 30), new_start)
    if qualifier is Qualifier.EXACTLY and not tally and crossed:
        qualifier = Qualifier.AT_LEAST  # the verb is no part of the figure's words
    return Figure(new_start, end, text[new_start:end], kind, value, unit, qualifier)


# "Just" or "only" before a length told with "a", which says how short, not how near.
_MERELY_A = re.compile(rf"^(?:{'|'.join(_MERELY)})\s+(?=an?\s)", re.IGNORECASE)


_YEAR_OLDS = re.compile(r"-year-olds?\b")

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


_POINTS = re.compile(r"[\s-](?P<percentage>percentage[\s-])?points?\b")


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
