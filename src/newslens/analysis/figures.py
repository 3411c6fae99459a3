"""Figures in a text: counts, money, percentages, quantities, dates, times, ordinals, ranges.

spaCy's entities (CARDINAL, MONEY, PERCENT, QUANTITY, DATE, TIME, ORDINAL) find most figures;
regular expressions add what the small model misses or mislabels ("12 per cent" comes back as
MONEY, "£30m" as "30", "3 p.m." as a bare "3"), and the words in front of a figure that bound
it ("nearly", "more than", "up to") are taken into its span and set its qualifier. Numbers
that name or reach something rather than count it are no figures: telephone numbers, "No. 10"
(a place in a ranking, "the world No 3", is a rank),
"COVID-19", "FTSE 100", "BBC Radio 4", "Flight 370", "401(k)", "the 9/11 attacks", a title
("a fan of The 411"), a police or court reference ("crime reference 4412", "case 2024/113"), a
road junction, an exit, a platform, a gate or a bus route ("between junctions 40 and 41", "gate
22", "route 38"); nor
are words that describe or pick out a person ("mother-of-two", "a father of three", "said one
woman").

Reading a figure's value and unit (``Figure.value``, ``Figure.unit``) from its words is the
job of :mod:`newslens.analysis.figure_values`.

Qualifiers: besides the words in front, words after a figure bound it and join its span ("30
years or more", "aged 65 and over", "15-plus years", "50+": at least; "£20,000 or less" and,
past its period, "$48,000 a year or less": at most; "40 or so": approximately); "just under
40%" is at most, as "sub-" glued to a figure is ("sub-£1,000", "a sub-two-hour marathon"), and
"just over" at least; "from £25" is at least where prices or a start are named ("priced from
£25", "rooms start from $10"), not elsewhere ("data from 40 countries", "up from 3%").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newslens.analysis.figure_values import (
    CURRENCY_SIGN,
    CURRENCY_SIGN_OPENINGS,
    CURRENCY_WORDS,
    DURATIONS,
    EIGHTHS,
    EVERY,
    FOOTNOTED,
    FRACTIONS,
    HEIGHT,
    MONEY_UNITS,
    MONTHS,
    MULTIPLE,
    NAMED_HOURS,
    RATE,
    SCALES,
    SCIENTIFIC,
    SUPERSCRIPT,
    TENS,
    UNITS,
    UNITS_SMALL,
    VULGAR_FRACTION,
    WEEKDAYS,
    LocalMoney,
    interpret,
    minutes_to_the_hour,
    month_first_date,
    names_month,
    range_bounds,
    tally,
    two_digit_decade,
    writes_month_first,
    years_spanned,
)
from newslens.analysis.lexicon import lexicon, word_sections
from newslens.analysis.model import Figure, FigureKind, Qualifier, as_plain
from newslens.analysis.syntax import doc_text, object_of

EXTENSION = "newslens_figures"
# What the whole article's bare "$" and "R" stand for (``LocalMoney`` as a list), set on a doc
# that is one chunk of a long article: the dateline that decides it is in the first chunk only.
LOCAL_MONEY = "newslens_local_money"
# Whether the whole article writes its dates month first (``writes_month_first``), set on a doc
# that is one chunk of a long article: the "9/17/16" that shows it may be in another chunk.
MONTH_FIRST = "newslens_month_first"

_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"}
# Entities whose numbers are part of a name, not a figure.
_NAME_LABELS = {"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PERSON", "GPE"}

_SMALL_NUMBERS = (
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    "twenty",
)
_SMALL_WORDS = rf"(?:{'|'.join(_SMALL_NUMBERS)})"
_MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
    *("October", "November", "December"),
)
_MONTH_NAMES = rf"(?:{'|'.join(_MONTHS)})"
# "3 March", "3rd of March", "March 3rd".
_DAY_OF_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH_NAMES}|{_MONTH_NAMES} \d{{1,2}}(?:st|nd|rd|th)?\b)"
_TIME_UNITS = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade)s?"
# Thousands set apart by commas, or by a no-break or thin space ("19 000", "£1 234"), as SI
# style and many European papers write them: the model reads each group as a number.
# A whole number may end in a fraction set as one character ("2½ miles", "5½ per cent").
_NUM = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)(?:\.\d+)?"
    rf"|\d+(?:\.\d+|{VULGAR_FRACTION})?"
)
# "₹2.36 lakh crore": Indian English stacks two scales, as older British "a thousand million".
# "a $400-million deal": North American papers join a scale to its amount by a hyphen.
# A footnote's mark may follow a scale: "£2.3bn¹".
_SCALE = (
    r"(?:\s?(?:lakh crore|thousand million|trillion|billion|million|thousand|crore|lakh"
    r"|bn|mln|mn|tn|m|k|b)\b|-(?:trillion|billion|million|thousand)\b"
    r"|\s?(?:trillion|billion|million|bn|mn|tn)(?=[¹²³⁴⁵⁶⁷⁸⁹]))?"
)
_DASH = r"\s?(?:-|–|—|to)\s?"
_PERCENT_SIGN = r"(?:%|per\s?cent\b|percent\b)"
_ZONE = r"\s?(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT)\b"
# A clock time with its half of the day or its minutes ("6 a.m.", "5pm", "14:30"), and the hours
# named in words that a range of the day may run from or to.
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)|\d{1,2}:\d{2}\b)"
_NAMED_HOUR = rf"(?:{'|'.join(NAMED_HOURS)})\b"
_HOUR = rf"(?:{_CLOCK}|{_NAMED_HOUR})"
# An hour and the day it falls on: "6pm Friday", "6am on Monday".
_HOUR_OF_A_DAY = rf"{_HOUR}(?: (?:on )?(?:{'|'.join(WEEKDAYS)})\b)?"
_HOURS_DASH = r"\s?(?:-|–|to)\s?"
_PARTS_OF_A_DAY = frozenset(["day", "night", "morning", "afternoon", "evening"])
# The parts of a day a story names after the day: "Monday night", "Sunday morning".
_PARTS_OF_A_DAY_NAMED = _PARTS_OF_A_DAY - {"day"}
# The day a clock time falls on, written after it ("10pm Thursday", "2am Sunday morning") as
# the model's "midnight Sunday" keeps it; not the first day of a span of days ("9am-5pm Monday
# to Friday").
_ON_THE_DAY = (
    rf"(?: (?:{'|'.join(WEEKDAYS)})(?: (?:{'|'.join(sorted(_PARTS_OF_A_DAY_NAMED))}))?\b"
    r"(?!\s?(?:-|–|to|through|until|till)\b))?"
)

# One side of a range, with its own sign or unit: "$20bn", "300°C", "15%", "ten hours".
_BOUND = (
    rf"(?:{CURRENCY_SIGN}\s?|[-−](?=\d))?(?:{_NUM}){_SCALE}"
    rf"(?:\s?{_PERCENT_SIGN}|\s?(?:{UNITS})\b|\s(?:{_TIME_UNITS})\b|(?-i:[CF])\b)?"
)
# A bound of a range opened by "between" or "from", which may also be a day ("January 1").
_RANGE_BOUND = rf"(?:{_BOUND}|{_DAY_OF_MONTH})"


def _opening_with(openings: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern``, behind a look-ahead for ``openings`` (the inside of a character class):
    the characters its matches can open with. The search then passes at one test each place
    that opens with none of them, where the pattern would try its first steps there (a word
    boundary, a look-behind, forty spellings of a currency sign); it finds exactly what
    ``pattern`` finds, at about a third of the cost over an article."""
    return re.compile(rf"(?=[{openings}])(?:{pattern})", flags)


# Each rule that opens on a word (``_opening_on``), and the words it opens with.
_WORD_OPENINGS: dict[re.Pattern[str], tuple[str, ...]] = {}


def _opening_on(words: tuple[str, ...], rule: re.Pattern[str]) -> re.Pattern[str]:
    r"""``rule``, whose matches open at the start of a word (each of its alternatives at a word
    boundary), behind a look-ahead for a number or one of ``words`` there: the starts of the
    words it opens with, each a letter then a pattern, in any case ("every", "thirds?",
    r"a\b"). It finds exactly what ``rule`` finds, and is tried only at those words (see
    ``_rule_candidates``), where a search would try it at every place in the text."""
    opening = re.compile(rf"\b(?=\d|(?i:{'|'.join(words)}))(?:{rule.pattern})", rule.flags)
    _WORD_OPENINGS[opening] = words
    return opening


# "one in five", "three in 10", "eight out of 10", "one of every nine", "1,240 per 100,000": a
# share, when what follows is a population (see _is_share); a rate per 100,000 is the share it
# names, as "one in five" is ("number one in 12 countries" is a place in a ranking).
_SHARE = _opening_on(
    _SMALL_NUMBERS,
    _opening_with(
        r"\dotfsen",
        rf"(?<!number )\b(?:\d+|{_SMALL_WORDS}) (?:(?:in (?:every )?|out of (?:every )?|of every )"
        rf"(?:\d+|{_SMALL_WORDS}|a hundred)"
        # "eight of 10 voters": a share of ten or a hundred; "one of two men" is one of them
        r"|of (?:10|ten|100|a hundred))\b(?![.,]\d)"
        rf"|(?<![£$€.,])\b(?:{_NUM}) per 1(?:00|000|,000|0,000|00,000|,000,000)\b(?![.,]\d)",
        re.I,
    ),
)

# "Q3 2022": a quarter and its year, which the model may take for a name (a product's name
# and year, "Audi Q3 2020", is none: see ``_names_a_thing``).
_QUARTER = _opening_with("Q", r"\bQ[1-4] (?:1[5-9]|20)\d\d\b")
# "the 1990's", "the '90's", "the 90's": a decade written with an apostrophe before its "s",
# which the model reads as the number alone (a count of 90, the year 1990). In four digits only
# after "the": "1990's budget" is the year's. Which two-digit ones are decades
# ``figure_values`` decides, as for "the ’90s" ("her 90's" is an age); the apostrophe in front
# of two digits, which stands for the century, joins the match in ``_rule_candidates``.
_DECADE_WITH_S = _opening_with(
    r"\d",
    r"(?:(?<=the )|(?<=early )|(?<=mid )|(?<=mid-)|(?<=late ))(?:1[5-9]|20)\d0['’]s\b"
    r"|(?<![\w.,-])\d0['’]s\b",
)
# "the under-18s", "over-65s": people of an age named by its bound (see ``_age_group``).
_AGE_GROUP = _opening_with("uoUO", r"\b(?P<bound>under|over)-(?P<age>\d{1,2})s\b", re.IGNORECASE)
# Words after which "number 14", "No 3" or "#1" is a place in a ranking: "the world No 3",
# "world number 14", "ranked number two", "seeded No 1", and an owner, "the nation's No 1
# exporter". After a form of "be" or a move ("fell to", "made it"), a place in words ("fell
# to number five"), the top place ("Safety is number one") or a place in something ("was No 2
# in the charts"), as "The house is No 14" is an address and "went to No 10" Downing Street.
# After a verb of getting there ("went to", "reached", "hit") only the top place, in words or
# digits, is one ("went straight to number one", "hit No 1 in May"), and not before a name
# ("reached No 1 Court"), or a place in the charts or a table ("reached No 3 in the charts"):
# "went to No 10 in July" and "went to Number Ten" are Downing Street.
# Elsewhere "No. 10" and "Number 11 Downing Street" name a thing (see ``_NOT_FIGURES``) and
# "Number two, we must …" lists.
_RANKING_WORDS = ("world", "world's", "world’s", "ranked", "seeded", "rated")
_AFTER_A_RANKING_WORD = "|".join(rf"(?<=\b{word} )" for word in _RANKING_WORDS)
# (not "here's", "it's": "Here's number one: …" lists)
_NOT_OWNERS = ("here", "there", "what", "that", "it", "he", "she", "let", "who", "where")
_AFTER_AN_OWNER = r"(?<=['’]s )" + "".join(rf"(?<!\b{word}['’]s )" for word in _NOT_OWNERS)
_FORMS_OF_BE = (
    *("is", "was", "are", "were", "be", "been", "remains", "remained"),
    *("it's", "it’s", "he's", "he’s", "she's", "she’s", "'re", "’re"),
)
_MOVES = (
    *("rose", "risen", "rises", "fell", "fallen", "falls", "climbed", "climbs", "slipped"),
    *("slips", "dropped", "drops", "jumped", "jumps", "sank", "slid", "slides"),
)
_AFTER_BE_OR_A_MOVE = "|".join(
    [
        rf"(?<=\b{verb} {still})"
        for verb in _FORMS_OF_BE
        for still in ("", "still ", "now ", "again ", "already ", "currently ")
    ]
    + [rf"(?<=\b{verb} to )" for verb in _MOVES]
    + [
        rf"(?<=\b{make} {it} )"
        for make in ("make", "makes", "made", "making")
        for it in ("it", "them")
    ]
)
_REACHES = (
    *("reach", "reaches", "reached", "reaching", "hit", "hits", "hitting"),
    *(
        f"{go} {way}to"
        for go in ("go", "goes", "went", "gone", "going")
        for way in ("", "straight ")
    ),
)
_AFTER_A_REACH = "|".join(rf"(?<=\b{verb} )" for verb in _REACHES)
# What a place is reached in: "reached No 3 in the charts" (not "reached No 10 in 1997")
_RANKINGS = r"(?:(?:singles\s|album\s|official\s)?charts?|rankings?|table|standings|polls?)\b"
_NUMBER_WORDS = rf"(?:\d+|{_SMALL_WORDS}|eleven|twelve)\b"
# Past an owner or "be", "No" only with its capital and before digits: "is no one" is nobody.
_PLACE = rf"(?:(?i:number)\s?(?i:{_NUMBER_WORDS})|(?:No\.?|#)\s?\d+\b)"
_PLACE_IN_WORDS = rf"(?i:number\s{_SMALL_WORDS}|number\s(?:eleven|twelve))\b"
_TOP_PLACE = r"(?:(?i:number)\s?1|(?:No\.?|#)\s?1)\b"
_TOP_PLACE_IN_WORDS = r"(?i:number\sone)\b"
# An owner's place is a rank before what it ranks ("the nation's No 1 exporter"); before a name,
# a verb or a comma it is a shirt's number ("England's No 10 Marcus Smith", "Chelsea's No 9 was
# injured").
_BEFORE_WHAT_IS_RANKED = (
    r"(?=\s+(?!(?:is|was|has|had|will|would|said|says|and|or|but|who|to)\b)[a-z])"
)
_RANK_BY_NUMBER = _opening_with(
    "nN#",
    rf"(?=(?i:number|no)|#)(?:(?i:{_AFTER_A_RANKING_WORD})(?i:(?:number|No\.?|#)\s?{_NUMBER_WORDS})"
    rf"|(?i:{_AFTER_AN_OWNER}){_PLACE}{_BEFORE_WHAT_IS_RANKED}"
    rf"|(?i:{_AFTER_BE_OR_A_MOVE})(?:{_PLACE_IN_WORDS}|{_TOP_PLACE}|{_PLACE}(?=\s+in\b))"
    rf"|(?i:{_AFTER_A_REACH})(?:(?:{_TOP_PLACE_IN_WORDS}|{_TOP_PLACE})(?!\s+[A-Z])"
    rf"|{_PLACE}(?=\s+in\s+the\s+{_RANKINGS})))",
)


def _a_place_in_a_ranking(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a place in a ranking by its number (see above)."""
    place = _RANK_BY_NUMBER.match(text, start)
    return place is not None and place.end() == end


# Rules, most specific first; a later rule never overrides an earlier one's span.
# Each rule is written with the characters its matches open with (see ``_opening_with``); a
# rule whose matches open on a digit is tried at each digit alone (see ``_rule_candidates``),
# and one whose matches open on a word at those words alone (see ``_opening_on``).
# A match of the rules that open on a currency sign, a minus or a "p" has a digit within its
# first few characters (the longest sign with its space is "Rs. ", the longest minus "minus "):
# ``_DIGIT_NEAR`` says so, and those rules are tried only that near a digit. The quantifier is
# possessive, as the first digit ends the run of others anyway.
_DIGIT_REACH = 7
_DIGIT_NEAR = rf"(?=\D{{0,{_DIGIT_REACH}}}+\d)"

# "doubled", "tripling", "a fourfold rise", "three times as many", "twice": a multiple.
_MULTIPLE = _opening_on(
    (
        *("doubl", "tripl", "trebl", "quadrupl", "quintupl", "halv", "twice", "hundred"),
        *("thousand", *_SMALL_NUMBERS),
    ),
    MULTIPLE,
)

_RULES: tuple[tuple[FigureKind, re.Pattern[str]], ...] = (
    (FigureKind.DATE, _opening_with(r"\d", r"\b(?:1[5-9]|20)\d\d-[01]\d-[0-3]\d\b")),
    # "21/03/2024", "3.4.2024", "9/17/16": a date in digits, day and month in an order
    # figure_values._numeric_date settles (``_dates_month_first`` in an American story); a
    # two-digit year only after a slash, as "1.2.10" numbers a section or a version.
    (
        FigureKind.DATE,
        _opening_with(
            r"\d",
            r"\b[0-3]?\d([/.])[0-3]?\d\1(?:(?:1[5-9]|20)\d\d\b|(?<=/)\d\d\b(?![/.,]\d))",
        ),
    ),
    # "FY25-26", "FY2026": a financial year by its initials.
    (FigureKind.DATE, _opening_with("F", r"\bFY\s?(?:20)?\d\d(?:[-–/](?:20)?\d\d)?\b(?![-–/]\d)")),
    (FigureKind.DATE, _QUARTER),
    # "2023-24", "2018/19": a financial year or a season, named by the two years it spans.
    (
        FigureKind.DATE,
        _opening_with(r"\d", r"\b(?:1[5-9]|20)\d\d[-–/](?:(?:1[5-9]|20)\d\d|\d\d)\b(?![-–/]\d)"),
    ),
    (
        FigureKind.DATE,
        _opening_on(
            _MONTHS,
            _opening_with(r"\dJFMASOND", rf"\b{_DAY_OF_MONTH}(?:,? (?:1[5-9]|20)\d\d\b)?"),
        ),
    ),
    (FigureKind.DATE, _DECADE_WITH_S),
    # "between 10 and 20", "from $4.10 to $4.25"; "between January 1 and September 26", a
    # period the model may end at its first day.
    (
        FigureKind.RANGE,
        _opening_on(
            ("between", "from"),
            _opening_with(
                "bf",
                rf"\b(?:between {_RANGE_BOUND} and|from {_RANGE_BOUND} to) {_RANGE_BOUND}"
                # "from midnight to 6 a.m.", "between 9am and 5pm", "from 7:30am until 6:30pm": a
                # span of the day, which the clock rule below would cut to its digits; one over
                # days names them, "from 6pm Friday until midday Saturday"
                rf"|\bbetween {_HOUR_OF_A_DAY} and {_HOUR_OF_A_DAY}"
                rf"|\bfrom {_HOUR_OF_A_DAY} (?:to|until|till) {_HOUR_OF_A_DAY}",
                re.I,
            ),
        ),
    ),
    # "6pm to midnight", "9am-noon", "2pm-6pm"; and from an hour in words, "noon-2pm",
    # "Midnight to 6am" opening a sentence, which the model tags as two times.
    (
        FigureKind.RANGE,
        _opening_with(r"\d", rf"\b{_CLOCK}{_HOURS_DASH}{_HOUR}", re.I),
    ),
    (
        FigureKind.RANGE,
        _opening_on(
            tuple(NAMED_HOURS),
            _opening_with("nmNM", rf"\b{_NAMED_HOUR}{_HOURS_DASH}{_HOUR}", re.I),
        ),
    ),
    (
        FigureKind.RANGE,
        _opening_with(
            rf"\d{CURRENCY_SIGN_OPENINGS}",
            rf"{_DIGIT_NEAR}(?:{CURRENCY_SIGN}\s?)?(?:{_NUM}){_SCALE}(?:(?-i:[CF])(?=\s?(?:-|–)\s?[-−]?\d|\sto\s[-−]?\d))?{_DASH}"
            rf"(?:{CURRENCY_SIGN}\s?)?(?:{_NUM}){_SCALE}"
            rf"(?:\s?{_PERCENT_SIGN}|\s(?:{UNITS}|{_TIME_UNITS})\b|(?-i:[CF])\b)?"
            # "2-1/4 cents" is one price in eighths, not a range from 4 to 3
            r"(?!/\d)",
            re.IGNORECASE,
        ),
    ),
    # After the ranges: a kind ranks at its first rule, and "between 10 and 20 percent" is a range.
    (FigureKind.PERCENT, _SHARE),
    (
        FigureKind.MONEY,
        _opening_with(
            CURRENCY_SIGN_OPENINGS,
            # "$.50": cents written without the nought
            rf"{_DIGIT_NEAR}{CURRENCY_SIGN}\s?(?:{_NUM}|\.\d{{1,2}}\b)(?:{EIGHTHS})?{_SCALE}",
            re.IGNORECASE,
        ),
    ),
    # "212p", "142.9p a litre", "a 20p-a-share dividend": pence, as British papers give share
    # and fuel prices; a video's "1080p" is no price.
    (
        FigureKind.MONEY,
        _opening_with(
            r"\d",
            r"(?<![\w.,£$€-])(?!(?:480|720|1080|1440|2160)p)"
            r"(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?:\.\d+)?p\b(?!-(?!(?:a|an|per)-))",
        ),
    ),
    # "35c a litre", "74c a share": cents, as South African, Australian and Irish papers write
    # them; only in a price per something, as "35c" alone may be a temperature.
    (
        FigureKind.MONEY,
        _opening_with(r"\d", r"(?<![\w.,$-])\d{1,3}(?:\.\d+)?c(?=\s(?:a|an|per|each)\s)"),
    ),
    (
        FigureKind.MONEY,
        _opening_with(
            r"\d",
            rf"(?<![\w.,])(?:{_NUM})(?:{EIGHTHS})?{_SCALE}\s(?:{'|'.join(CURRENCY_WORDS)})\b",
            re.IGNORECASE,
        ),
    ),
    (
        FigureKind.PERCENT,
        _opening_with(
            rf"\dhaq{VULGAR_FRACTION[1:-1]}",
            rf"(?:{_NUM})\s?(?:{_PERCENT_SIGN}|percentage points?\b|pc\b"
            r"|basis points?\b|bps?\b)"
            # "a 25-basis-point cut", "a 0.5-percentage-point rise": joined to the noun
            rf"|(?:{_NUM})-(?:basis|percentage)-points?\b"
            r"|\b(?:half|a quarter|a third) (?:of )?a percentage point\b"
            # "a half-point rise", "a ½-point cut": a share of a point, as in a rate
            rf"|(?:\b(?:half|quarter)|{VULGAR_FRACTION})-(?:percentage-)?point\b",
            re.I,
        ),
    ),
    # "a lap of 1:29.525", "0.179s quicker": a time measured, not a time of day; a clock is
    # never read to a fraction of a second. Nor, in a story, to the second: "won in 2:03:45"
    # (not "at 14:32:05 GMT") is a race's time, and so are minutes past a clock's hours after
    # "in" ("the second half in 61:10"; "split 60:40" is a ratio) and a pace ("2:56 per
    # kilometre").
    (
        FigureKind.QUANTITY,
        _opening_with(
            r"\d.",
            rf"{_DIGIT_NEAR}(?<![\w.,:])(?:(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}}\.\d{{1,3}}|\d*\.\d{{1,3}}s(?:ec)?"
            rf"|(?<!\bat )(?<!\d)[1-9]:[0-5]\d:[0-5]\d(?!\s?[ap]\.?m\b|{_ZONE})"
            r"|(?<=\bin )(?:2[4-9]|[3-9]\d):[0-5]\d|\d{1,2}:[0-5]\d(?= (?:per|a) (?:km|kilomet|mile)))\b",
        ),
    ),
    (
        FigureKind.TIME,
        _opening_with(
            r"\d",
            rf"(?:\b{_CLOCK}"
            # "by 0830 GMT": four digits are a clock time only before a time zone.
            rf"|\b(?:[01]\d|2[0-3])[0-5]\d(?={_ZONE}))"
            # "14:00 GMT", "3pm ET": the zone is part of the time.
            rf"(?:{_ZONE})?{_ON_THE_DAY}",
            re.I,
        ),
    ),
    (
        FigureKind.QUANTITY,
        # "minus 12 degrees Fahrenheit", "a 300-metre sea wall"; a height, "6ft 3in", one figure
        _opening_with(
            r"\dm\-−",
            rf"{_DIGIT_NEAR}(?:minus\s|(?<=[\s(])[-−])?(?<![\w.,])"
            # "2in of rain": inches only glued to the number, as "one in five" is no length
            # "1.79 million sq km": a scale in words may stand before the unit
            rf"(?:{HEIGHT}|(?:{_NUM})(?:\s(?:thousand|million|billion))?"
            rf"(?:[\s-]?(?:{UNITS})|in))(?![\w/])",
        ),
    ),
    # "p<0.001", "P = 0.04": a study's p-value, often taken by the model for a name.
    (FigureKind.QUANTITY, _opening_with("pP", rf"{_DIGIT_NEAR}\b[pP]\s?[<>=≤≥]\s?0?\.\d+\b")),
    # "magnitude 6.8", "a 6.8-magnitude quake": an earthquake's size names its scale.
    (
        FigureKind.QUANTITY,
        _opening_with(
            r"\dm", rf"\bmagnitude[- ](?:of )?(?:{_NUM})|(?:{_NUM})[- ]magnitude\b", re.I
        ),
    ),
    (
        FigureKind.QUANTITY,
        _opening_on(("once", "twice", "thrice", *_SMALL_NUMBERS), RATE),
    ),
    (FigureKind.QUANTITY, _opening_on(("every",), EVERY)),
    (FigureKind.QUANTITY, _opening_on(("under", "over"), _AGE_GROUP)),
    (FigureKind.QUANTITY, _MULTIPLE),
    # "a five-and-a-half-year contract": a duration the model tags as "five" alone; read as
    # a time, as the model's own "two hours" is. The lookahead, as in ``RATE``, names the
    # letters such a number starts with.
    (
        FigureKind.TIME,
        _opening_on(
            (*_SMALL_NUMBERS, "eleven", "twelve"),
            re.compile(
                rf"(?=[\dotfsenOTFSEN])\b(?:\d+|{_SMALL_WORDS}|eleven|twelve)"
                rf"[- ]and[- ]a[- ]half[- ]{_TIME_UNITS}\b",
                re.I,
            ),
        ),
    ),
    # "the first sub-two-hour marathon", "a sub-10-second 100m": a duration "sub-" bounds, at
    # most that long as "under two hours" is (the model tags it a count, or leaves it, glued).
    (
        FigureKind.TIME,
        _opening_on(
            ("sub",),
            _opening_with(
                "sS",
                rf"\bsub-(?:\d+(?:\.\d+)?|{_SMALL_WORDS}|eleven|twelve)[- ]{_TIME_UNITS}\b",
                re.I,
            ),
        ),
    ),
    # "its 500 millionth passenger", "our two hundredth birthday": a number before a scale's
    # ordinal is part of the rank (not "one hundredth of a second", a share); so is the number
    # of tens before an ordinal joined to it, "her twenty-fifth goal" (the model reads a count
    # of twenty; "a thirty-second advert" is a length, left to the model).
    (
        FigureKind.ORDINAL,
        _opening_with(
            r"\d", rf"(?<![\w.,])(?:{_NUM})[- ](?:hundred|thousand|million|billion)th\b", re.I
        ),
    ),
    (
        FigureKind.ORDINAL,
        _opening_on(
            (*_SMALL_NUMBERS, *TENS, "eleven", "twelve"),
            _opening_with(
                "otfsenOTFSEN",
                rf"\b(?:{_SMALL_WORDS}|{'|'.join(TENS)}|eleven|twelve)[- ]"
                r"(?:hundred|thousand|million|billion)th\b(?!\s+of\b)"
                rf"|\b(?:{'|'.join(TENS)})-(?:first|third|fourth|fifth|sixth|seventh|eighth|ninth)\b",
                re.I,
            ),
        ),
    ),
    # "ranked 168th": a rank in digits, which the model often leaves untagged.
    (FigureKind.ORDINAL, _opening_with(r"\d", r"(?<![\w.,])\d+(?:st|nd|rd|th)\b")),
    (FigureKind.ORDINAL, _RANK_BY_NUMBER),
    # "2.5C": a temperature as British papers write it.
    (
        FigureKind.QUANTITY,
        _opening_with(
            # "(-292F)": a minus after the bracket that sets off the other scale
            r"\dm\-−",
            rf"{_DIGIT_NEAR}(?:minus |(?<=[\s(])[-−])?(?<![\w.,])(?:{_NUM})[CF]\b",
        ),
    ),
    # "½ a mile", "¾ of a mile", "½ tsp": a fraction set as one character, of a unit.
    (
        FigureKind.QUANTITY,
        _opening_with(
            VULGAR_FRACTION[1:-1], rf"{VULGAR_FRACTION}(?: of)?(?: an?)? (?:{UNITS})\b(?![\w-])"
        ),
    ),
    # "hundreds of homes", "tens of thousands of people": a count in round terms.
    (
        FigureKind.COUNT,
        _opening_on(
            ("tens", "hundreds", "dozens", "thousands", "millions", "billions"),
            _opening_with(
                "thdmb",
                r"\b(?:tens|hundreds) of (?:thousands|millions|billions)\b"
                r"|\b(?:dozens|hundreds|thousands|millions|billions)(?= of\b)",
                re.I,
            ),
        ),
    ),
    # "a quarter of a million", "half a billion": a share of a scale is a count.
    (
        FigureKind.COUNT,
        _opening_on(
            (r"a\b", "one", "two", "three", "half", "third", "quarter"),
            _opening_with(
                "aothq",
                r"\b(?:(?:a|one|two|three) )?(?:half|thirds?|quarters?) (?:of )?an? "
                r"(?:dozen|hundred|thousand|million|billion|trillion)\b",
                re.I,
            ),
        ),
    ),
    # "¾ of voters": a fraction alone, set as one character, as "three quarters" is.
    (
        FigureKind.COUNT,
        _opening_with(VULGAR_FRACTION[1:-1], rf"(?<![\w.,]){VULGAR_FRACTION}(?!\w)"),
    ),
    # A number glued to letters by a hyphen is a name ("COVID-19", "F-16"), and a number is
    # not cut short at its decimal point ("1.45C" holds no "1"). A number times a power of ten
    # ("3 × 10⁶ cells", "2.5x10^9", "4 × 10⁻³ grams") is one figure, which the model reads as
    # two numbers, or as a name glued to letters.
    (
        FigureKind.COUNT,
        _opening_with(
            r"\d",
            rf"(?<![\w.,])(?<![A-Za-z]-)(?:{SCIENTIFIC}(?:\s(?:{UNITS})\b)?(?![\w/])"
            rf"|(?:{_NUM})(?:{EIGHTHS})?{_SCALE}(?![\w]|[.,]\d))",
        ),
    ),
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
            "a little over",
            "a little more than",
            "slightly more than",
            "at least",
            "upwards of",
            "in excess of",
            "above",
            "no fewer than",
            "no less than",
            "not less than",
            "a minimum of",
            ">",
            "≥",
        ),
    ),
    (
        Qualifier.AT_MOST,
        (
            "less than",
            "fewer than",
            "under",
            "just under",
            "a little under",
            "a little less than",
            "slightly less than",
            "up to",
            "at most",
            "no more than",
            "not more than",
            "below",
            "as many as",
            "as much as",
            "a maximum of",
            "sub-",
            "<",
            "≤",
        ),
    ),
    (
        Qualifier.APPROXIMATELY,
        (
            "nearly",
            "near",
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
# also past the noun a count counts and the period it is by ("15 pupils or fewer", "$48,000 a
# year or less": see ``_bounded_after``); not the start of a phrase of their own ("and up to
# 20", "or more than", "and over the year").
_TRAILING = re.compile(
    r"\s+(?P<phrase>or (?:more|longer|above|over|higher|greater|older|"
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


# "points" right after a number, the unit of an index or a score.
_POINTS_AFTER = re.compile(r"\s+(points)\b")
# "fell 12 points to 7,412.3", "was down 1 point at 4,512", "rose 120 points, or 0.3%, to
# 38,650": the level a change in points reached is in points too.
_LEVEL_AFTER_POINTS = re.compile(
    r"\bpoints?,?\s+(?:or\s+[\d.]+\s?(?:%|per\s?cent|percent),?\s+)?"
    r"(?:to\s+(?:(?:close|end|finish)\s+)?at|to|at)\s+$"
)
# The word after "1.5m", read in place: slicing the text after every figure copies it.
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
# Plural words after "1.5m" that do not make it a count of millions.
_BEFORE_THE_COUNTED = {"more", "fewer", "extra", "additional", "new", "other"}
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
    text = doc_text(doc)
    ents = doc.ents  # built anew on every read
    candidates = _entity_candidates(doc, ents, text) + _rule_candidates(doc)
    given = doc._.get(LOCAL_MONEY)
    money = LocalMoney(*given) if given is not None else LocalMoney.of(text)
    rand = money.rand
    if rand:
        candidates += [
            _Candidate(*m.span(), FigureKind.MONEY.value) for m in _RAND_ANYWHERE.finditer(text)
        ]
    # The model may take a fraction set as one character ("¼") for a name.
    names = [
        (e.start_char, e.end_char)
        for e in ents
        if e.label_ in _NAME_LABELS
        and not _FRACTION_ALONE.fullmatch(text, e.start_char, e.end_char)
    ]
    numbers_not_figures = [
        m.span() for m in _NOT_FIGURES.finditer(text) if not _a_place_in_a_ranking(text, *m.span())
    ]
    figures: list[Figure] = []
    last_end = 0
    for found in _resolve(candidates):
        cand = _past_numbers_not_figures(text, found, numbers_not_figures)
        if cand is None:
            continue
        # "World No 1 Novak Djokovic": a place in a ranking is no name's number, whatever the
        # capitals round it
        ranked = cand.label == FigureKind.ORDINAL.value and _a_place_in_a_ranking(
            text, cand.start, cand.end
        )
        bare = not ranked and cand.label in (
            "CARDINAL",
            FigureKind.COUNT.value,
            FigureKind.ORDINAL.value,
        )
        if bare and (
            any(a <= cand.start and cand.end <= b for a, b in names)
            or _names_a_thing(doc, cand.start, cand.end)
        ):
            continue  # "BBC Radio 4", "Section 230", "Apollo 11": part of a name
        if bare and _names_a_round(doc, cand.start, cand.end):
            continue
        ordinal = cand.label in ("ORDINAL", FigureKind.ORDINAL.value)
        if ordinal and _orders_nothing(doc, cand.start, cand.end):
            continue
        if _in_a_title(doc, text, cand.start, cand.end):
            continue
        start, end = _trim(text, cand.start, cand.end)
        if cand.label in _AMOUNT_LABELS:
            start = _past_lead_words(text, start, end)
        figure = _figure(doc, text, max(start, last_end), end, cand.label, floor=last_end)
        if figure is not None and rand and _in_rand(figure):
            figure = replace(figure, kind=FigureKind.MONEY, unit=_in_currency("ZAR", figure.unit))
        if figure is not None:
            last_end = figure.end
            figures.append(figure)
    figures = _scores_in_series(text, _scores_named(doc, _tallies_in_words(text, figures)))
    figures = _hours_open(doc, text, _times_told_to_the_hour(doc, text, figures))
    figures = _durations_joined(text, _past_periods_of_amounts(text, figures))
    figures = _local_dollars(money.dollar, _units_shared(text, figures))
    figures = _dates_month_first(text, doc._.get(MONTH_FIRST), figures)
    return [f.shifted(offset) if offset else f for f in figures]


_FRACTION_ALONE = re.compile(VULGAR_FRACTION)
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
    ``figure_values.local_dollar`` for when the story says so); "US$" stays the US dollar."""
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
_US_DOLLAR = re.compile(r"\bU\.?S\.?\s?(?:\$|dollars?\b)", re.IGNORECASE)


def _dates_month_first(text: str, story: bool | None, figures: list[Figure]) -> list[Figure]:
    """ "4/5/16" is April 5 in a story that writes its dates the American way (see
    ``figure_values.writes_month_first``), as "9/17/16" or "Sept. 3" show; 4 May elsewhere.
    ``story`` is whether the whole article does, when ``text`` is one chunk of it."""
    month_first = [month_first_date(f.text) if f.kind is FigureKind.DATE else None for f in figures]
    if not any(month_first):
        return figures
    if not (writes_month_first(text) if story is None else story):
        return figures
    return [
        f if value is None else replace(f, value=value)
        for f, value in zip(figures, month_first, strict=True)
    ]


_PER_WHOLE = re.compile(r"\bper (1[\d,]+)$")


def _units_shared(text: str, figures: list[Figure]) -> list[Figure]:
    """ "rose from 4.10 to 4.25 per cent", "cut from 35 to 25 mph": the first of a change
    between two values is written in the second's unit, left out once."""
    out = list(figures)
    for i, (first, second) in enumerate(itertools.pairwise(figures)):
        change = text[first.end : second.start] == " to " and re.search(
            r"\bfrom\s+$", text[max(0, first.start - 6) : first.start], re.IGNORECASE
        )
        bare = first.kind is FigureKind.COUNT and first.unit is None
        if not (change and bare and isinstance(first.value, float)):
            continue
        if second.kind is FigureKind.PERCENT:
            # "from 14.2 to 9.8 per 1,000" is per thousand, as "to 9.8%" is per hundred
            per = _PER_WHOLE.search(second.text)
            whole = 100.0 if per is None else float(per.group(1).replace(",", ""))
            out[i] = replace(first, kind=FigureKind.PERCENT, value=round(first.value / whole, 10))
        elif second.kind in (FigureKind.QUANTITY, FigureKind.COUNT):
            out[i] = replace(first, kind=second.kind, unit=second.unit)  # "from 3 to 4 seats"
    return _compared_counts(text, _changes_by_their_level(text, out))


# "climbed $2.10 to $84.35 a barrel", "fell 3p to 41p a share", "up 40 cents at $3.10 a gallon"
_TO_THE_LEVEL = re.compile(r"\s+(?:to|at)\s+", re.I)


def _changes_by_their_level(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures, an amount of money that changed by the share, the unit or the period of
    the level it changed to (see above): the change of a price per barrel is per barrel."""
    out = list(figures)
    for i, (change, level) in enumerate(itertools.pairwise(figures)):
        if (
            change.kind is level.kind is FigureKind.MONEY
            and change.unit is not None
            and _per(level.unit)[1]
            and _left_out_of(change.unit, level.unit)
            and _TO_THE_LEVEL.fullmatch(text, change.end, level.start)
        ):
            out[i] = replace(change, unit=level.unit)
    return out


# What sets a count against an earlier one in its sentence: "up from", "down from", "against",
# "compared with", "compared to", "bringing the total to".
_COMPARED_WITH = re.compile(
    r"(?:\b(?:up|down|rising|falling)\s+(?:from|with|on)|\bcompared\s+(?:from|with|on|to)"
    r"|\bagainst|\b(?:total|toll|tally)\s+(?:to|of))\s+$",
    re.I,
)
# "rose to 45p from 41p", "fell to 570 homicides from 648", "rose to £95,000 a week from
# £80,000": the value a level was reached from, said right after the level and its own words.
_REACHED = re.compile(r"\bto\s+$", re.I)


def _reached_from(text: str, level: Figure, figure: Figure) -> bool:
    """Whether ``figure`` is the value ``level`` was reached from (see above), not a source
    ("rose to 45p a share paid from £2m of reserves")."""
    if _REACHED.search(text, max(0, level.start - 4), level.start) is None:
        return False
    counted, by = _per(level.unit)
    own_words = rf"(?:\s+{re.escape(counted)})?"
    if by:
        own_words += rf"(?:[\s-]+(?:a|an|per|each)[\s-]+{re.escape(by)})?"
    between = re.fullmatch(rf"{own_words}\s+from\s+", text[level.end : figure.start], re.I)
    return between is not None


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _compared_counts(text: str, figures: list[Figure]) -> list[Figure]:
    """ "1,846 offences, up from 1,619", "5,402 votes, down from 9,870", "gained 64 seats,
    bringing their total to 72": a count set against the sentence's last count of things is a
    count of the same things, their noun left out; and an amount set against the last amount
    by the period, the share or the unit is by it too ("£95,000 a week, up from £80,000",
    "21.3p a share, up from 18.9p", "rose to 45p from 41p" after "per share")."""
    out = list(figures)
    # the sentence's last count of things and last amount by something, so far
    last: dict[FigureKind, Figure] = {}
    for i, figure in enumerate(figures):
        before = last.get(figure.kind)
        if before is not None and _SENTENCE_END.search(text, before.end, figure.start):
            before = None
        compared = before is not None and (
            _COMPARED_WITH.search(text, max(0, figure.start - 15), figure.start)
            or _reached_from(text, before, figure)
        )
        if compared and before is not None and _left_out_of(figure.unit, before.unit):
            out[i] = replace(figure, unit=before.unit)
        elif figure.unit is not None and (
            figure.kind is FigureKind.COUNT
            or (figure.kind is FigureKind.MONEY and " per " in figure.unit)
        ):
            last[figure.kind] = figure
    return out


def _left_out_of(unit: str | None, whole: str | None) -> bool:
    """Whether ``unit`` is ``whole`` with a part left out: no noun at all, or the currency
    without its period or share ("GBP" of "GBP per week")."""
    if unit is None:
        return True
    currency, by = _per(whole)
    return bool(by) and unit == currency


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


def _durations_joined(text: str, figures: list[Figure]) -> list[Figure]:
    """ "three years and two months" is one duration, 38 months, as "two hours and 51 minutes"
    is when the model tags it whole; not "three days and two nights", one stay counted twice."""
    out: list[Figure] = []
    for figure in figures:
        first = out[-1] if out else None
        units = [_time_unit(f) for f in (first, figure)]
        joined = first is not None and text[first.end : figure.start] in (" and ", " & ")
        if first is None or not joined or None in units or units[0] == units[1]:
            out.append(figure)
            continue
        words = text[first.start : figure.end]
        kind, value, unit = interpret(_strip_qualifier(words), FigureKind.TIME.value)
        if kind is FigureKind.QUANTITY and unit is not None and unit.rstrip("s") == units[1]:
            out[-1] = replace(first, end=figure.end, text=words, value=value, unit=unit)
        else:
            out.append(figure)
    return out


def _time_unit(figure: Figure | None) -> str | None:
    """The unit of time a duration counts ("months" → "month"), else None."""
    if figure is None or figure.kind is not FigureKind.QUANTITY or figure.unit is None:
        return None
    unit = figure.unit.rstrip("s")
    return unit if unit in DURATIONS else None


# A police or court reference: "crime reference 4412", "case 2024/113", "quoting log 233",
# "incident 1234 of 5 May" (the day is part of the log's number). After a word that only
# names a reference ("reference", "crime number"; "ref" without its stop may be the referee)
# any number is one; after one that may also open a phrase ("the incident 20 years ago", "in
# case 50 people come", "quoting 12 studies") only a number with a slash, a log's day, or one
# that ends the clause.
_REFERENCE_ONLY = "|".join(
    rf"(?<={re.escape(word)} )"
    for word in (
        "reference",
        "ref.",
        "reference number",
        "reference no.",
        "crime number",
        "case number",
        "incident number",
        "log number",
    )
)
_REFERENCE_OR_PHRASE = "|".join(
    rf"(?<={word} )" for word in ("quoting", "crime", "case", "incident", "log")
)
_REFERENCE = (
    rf"(?i:{_REFERENCE_ONLY})\d+(?:/\d+)*\b"
    rf"|(?i:{_REFERENCE_OR_PHRASE})(?i:(?<!in case ))"
    rf"\d+(?:(?:/\d+)+\b|\b(?=\s*(?:[.,;)]|$))|\s+of\s+{_DAY_OF_MONTH})"
)
# The number of a place on a road or at a station or an airport, or of a bus route, which names
# it: "junction 12", "between junctions 40 and 41", "exit 4", "platform 9", "gates 22-24", "route
# 38"; not "the exit 20 years ago" nor "a gate 3 metres high", a time or a measure after the word.
_WAYPOINT = (
    r"(?=\d)(?i:"
    + "|".join(
        rf"(?<={word} )|(?<={word}s )" for word in ("junction", "exit", "platform", "gate", "route")
    )
    + r")\d{1,3}[A-Za-z]?\b(?:\s*(?:-|–|to|and|or|&)\s*\d{1,3}[A-Za-z]?\b)?"
    rf"(?!\s*(?:%|per\s?cent\b|{_TIME_UNITS}\b|(?:{UNITS})\b))"
)
# "mother-of-two", "a father of three", "grandmother-of-five": a description of someone, like
# "a retired teacher", which a reader checking the story's figures has no cause to stop at;
# "the mother of two of the victims" counts them.
_FAMILY_DESCRIPTION = (
    r"(?i:(?:mother|father|parent|mum|mom|dad)[- ]of[- ]"
    rf"(?:{_SMALL_WORDS}|eleven|twelve|\d{{1,2}})\b"
    r"(?!\s+of\s+(?:the|them|those|these|his|her|their|its|our)\b))"
)
# A speaker counting their points, the count opening its clause and set off from it: "Number
# one, we must …", "And number three: …", "Number two is to cut spending", "Number 2, we …"; not
# "the number one issue", "is still number one" (a rank) or "Number Ten said", "Number 10, which
# …" (Downing Street, a name: in digits, only points one to nine are counted).
_POINT_COUNTED = (
    r"(?:(?<![^\n(\"“‘])|(?<=[.!?;:,-] )|(?<=[.!?,][\"”’] )"
    + "".join(
        rf"|(?<=\b{word} )" for word in ("and", "And", "but", "But", "so", "So", "well", "Well")
    )
    + r")(?i:number\s(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9](?![\d.,]\d)))\b"
    r"(?=\s*(?:[,:;—–]|--|-\s|is\b))"
)
_POINTS_COUNTED = re.compile(_POINT_COUNTED)


def counted_points(text: str) -> list[tuple[int, int]]:
    """Where a speaker counts their points in ``text``: "Number two" of "Number two, we must …"."""
    return [m.span() for m in _POINTS_COUNTED.finditer(text)] if "umber" in text else []


# Numbers that are no figures: telephone numbers ("020 7946 0321", "+44 20 7946 0958",
# "(555) 010-4477"), a number to call ("call 911."), numbers that label a thing rather than
# count it ("No. 10", "Number 11 Downing Street", "grant No. 101076589"), and the points of a
# speaker's list ("Number two, …").
# The look-behinds for a reference's words are tried only at a digit, where a reference's
# number opens: tried at each letter the other numbers' words open with, they cost more than
# all the rest of the search.
_NOT_FIGURES = _opening_with(
    r"+(\dCcDdFfMmRrPpNn#\x1b",
    rf"(?=\d)(?:{_REFERENCE})|{_WAYPOINT}|{_FAMILY_DESCRIPTION}|{_POINT_COUNTED}|"
    r"(?:\+\d{1,3}[\s-]?|\b)(?:\(0?\d{2,5}\)|0\d{2,5})(?:[\s-]\d{2,4}){1,4}\b"
    r"|\+\d{1,3}(?:[\s-]\d{2,4}){2,5}\b"
    # a freephone number: "1800 666 111", "1-800-555-0199", "1300 360 746"
    r"|\b1[-\s]?[38]00(?:[\s-]\d{2,4}){2,3}\b"
    r"|(?:\(\d{3}\)\s?|\b\d{3}[.-])\d{3}[.-]\d{4}\b"
    # "call 999", "ring NHS 111", and whom to call before the number: "call Kent Police on 101",
    # "ring the helpline on 0800 555 111"
    r"|\b(?:[Cc]all|[Dd]ial|[Rr]ing|[Pp]hone)(?:ing|ed|s)?\s+"
    r"(?:[A-Z]{2,}\s+|(?:[\w'’-]+\s+){1,4}on\s+)?"
    r"(?:\d{3,}(?=\s*(?:[.,;)]|$|or\b))|\d{3}\s\d{3}\b|(?:911|999|112|111|000|101|988)\b)"
    # (but a place in a ranking is one: see ``_a_place_in_a_ranking``)
    r"|\b(?:No\.?|Number|#)\s?\d[\d,]*\b"
    # a section of a tax code naming what it governs: "401(k) accounts", "a 501(c)(3) charity",
    # "529 plans" (college savings)
    r"|\b\d+(?:\([a-z0-9]\))+|\b529(?= (?:college )?(?:savings )?(?:plans?|accounts?)\b)"
    # a match report's minute opening a line: "78' Saka is booked", "90+2' GOAL!"
    r"|(?m:^\d{1,3}(?:\+\d{1,2})?['’](?=\s))"
    # a day that names an event or a service, not a date counted ("the 9/11 attacks", "24/7"),
    # and an identifier, which no writer gives as a figure without its thousands marked (a
    # post's "783499116076687360", an account number)
    r"|\b(?:9/11|24/7|\d{12,})\b(?![/.]\d)"
    # a terminal's control sequence left in a pasted log ("ESC[0m", "ESC[1;52m"): its digits
    # set colours, and "0m" is no distance
    r"|\x1b\[[0-?]*[ -/]*[@-~]",
)
# Model labels of amounts, whose span may start with words that are not part of the figure.
_AMOUNT_LABELS = {"MONEY", "CARDINAL", "PERCENT", "QUANTITY"} | {
    kind.value
    for kind in (FigureKind.MONEY, FigureKind.COUNT, FigureKind.PERCENT, FigureKind.QUANTITY)
}
# "minus 12C", "magnitude 6.8", "every 10 days": words in front that belong to the figure.
_LEAD_WORDS = re.compile(
    rf"(?:(?!minus\b|negative\b|magnitude\b|[Ee]very\b|{CURRENCY_SIGN})[A-Za-z]+\s+)+"
    rf"(?=[-−]?(?:\d|{CURRENCY_SIGN}))"
)


# The word that joins a time or a date to the place a numbered name names: "platform 9 at noon".
_JOINED_ON = re.compile(r"\s+(?:at|on|from|by|until|till)\s+(?=\w)", re.IGNORECASE)


def _past_numbers_not_figures(
    text: str, cand: _Candidate, not_figures: list[tuple[int, int]]
) -> _Candidate | None:
    """A candidate with no number in it that is no figure; or, when such numbers open it and
    a time or a date is joined on after them ("platform 9 at noon"), that time or date."""
    inside = [(a, b) for a, b in not_figures if a < cand.end and cand.start < b]
    if not inside:
        return cand
    last = max(b for _, b in inside)
    joined = _JOINED_ON.match(text, last, cand.end)
    if joined is None or cand.label not in ("TIME", "DATE"):
        return None
    return _Candidate(joined.end(), cand.end, cand.label)


def _past_lead_words(text: str, start: int, end: int) -> int:
    """Where an amount starts past words the model took in ("a record $24.2bn" → "$24.2bn").

    A word that bounds the figure ("nearly", "an estimated") is found again in front of it.
    """
    lead = _LEAD_WORDS.match(text, start, end)
    # "three in 10": a number word in front is part of the figure.
    if lead is None or any(
        w in SCALES or w in FRACTIONS or w in UNITS_SMALL for w in lead.group().lower().split()
    ):
        return start
    return lead.end()


def _names_a_day(word: Token) -> bool:
    return word.lower_.rstrip(".") in MONTHS or word.lower_ in WEEKDAYS


def _names_a_thing(doc: Doc, start: int, end: int) -> bool:
    """Whether a bare number is part of a name: "FTSE 100", "Windows 10", "the 737 MAX"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or "," in span.text:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    # A number spelled in lower case names nothing ("leaves Rovers eight points behind"); in a
    # name it is capitalised, as in "Ocean's Eleven".
    named_before = (
        before is not None
        and not span.text.islower()
        and before.pos_ == "PROPN"
        and any(c.isupper() for c in before.text)  # "iPhone 16", "eBay 2"
        and not _names_a_day(before)
    )
    # "the 737 MAX"; but a place in capitals ("40 UK stores") or a number in lower-case words
    # ("two BBC reporters") counts the noun after them, as "its three factories" does.
    capitals_after = (
        after is not None
        and after.is_alpha
        and after.is_upper
        and len(after) > 1
        and not re.fullmatch(UNITS, after.text)
        and after.ent_type_ not in ("GPE", "NORP")
        and not span.text.islower()
    )
    # "Ocean's 11", "Ocean's Eight": a number a name owns, that counts no noun after it, is
    # the name's title ("Britain's 12 biggest banks" count banks).
    owned = (
        not span.text.islower()
        and span[-1].dep_ != "nummod"
        and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" and c.text[0].isupper()
            for c in span[-1].children
        )
    )
    # "5G", "3D": a capital glued to a number names a technology or a format.
    glued_capital = (
        after is not None
        and not span[-1].whitespace_
        and len(after) == 1
        and after.is_alpha
        and after.is_upper
    )
    return (
        named_before
        or capitals_after
        or owned
        or glued_capital
        or _labels_a_noun(span, before, after)
    )


def _labels_a_noun(span: Span, before: Token | None, after: Token | None) -> bool:
    """Whether a number labels the capitalised noun it belongs to rather than counting it:
    "Flight 370", "Room 101", "the 737 Max" (no count of more than one is singular); "12 Labour
    MPs", "737 planes" and "six Orthodox" (a faith's members, a singular form) count."""
    number = span[-1]
    if not number.is_digit:
        return False
    labelled = [
        word
        for word in (before, after)
        if word is not None and number.head == word and word.is_title and not _names_a_day(word)
    ]
    return any(
        word.tag_ == "NN" if word is before else word.tag_ == "NNP" and word.ent_type_ != "NORP"
        for word in labelled
    )


# A rank in digits ending a figure's words ("13th", "the documentary 13th" as the model tags it).
_DIGIT_ORDINAL_END = re.compile(r"\b\d+(?:st|nd|rd|th)$")


def _in_a_title(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a figure's number is in a title: after a capital "The" inside a sentence ("a fan
    of The 411", "tickets for The 1975"; not "Of The 100 richest people"), or a digit ordinal
    after a noun for what it names ("the documentary 13th"; "a record 13th" ranks)."""
    titled = start >= 4 and text.startswith("The ", start - 4)
    if not titled and _DIGIT_ORDINAL_END.search(text, start, end) is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if titled:
        the = doc[span.start - 1]
        # "Of The 100 richest people": a number counting the word in lower case after it
        # counts, whatever the case of "The"; a title's words are capitalised ("The 39 Steps").
        counted = _counted_noun(doc, start, end)
        if counted is not None and counted.islower():
            return False
        return the.i > 0 and doc[the.i - 1].is_alpha and not _in_title_case(text, the)
    ordinal = span[-1]
    before = doc[ordinal.i - 1] if ordinal.i > 0 else None
    return (
        before is not None
        and before.i > 0
        and before.head == ordinal
        and before.dep_ == "compound"
        and before.tag_ == "NN"
        and before.lower_ != "record"
        and doc[before.i - 1].lower_ not in ("a", "an")
    )


def _in_title_case(text: str, token: Token) -> bool:
    """Whether the words of ``token``'s sentence on its line are in title case, as a headline's
    are ("Why The 12 Victims Matter"), where a capital "The" names no title: none of their
    words of four letters or more but a preposition, a conjunction or an article is in lower
    case. The line, as the parser may run a headline into the paragraph under it."""
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    line_end = len(text) if line_end == -1 else line_end
    return not any(
        line_start <= t.idx < line_end
        and t.is_lower
        and len(t) > 3
        and t.pos_ not in ("ADP", "CCONJ", "SCONJ", "DET")
        for t in token.sent
    )


# The rounds of a knockout tournament named by how many are left: "the last 16", "the last
# eight".
_ROUND_SIZES = {"eight", "16", "sixteen", "32", "64"}


def _orders_nothing(doc: Doc, start: int, end: int) -> bool:
    """Whether an ordinal word is an adverb that ranks nothing: "at first", "first of all",
    "City were second best", "put the patient first"; "finished first", "came in second",
    "fourth in income growth" and "the second-largest economy" rank."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ != "ADV" or not span[0].is_alpha:
        return False
    word = span[0]
    # "the second-largest economy", "Britain's second-biggest bank", "the historic first": what
    # opens a noun phrase before it makes the ordinal a rank, whatever the parse calls it.
    before = doc[word.i - 1] if word.i > 0 else None
    if before is not None and (before.pos_ in ("DET", "ADJ") or before.dep_ in ("poss", "case")):
        return False
    head = word.head
    if head.tag_ == "JJS":
        return True  # "City were second best"
    # "fourth in income growth", "first among equals": where it ranks follows.
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is not None and after.lower_ in ("in", "among"):
        return False
    # A place in a race or a table follows its verb, a particle between at most.
    between = doc[head.i + 1 : word.i]
    verb = head.pos_ in ("VERB", "AUX") and head.i < word.i
    return not (verb and all(t.dep_ == "prt" for t in between))


def _names_a_round(doc: Doc, start: int, end: int) -> bool:
    """Whether a bare number names a round of a tournament ("reached the last 16", "out in
    the last eight"), not a count ("the last eight years"; "a last 16 tie" is the round's)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.start < 2 or span[0].lower_ not in _ROUND_SIZES:
        return False
    if [t.lower_ for t in doc[span.start - 2 : span.start]] != ["the", "last"]:
        return False
    return _counted_noun(doc, start, end) is None or span[0].head.tag_ == "NN"


def _entity_candidates(doc: Doc, ents: Sequence[Span], text: str) -> list[_Candidate]:
    """Figures the model's entities give; ``ents`` and ``text`` are ``doc.ents`` and
    ``doc.text``, read once."""
    out = []
    for ent in ents:
        if ent.label_ not in _LABELS:
            continue
        ent = _past_a_verb(_before_a_break(doc, ent))
        if ent.label_ == "TIME" and _a_day_by_its_part(ent):
            ent = Span(doc, ent.start, ent.end, label="DATE")
        elif ent.label_ == "DATE" and ent[0].lower_ in NAMED_HOURS:
            ent = Span(doc, ent.start, ent.end, label="TIME")  # "midnight Friday" is 00:00
        if (ent.label_ == "ORDINAL" and _a_second_of_time(doc, ent)) or (
            ent.label_ == "TIME" and _a_moment_without_its_a(doc, ent)
        ):
            ent = Span(doc, ent.start - 1, ent.end, label="TIME")
        if ent.label_ == "TIME" and _a_figure_of_speech(doc, ent):
            continue
        # "two 48-hour strikes": a count of things, each measured by the number hyphened to a
        # unit after it, not one figure of 50 hours.
        if len(ent) > 3 and _is_bare_number(ent[0]) and ent[1].like_num and ent[2].text == "-":
            out.append(_Candidate(ent[0].idx, ent[0].idx + len(ent[0]), "CARDINAL"))
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        words = [t.lower_ for t in ent]
        has_number = any(
            t.like_num or t.lower_ in UNITS_SMALL or t.lower_ in ("a", "an") for t in ent
        )
        # "Up to" alone is a qualifier the model took for a number; "one of the legionnaires"
        # is a pronoun, not a figure.
        if (
            ent.label_ == "CARDINAL"
            and not any(t.like_num for t in ent)
            and not any(w in SCALES or w in FRACTIONS for w in words)
        ):
            continue
        if ent.label_ == "CARDINAL" and _after_number(doc, ent):
            # "the number one issue", "Number one on the list is …": a rank at most
            place = _place_by_number(doc, ent, text)
            if place is not None:
                out.append(_Candidate(place.start_char, place.end_char, "ORDINAL"))
            continue
        if words == ["one"] and not _counts_one(doc, ent[0]):
            continue
        if _means_some_day(doc, ent):
            continue
        if ent.label_ == "DATE" and not _is_specific_date(words, has_number):
            continue
        counted = _count_in_date(ent) if ent.label_ == "DATE" else None
        if counted is not None:
            out.append(_Candidate(counted.idx, counted.idx + len(counted), "CARDINAL"))
            continue
        # "two others aged 17 and 18", "pupils aged 15, 16 and 17": a list of bare numbers
        # names no date, but a number each, here an age.
        listed = _listed_numbers(ent) if ent.label_ == "DATE" else []
        if listed:
            out += [_Candidate(t.idx, t.idx + len(t), "CARDINAL") for t in listed]
            continue
        # "on March 14 and March 21": two days, each a date of its own.
        joint = _joint_of_two_days(doc, ent) if ent.label_ == "DATE" else None
        if joint is not None:
            out.append(_Candidate(ent.start_char, doc[joint - 1].idx + len(doc[joint - 1]), "DATE"))
            out.append(_Candidate(doc[joint + 1].idx, ent.end_char, "DATE"))
            continue
        # "half-time", "quarter-final": a fraction that begins a compound word measures nothing.
        hyphened = re.match(r"-(?!an?\b)[a-z]", text[ent.end_char : ent.end_char + 3])
        if len(ent) == 1 and words[0] in FRACTIONS and hyphened:
            continue
        if ent.label_ == "DATE" and _names_a_reporting_half(doc, ent, words):
            continue
        if len(ent) == 1 and words[0] in FRACTIONS and _shaped_in(doc, ent[0]):
            continue
        if len(ent) == 1 and _names_a_kind(doc, ent.end):
            continue
        # "first-time buyers", "second-hand cars": an ordinal fixed in a compound names a kind,
        # not a rank ("the second-largest city", "a third-term mayor" still rank).
        compound = _ORDINAL_COMPOUND.match(text, ent.end_char)
        if ent.label_ == "ORDINAL" and len(ent) == 1 and compound is not None:
            continue
        # "11 shifts a month": a rate's "a month" is not a figure of its own; "by a quarter"
        # and "a quarter of the seats" are shares ("a day of heavy rain" is none).
        share = words[-1] in FRACTIONS and (
            (ent.start > 0 and doc[ent.start - 1].lower_ == "by")
            or (ent.end < len(doc) and doc[ent.end].lower_ == "of")
        )
        # "within an hour" and "for a day" are lengths of one.
        rate = len(words) == 2 and words[0] in ("a", "an", "per", "each")
        rate = rate and not _a_length(doc, ent) and not _a_moment_measured(doc, ent)
        if ent.label_ == "DATE" and rate and not share:
            continue
        if len(ent) == 1 and words[0] == "quarter" and not share and _a_period_described(ent[0]):
            continue  # "its best quarter yet", "a strong quarter": a company's, no share
        # "drop-off hours", "before noon", "Sunday night": times without a number are vague.
        if ent.label_ == "TIME" and (rate or not any(_counts_a_time(t) for t in ent)):
            continue
        # "the 13 weeks to September 28", "the year to June", "the 36 hours to 9am": a period
        # and the date or time it ends, not a range from 13 to 28; the period is a figure when
        # it has a number.
        to = next((t.i for t in ent[1:-1] if t.lower_ == "to"), None)
        if (
            to is not None
            and ent.label_ in ("DATE", "TIME")
            and doc[to - 1].lower_.rstrip("s") in DURATIONS
        ):
            numbers = [t for t in doc[ent.start : to - 1] if t.like_num or t.lower_ in UNITS_SMALL]
            if numbers:
                out.append(_Candidate(numbers[0].idx, doc[to - 1].idx + len(doc[to - 1]), "DATE"))
            out.append(_Candidate(doc[to + 1].idx, ent.end_char, ent.label_))
            continue
        # "gone up from ₹60 to ₹80": a change, the old value and the new, two figures; so is
        # "leads by 46 percent to 42 percent", two shares each with its sign, not a range.
        amounts = ent.label_ in ("MONEY", "PERCENT")
        if to is not None and (
            _changed_from(doc, ent.start_char, ent.text) or (amounts and _two_amounts(ent.text))
        ):
            out.append(_Candidate(ent.start_char, doc[to - 1].idx + len(doc[to - 1]), ent.label_))
            out.append(_Candidate(doc[to + 1].idx, ent.end_char, ent.label_))
            continue
        # "18 weeks & counting", "a year and three days": the model's entity may end on the
        # word joining it to what follows.
        last = ent.end
        while last > ent.start + 1 and _is_dangling(doc[last - 1]):
            last -= 1
        end = doc[last - 1].idx + len(doc[last - 1])
        # "Late Saturday night", "on Friday afternoon": the model may leave the part of the day
        # out of the day's date; the words keep it, as they do "late Monday night".
        part = doc[last] if last == ent.end and last < len(doc) else None
        if (
            ent.label_ == "DATE"
            and part is not None
            and part.lower_ in _PARTS_OF_A_DAY_NAMED
            and doc[last - 1].lower_ in WEEKDAYS
        ):
            end = part.idx + len(part)
        # "the first time": the ordinal and what it orders are one phrase.
        if (
            ent.label_ == "ORDINAL"
            and ent.end < len(doc)
            and doc[ent.end].lower_ in ("time", "times")
        ):
            end = doc[ent.end].idx + len(doc[ent.end])
        out.append(_Candidate(ent.start_char, end, ent.label_))
    return out


def _a_day_by_its_part(ent: Span) -> bool:
    """Whether the model's time with no hour names a day and its part ("late Monday night",
    "early Sunday morning", "Saturday night"): the day's date, as "early Monday" is; not a
    day that recurs ("on Sunday nights")."""
    return (
        not any(_counts_a_time(t) for t in ent)
        and any(t.lower_ in WEEKDAYS for t in ent)
        and ent[-1].tag_ != "NNS"
    )


def _after_number(doc: Doc, ent: Span) -> bool:
    """Whether the model's cardinal is a number in words after "number" ("number one",
    "Number two"), a place or a speaker's point, never a count ("Number Ten" is a name)."""
    last = ent[-1]
    before = doc[last.i - 1] if last.i > 0 else None
    return before is not None and before.lower_ == "number" and last.is_alpha and last.is_lower


# What a place by its number is first on: "number one on the list", "number two in the charts".
_RANKED_ON = re.compile(
    r"\s+(?:on|in|at\s+the\s+top\s+of)\s+(?:the|my|our|his|her|their|its|this)\s+"
    r"(?:list|agenda|charts?|rankings?|table|standings|polls?)\b",
    re.IGNORECASE,
)
# Things named by a number after "number": "the number seven shirt", "the number 12 bus".
_NUMBERED_THINGS = frozenset(["shirt", "jersey", "bus"])


def _place_by_number(doc: Doc, ent: Span, text: str) -> Span | None:
    """ "number one" and its number as a place, when it ranks the noun after it ("the number
    one issue", "our number two priority") or is first on a list ("Number one on the list
    is …"); else none ("Well, number one on trade, …" is a speaker's point)."""
    last = ent[-1]
    place = doc[last.i - 1 : last.i + 1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "NOUN":
        ranked = after.lower_ not in _NUMBERED_THINGS
    else:
        ranked = _RANKED_ON.match(text, place.end_char) is not None
    return place if ranked else None


def _a_second_of_time(doc: Doc, ent: Span) -> bool:
    """Whether the model's ordinal "second" is the unit of time of "a second" ("wait a
    second", "back in a second", "finished a second behind", "a second quicker"), ranking no
    noun ("a second term", "a second left-back", "a second larger study")."""
    if not (
        len(ent) == 1
        and ent[0].lower_ == "second"
        and ent.start > 0
        and doc[ent.start - 1].lower_ == "a"
    ):
        return False
    return ent[0].dep_ in ("pobj", "npadvmod") or _measures(doc, ent.end)


def _a_moment_without_its_a(doc: Doc, ent: Span) -> bool:
    """Whether the model's time is a short length's unit alone, its "a" left out ("a minute's
    silence" tagged "minute")."""
    return (
        len(ent) == 1
        and ent[0].lower_ in _MOMENTS
        and ent.start > 0
        and doc[ent.start - 1].lower_ in ("a", "an")
    )


# Lengths that speech gives for a short while, with "a" and no number: "just a minute", "wait
# a second", "in a minute", "a moment".
_MOMENTS = frozenset(["second", "minute", "moment", "sec"])
_MERELY = frozenset(["just", "only"])
# Words that measure "a minute" after all: "a minute later", "a minute's silence", "a second
# behind the winner", "within a minute", "less than a minute", "about a minute".
_MEASURED_AFTER = frozenset(
    [
        *("later", "earlier", "after", "before", "into", "left", "remaining", "behind", "ahead"),
        *("clear", "ago", "long", "of", "'s", "’s"),
    ]
)
_MEASURED_BEFORE = frozenset(["within", "inside", "than", "by"])


def _a_figure_of_speech(doc: Doc, ent: Span) -> bool:
    """Whether a time is a short while told as "a second", "a minute" or "a moment" (after
    "just" or "only" too), no length a reader could check, unless words round it measure it."""
    words = ent[1:] if ent[0].lower_ in _MERELY else ent
    return _told_with_a(words) and not _measured(doc, ent)


def _a_moment_measured(doc: Doc, ent: Span) -> bool:
    """Whether "a second", "a minute" is a length the words round it measure ("a second
    behind the winner", "a minute's silence"), no rate's period ("£2 a minute")."""
    return _told_with_a(ent) and _measured(doc, ent)


def _told_with_a(words: Span) -> bool:
    return len(words) == 2 and words[0].lower_ in ("a", "an") and words[1].lower_ in _MOMENTS


def _measured(doc: Doc, ent: Span) -> bool:
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return _measures(doc, ent.end) or before in _MEASURED_BEFORE or before in _QUALIFIER_OF


def _measures(doc: Doc, i: int) -> bool:
    """Whether the word at ``i``, after "a second" or "a minute", measures it: "a second
    behind", "a minute's silence", "a second quicker"; not what a rank orders ("a second
    left-back", "a second larger study", "a second more powerful blast")."""
    if i >= len(doc):
        return False
    after = doc[i]
    past = doc[i + 1] if i + 1 < len(doc) else None
    if past is not None and past.text in _DASHES:
        return False
    if after.tag_ in ("JJR", "RBR") and after.lower_ not in ("more", "less"):
        return past is None or past.pos_ != "NOUN"
    return after.lower_ in _MEASURED_AFTER


def _a_period_described(word: Token) -> bool:
    """Whether "quarter" is described as a company's or a campaign's period is, by whose
    it is or how it went: "its best quarter", "the firm's strongest quarter", "a record
    quarter"; not "a quarter", "one quarter", "by a quarter"."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return before is not None and (
        before.tag_ in ("PRP$", "POS", "JJ", "JJR", "JJS") or before.lower_ == "record"
    )


_ORDINAL_COMPOUND = re.compile(
    r"-(?:time|hand|party|class|rate|person|born|guess|aid|degree|string)\b", re.IGNORECASE
)
# Words before a number that the model takes into a date although no time is named: "their last
# 12 Test matches" counts matches.
_SERIES_WORDS = {"the", "last", "past", "next", "first", "previous", "final"}
# Words after a number that open a time phrase of their own: "up from 61 the year before".
_TIME_PHRASE_OPENERS = {"the", "a", "an", "this", "last", "next"}


def _count_in_date(ent: Span) -> Token | None:
    """The bare number a date entity wrongly holds, when its other words name no date: "61
    the year before", "the last 12"; and "Maroon 5", a name the model may take for a date,
    whose number ``_names_a_thing`` then finds in a name."""
    if len(ent) < 2:
        return None
    first, second, last = ent[0], ent[1], ent[-1]
    if _is_bare_number(first) and second.lower_ in _TIME_PHRASE_OPENERS:
        return first
    if _is_bare_number(last) and all(t.lower_ in _SERIES_WORDS for t in ent[:-1]):
        return last
    named = len(ent) == 2 and first.pos_ == "PROPN" and first.is_title
    if named and _is_bare_number(last) and not _names_a_day(first):
        return last
    return None


def _listed_numbers(ent: Span) -> list[Token]:
    """The numbers of an entity that only lists bare numbers, two or more, between commas, "and"
    or "or" ("17 and 18", "15, 16 and" as the model may end one); else none."""
    numbers = [t for t in ent if _is_bare_number(t)]
    joints = [t for t in ent if t.lower_ in (",", "and", "or")]
    return numbers if len(numbers) > 1 and len(numbers) + len(joints) == len(ent) else []


def _joint_of_two_days(doc: Doc, ent: Span) -> int | None:
    """Where "and" or "or" joins two days in a date entity, each with its month (or weekday) and
    number ("March 14 and March 21", "3 May or 10 May"); not in a range ("between 3 May and 10 May")."""
    joints = [t.i for t in ent[1:-1] if t.lower_ in ("and", "or")]
    if len(joints) != 1 or (ent.start > 0 and doc[ent.start - 1].lower_ == "between"):
        return None
    sides = (doc[ent.start : joints[0]], doc[joints[0] + 1 : ent.end])
    named = all(any(map(_names_a_day, side)) and any(t.like_num for t in side) for side in sides)
    return joints[0] if named else None


def _is_bare_number(token: Token) -> bool:
    # Four digits without a comma are a year.
    return bool(re.fullmatch(r"\d{1,3}(?:,\d{3})*", token.text)) or token.lower_ in UNITS_SMALL


def _is_dangling(token: Token) -> bool:
    return token.lower_ in ("and", "or", "&", "but", "to") or (
        token.is_punct and token.text not in ("%", "'", "’", ")")
    )


def _before_a_break(doc: Doc, ent: Span) -> Span:
    """The entity up to a dash that breaks the sentence, which the model may run a date over
    ("last month - a 20% rise", "this year — the first"); a dash between two values stays
    ("March - April", "6 - 4")."""
    for dash in ent[1:]:
        spaced = doc[dash.i - 1].whitespace_ and dash.whitespace_
        if dash.text not in _DASHES or not (spaced or dash.text == "—"):
            continue
        if not any(_is_a_value(t) for t in doc[dash.i + 1 : ent.end]):
            return Span(doc, ent.start, dash.i, label=ent.label_)
    return ent


_DASHES = ("-", "–", "—", "--")


def _past_a_verb(ent: Span) -> Span:
    """The entity without a verb the model took into it: "expected to last eight years" is
    eight years, "last" no word of a date ("the last eight years" is one)."""
    if len(ent) > 1 and ent[0].tag_ in ("VB", "VBP", "VBZ", "VBD") and ent[1].like_num:
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def _is_a_value(token: Token) -> bool:
    """Whether a word is, or names, a value: a number, a month, a day, a name ("Easter")."""
    word = token.lower_
    return (
        token.like_num
        or token.pos_ == "PROPN"
        or word.rstrip(".") in MONTHS
        or word in WEEKDAYS
        or word in NAMED_HOURS
    )


# Verbs (lemmas) of giving a thing a shape: "folds in half", "snapped in half" tell how, not
# how much ("cut spending in half" still halves it).
_SHAPING = frozenset(["fold", "bend", "snap", "tear", "rip", "break", "crack", "saw"])


def _shaped_in(doc: Doc, fraction: Token) -> bool:
    """Whether a fraction is the shape a thing is given: "folds in half"."""
    before = doc[fraction.i - 1] if fraction.i > 0 else None
    return (
        before is not None
        and before.lower_ == "in"
        and fraction.head.i == before.i
        and before.head.lemma_.lower() in _SHAPING
    )


# Nouns that a number joined to another noun names a kind of: "the two-party system", "a
# one-party state", "the two-state solution", "a two-horse race" count no parties or horses.
_KINDS_BY_NUMBER = frozenset(["system", "state", "solution", "race"])


def _names_a_kind(doc: Doc, end: int) -> bool:
    """Whether the number ending at token ``end`` is hyphened to a noun that, with the noun
    after it, names a kind of thing: "two-party system"."""
    return (
        end + 2 < len(doc)
        and doc[end].text in ("-", "‐")
        and doc[end + 1].pos_ == "NOUN"
        and doc[end + 2].lemma_.lower() in _KINDS_BY_NUMBER
    )


def _names_a_reporting_half(doc: Doc, ent: Span, words: list[str]) -> bool:
    """Whether a date names the half of a year (or of a match) something belongs to, no more a
    figure than "full-year" is: "half-year results", "first-half profits", "a second-half
    goal"; "a half-year delay" lasts six months."""
    half = [w for w in words if w not in ("the", "-")]
    if half in (["first", "half"], ["second", "half"]):
        return True
    counted = ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an")
    return half in (["half", "year"], ["half", "yearly"]) and not counted


# Words a hyphen joins to "one" in an adjective that names a kind, not a count.
_KINDS_AFTER_ONE = {"on", "off", "time", "way", "sided", "stop"}


def _counts_one(doc: Doc, one: Token) -> bool:
    """Whether "one" counts: "one person died", "finished one short of the record"; not "the
    one man who matters" (the only one), "said one woman" (someone unnamed), the pronoun of
    "one of them", "one way or the other", "one-on-one", a kind named with a hyphen ("a
    one-off payment", "a one-way ticket"), nor the first number of a fraction the model cut
    ("one-twelfth")."""
    after = doc[one.i + 1 : one.i + 3]
    glued = len(after) == 2 and after[0].text == "-" and not one.whitespace_
    if [t.lower_ for t in after] == ["way", "or"] or (
        glued and (after[1].like_num or after[1].lower_ in _KINDS_AFTER_ONE)
    ):
        return False
    if any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in one.children):
        return True  # how far short: "one short", "one shy of"
    if _one_against_another(one):
        return False
    return (
        one.dep_ == "nummod"
        and not (one.i > 0 and doc[one.i - 1].lower_ == "the")
        and not _picks_out_a_speaker(one)
    )


# Words that set "another" against a "one" before it: "one way or another", "from one town to
# another", "pit one group against another", "one crisis after another".
_SET_AGAINST = frozenset(["or", "to", "against", "after"])


def _one_against_another(one: Token) -> bool:
    """Whether "one" is set against "another" or "the other" after it, any one of many rather
    than a count: "from one town to another", "one side or the other"; "one man died and another
    was hurt" counts."""
    doc = one.doc
    for t in doc[one.i + 1 : one.sent.end]:
        if t.lower_ not in ("another", "other") or t.dep_ in ("det", "amod"):
            continue  # "to another town" names a second thing
        before = doc[t.i - 1]
        if t.lower_ == "other":
            if before.lower_ != "the" or t.i - 2 <= one.i:
                continue
            before = doc[t.i - 2]
        if before.lower_ in _SET_AGAINST:
            return True
    return False


def _picks_out_a_speaker(one: Token) -> bool:
    """Whether "one" picks out someone unnamed whose words are reported ("said one woman",
    "one resident told the BBC") rather than saying how many: the noun it goes with is the
    subject of a reporting verb; "only one voter said yes" still counts."""
    speaker = one.head
    return (
        speaker.tag_ == "NN"
        and speaker.dep_ == "nsubj"
        and speaker.head.lemma_.lower() in lexicon()
        and not any(c.dep_ == "advmod" for c in one.children)
    )


def _a_length(doc: Doc, ent: Span) -> bool:
    """Whether "a day", "an hour" is a length of time, after a word that measures it ("for a
    day", "within an hour", "lasted an hour", "under an hour"), not the period of a rate
    ("3,000 passengers an hour", "£130m a year")."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    return (
        ent[0].lower_ in ("a", "an")
        and ent[-1].lower_ in DURATIONS
        and before is not None
        and (
            before.lower_ in _MEASURING_A_LENGTH
            or before.pos_ == "VERB"
            or before.lower_ in _QUALIFIER_OF
        )
    )


# Prepositions before "a day" that measure it ("for a day", "delayed by a day"); "on a day rich
# in symbolism" is some day.
_MEASURING_A_LENGTH = {"for", "within", "in", "after", "than", "by"}


def _counts_a_time(token: Token) -> bool:
    return token.like_num or token.lower_ in NAMED_HOURS or token.lower_ in ("a", "an")


# Verbs (lemmas) whose "one day" is how long something goes on: "lasted one day", "spent one
# night in a cell", "could take one day".
_LENGTH_VERBS = {"last", "take", "spend", "stay", "wait", "remain", "need", "serve", "lose", "miss"}
# Words after "one day" that measure from it ("one day later", "one day of trade", "one day a
# week"), and those that place it in a period ("one day last week").
_AFTER_A_LENGTH = {"later", "earlier", "after", "before", "ago", "long", "of", "a", "per", "more"}
_AFTER_SOME_DAY = {"last", "this", "next", "that"}


def _means_some_day(doc: Doc, ent: Span) -> bool:
    """Whether "one day" (or "one night", "one morning") means some day, a time the story leaves
    untold rather than a length: "One day, she hopes…", "will one day lead the party", "struck
    one day last week"; "lasted one day", "for one day", "one day later" and "a one-day strike"
    are lengths."""
    if len(ent) > 2 and all(t.pos_ in ("ADP", "ADV") for t in ent[:-2]):
        ent = ent[-2:]  # "never about one afternoon": the model took in the word before
    if len(ent) != 2 or ent[0].lower_ != "one" or ent[1].lower_ not in _PARTS_OF_A_DAY:
        return False
    noun = ent[1]
    if noun.lower_ not in DURATIONS:
        return True  # "one morning" measures nothing
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and before.tag_ in ("MD", "TO"):
        return True  # "will one day", "hopes to one day"
    if after is not None and after.lower_ in _AFTER_SOME_DAY:
        return True
    if after is not None and after.lower_ in _AFTER_A_LENGTH:
        return False
    if before is not None and (before.pos_ == "ADP" or before.lower_ in ("just", "only", "than")):
        return False
    return noun.dep_ == "npadvmod" and noun.head.lemma_ not in _LENGTH_VERBS


def _is_specific_date(words: list[str], has_number: bool) -> bool:
    # "the coming days", "today", "recent years" are too vague to be a figure.
    return (
        has_number
        or any(re.fullmatch(r"['’]?\d\ds|\d{4}s|(?:early|mid|late)-\d{4}s?", w) for w in words)
        or any(w.rstrip(".") in MONTHS or w in WEEKDAYS for w in words)
        or any(w in FRACTIONS for w in words)
    )


# The rules whose matches open on a digit, and those with a digit near their start: an article
# holds a few dozen digits in thousands of characters, so these are tried at the few places
# they can match (``_matches_at``) instead of searched for through the whole text.
_OPENING_ON_A_DIGIT = frozenset(p for _, p in _RULES if p.pattern.startswith(r"(?=[\d])"))
_OPENING_NEAR_A_DIGIT = frozenset(p for _, p in _RULES if _DIGIT_NEAR in p.pattern)
_DIGIT = re.compile(r"\d")
# Where the rules that open on a word are tried: at each word any of them opens with, its first
# letter tested first.
_OPENING_WORDS = sorted(set().union(*_WORD_OPENINGS.values()))
_WORD_OPENING = re.compile(
    rf"\b(?=[\d{''.join(sorted({w[0].lower() for w in _OPENING_WORDS}))}])(?:\d|{'|'.join(_OPENING_WORDS)})",
    re.IGNORECASE,
)


def _rule_candidates(doc: Doc) -> list[_Candidate]:
    out = []
    text = doc_text(doc)
    digits = [m.start() for m in _DIGIT.finditer(text)]
    near_digits = _reaching(digits, _DIGIT_REACH)
    openings = [m.start() for m in _WORD_OPENING.finditer(text)]
    for kind, pattern in _RULES:
        if pattern in _OPENING_ON_A_DIGIT:
            matches = _matches_at(pattern, text, digits)
        elif pattern in _OPENING_NEAR_A_DIGIT:
            matches = _matches_at(pattern, text, near_digits)
        elif pattern in _WORD_OPENINGS:
            matches = _matches_at(pattern, text, openings)
        else:
            matches = pattern.finditer(text)
        for match in matches:
            if pattern is _SHARE and not _is_share(doc, text, match.start(), match.end()):
                continue
            if pattern is _MULTIPLE and not _is_multiple(doc, match.start(), match.end()):
                continue
            if pattern is _QUARTER and _names_a_thing(doc, match.start(), match.start() + 2):
                continue
            start = match.start()
            if pattern is _DECADE_WITH_S and text[start - 1 : start] in ("'", "‘", "’"):
                start -= 1
            # "cut from 35 mph to 25 mph": a fall is two figures, and so is any change ("rose
            # from 5% to 9%"); "voted 5-2" is one tally.
            falling = kind is FigureKind.RANGE and (
                range_bounds(match.group()) is None
                or _changed_from(doc, match.start(), match.group())
            )
            if falling and not _PAIR.fullmatch(match.group()):
                continue
            out.append(_Candidate(start, match.end(), kind.value))
    return out


def _reaching(digits: list[int], reach: int) -> list[int]:
    """The places at most ``reach`` characters before one of ``digits`` (ordered) or at it, in
    order: where a match with a digit among its first ``reach + 1`` characters can open."""
    places: list[int] = []
    for digit in digits:
        places.extend(range(max(digit - reach, places[-1] + 1 if places else 0), digit + 1))
    return places


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches open only at ``starts``, in order:
    tried at each of them alone, where a search would try it, past the end of the match before
    (no rule matches an empty string, which a search would step over)."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            end = match.end()
            yield match


# Verbs (lemmas) of a change from one value to another: "rose from 5% to 9%", not "ranged from".
_CHANGE_VERBS = {
    "rise",
    "fall",
    "increase",
    "decrease",
    "grow",
    "jump",
    "climb",
    "drop",
    "cut",
    "raise",
    "lower",
    "reduce",
    "slash",
    "go",
    "move",
    "change",
    "double",
    "triple",
    "soar",
    "plunge",
    "surge",
    "slip",
    "shrink",
    "boost",
    "decline",
}


# "£94 to £1,302", "1.2% to 4.5%", "46 percent to 42 percent": two amounts, each with its own
# sign.
_SIGNED_PAIR = re.compile(
    rf"(?:{CURRENCY_SIGN}).*\sto\s(?:{CURRENCY_SIGN}).*|.*{_PERCENT_SIGN}\sto\s.*{_PERCENT_SIGN}",
    re.I,
)


# Two counts with no sign, unit or scale: "40 to 1,260".
_BARE_PAIR = re.compile(r"\d[\d,]*(?:\.\d+)?\sto\s\d[\d,]*(?:\.\d+)?")


def _two_amounts(words: str) -> bool:
    """Whether ``words`` are two amounts each with its own sign that make no range (the first
    is the larger): "$64.8m to $45.1m" raised by two sides, a poll's "46 percent to 42 percent"."""
    return _SIGNED_PAIR.fullmatch(words) is not None and range_bounds(words) is None


def _changed_from(doc: Doc, char: int, words: str) -> bool:
    """Whether two values ``words`` starting at ``char``, after a "from" or with it, are a
    change: "gone up from", "rose from", "cut from"; or after "by", the change and the new
    value, when each has its own sign ("rose by £94 to £1,302") or the second is many times
    the first ("deaths rose by 40 to 1,260"; "by 2 to 3 per cent" is a range); or, each with
    its own sign, right after a verb of change (see ``_change_and_level``)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    signed = _SIGNED_PAIR.fullmatch(words) is not None
    # "the toll rose 40 to 1,260", "trips went up 2,000 to 14,500": bare counts, which a level
    # many times the change tells apart as surely as signs do ("grew 10 to 50 percent" has one
    # sign for both, and may be a range of growth)
    bare = _BARE_PAIR.fullmatch(words) is not None and _level_over_change(words)
    if (signed or bare) and span.start > 0 and _change_and_level(doc[span.start - 1], words):
        return True
    opener = ("from", "by") if signed or _level_over_change(words) else ("from",)
    i = span.start if doc[span.start].lower_ == "from" else span.start - 1
    if i < 1 or doc[i].lower_ not in opener:
        return False
    before = doc[i - 1]
    # "cut rates by 0.5% to 4.5%": the verb may stand before its object.
    verb = doc[i].head if doc[i].lower_ == "by" else before
    return before.lower_ in ("up", "down") or (
        verb.pos_ in ("VERB", "AUX") and verb.lemma_ in _CHANGE_VERBS
    )


# How many times the first of two amounts the second is, at least, for them to be a change and
# the level it reached, not a range: "climbed $2.10 to $84.35".
_LEVEL_OVER_CHANGE = 4


def _change_and_level(before: Token, words: str) -> bool:
    """Whether two amounts right after ``before``, a verb of change or the "up" or "down" of
    one ("went up", "was down"), are the change and the new level: "Brent climbed $2.10 to
    $84.35", "shares jumped 18p to 342p", "rent went up £50 to £900"; or, in a change that
    happened, a level told finer than its change ("inflation rose 3% to 4.1%"): a level is
    measured, where the bounds of a range are round alike or by halves. "Rose $2 to $3 a
    gallon" and "grew 2% to 2.5% a year" stay ranges, and so does a change foreseen, "is
    expected to rise 2% to 2.2%"."""
    verb = before.head if before.lower_ in ("up", "down") else before
    if before is verb and (verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in _CHANGE_VERBS):
        return False
    return _level_over_change(words) or (_happened(verb) and _level_finer(words))


def _happened(verb: Token) -> bool:
    """Whether ``verb`` tells of something that happened, not one foreseen or hoped for: "rose",
    "has risen", "rises"; not "to rise", "could rise", "will rise"."""
    told = verb.tag_ in ("VBD", "VBN", "VBZ", "VBP")
    return told and not any(c.tag_ == "MD" for c in verb.children)


_DECIMALS = re.compile(r"\d[.](\d+)")
# The decimals of a half or a quarter, to which the bounds of a range are often given.
_ROUND_DECIMALS = {"5", "50", "25", "75"}


def _level_finer(words: str) -> bool:
    """Whether the second of two amounts "A to B" has more decimal places than the first, and
    is no half or quarter: "3% to 4.1%", not "2% to 2.5%"."""
    change, _, level = words.partition(" to ")
    decimals = [m[1] if (m := _DECIMALS.search(side)) else "" for side in (change, level)]
    return len(decimals[1]) > len(decimals[0]) and decimals[1] not in _ROUND_DECIMALS


def _level_over_change(words: str) -> bool:
    """Whether the second of two amounts is many times the first, as a level is its change."""
    bounds = range_bounds(words)
    if bounds is None:
        return False
    try:
        low, high = (float(bound) for bound in bounds[:2])
    except ValueError:
        return False  # hours of the day or days of a month, no amounts
    return low > 0 and high > _LEVEL_OVER_CHANGE * low


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
    "crimes",
    "offences",
    "offenses",
    "victims",
    "tenants",
    "buyers",
    "arrests",
    "homicides",
    "murders",
    "burglaries",
    "robberies",
    "admissions",
}


# "9.8 per 1,000 person-years": a study's rate, over the time its people were followed.
_PERSON_YEARS = re.compile(r"\s(?:person|patient)[- ]years\b", re.IGNORECASE)


def _is_share(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether "X in Y" is a share: Y stands alone ("one in five said") or counts a population,
    or X is one ("one in three trains").

    "12 in 20 games" and "187 in 48 overs" are two counts: goals or runs in games or overs.
    ``text`` is ``doc.text``.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    last = span[-1]
    counts_a_population = (
        last.head.lower_ in _POPULATIONS
        or last.head.ent_type_ == "NORP"
        or _PERSON_YEARS.match(text, end) is not None
    )
    # "up from 365 in 2019": a year without a comma after "in" is when, not out of how many
    # ("one in 2,000" is written with its comma).
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", last.text) and not counts_a_population:
        return False
    if last.dep_ != "nummod" or last.head.i < span.end:
        return True
    # "one in three trains": one of every so many is a share of anything counted.
    return counts_a_population or span[0].lower_ in ("one", "1")


# Words after "three times" or "twice" that make it a factor ("three times as many", "twice the
# size", "four times higher"), not a number of occasions ("three times a week").
_FACTOR_OF = {"as", "the", "that", "those", "what", "its", "their", "his", "her", "our", "your"}
# Particles after a verb of a multiple that make it name no factor: "doubled down", "doubled
# over in pain", "doubled back"; and "doubled as a venue" (a role, not "doubled as demand rose").
_NOT_FACTOR_AFTER = {"down", "up", "back", "over"}


def _is_multiple(doc: Doc, start: int, end: int) -> bool:
    """Whether a match of ``MULTIPLE`` is a factor: "doubled", "fourfold", "three times as many";
    not "doubled down", "the doubles final" or "three times a week"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if span[-1].lower_ in ("times", "twice"):
        return after is not None and (after.lower_ in _FACTOR_OF or after.tag_ in ("JJR", "RBR"))
    if span.text.lower().endswith("fold"):
        return True
    word = span[0]
    if after is not None and (
        (after.lower_ in _NOT_FACTOR_AFTER and after.dep_ == "prt")
        or (after.lower_ == "as" and after.dep_ == "prep")
    ):
        return False
    # "double" and "triple" also name a kind ("a double murder", "the triple jump").
    return (
        word.lower_.endswith(("ed", "ing"))
        or word.pos_ == "VERB"
        or (after is not None and after.lower_ in _FACTOR_OF)
    )


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
        # sees further ("February 24, 2022"), and for ordinals, whose span takes in the "time"
        # they order ("the 3rd time").
        shaped = [c.end for c in group if c.label in _PRECEDENCE and c.label not in _UNSHAPED]
        end = max(shaped) if shaped and label != "DATE" else max(c.end for c in group)
        out.append(_Candidate(start, end, label))
    return out


# Rule labels that know a number but not where its figure ends.
_UNSHAPED = {FigureKind.COUNT.value, FigureKind.ORDINAL.value}
# Rules know the shape of the text, so a rule's label beats the model's ("12 per cent" is not
# MONEY); among rules the list order above is the precedence.
_PRECEDENCE = [kind.value for kind, _ in _RULES]


def _best_label(group: list[_Candidate]) -> str:
    rule_labels = [c.label for c in group if c.label in _PRECEDENCE]
    model_labels = [c.label for c in group if c.label not in _PRECEDENCE]
    # The model sees dates and ordinals that digits alone cannot tell ("February 24, 2022").
    for label in ("DATE", "TIME", "ORDINAL"):
        if label in model_labels and set(rule_labels) <= {"count", "ordinal"}:
            return label
    if rule_labels:
        return min(rule_labels, key=_PRECEDENCE.index)
    return model_labels[0]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "([\"'“‘"):
        if _DECADE_APOSTROPHE.match(text, start, end):
            break  # "the '60s": the apostrophe stands for "19"
        start += 1
    end = _trimmed_end(text, start, end)
    marked = _before_a_footnote_mark(text, start, end)
    return start, end if marked == end else _trimmed_end(text, start, marked)


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:)]\"'”’"):
        # Keep the full stop of "p.m." and of an abbreviation inside the figure.
        if text[end - 1] == "." and re.search(r"\b[a-zA-Z]\.[a-zA-Z]\.$", text[start:end]):
            break
        # and the inch mark that closes a height ("6'3\"")
        if text[end - 1] in "\"”'’" and _INCH_MARK_END.search(text, start, end):
            break
        end -= 1
    return end


# What a footnote's mark may follow: a number no power is written after ("52,000²", "2026³")
# or the punctuation that ends a sentence ("in 2024.²").
_FOOTNOTED_END = re.compile(rf"(?:{FOOTNOTED}|[.,;:])$")


def _before_a_footnote_mark(text: str, start: int, end: int) -> int:
    """Where a figure ends before a footnote's mark after it: "52,000²" ends at "52,000"."""
    mark = end
    while mark > start and text[mark - 1] in SUPERSCRIPT:
        mark -= 1
    if mark == end or _FOOTNOTED_END.search(text, start, mark) is None:
        return end
    return mark


_DECADE_APOSTROPHE = re.compile(r"['‘]\d0['’]?s\b")
_INCH_MARK_END = re.compile(r"\d['’′]\s?\d{1,2}(?:[\"”]|''|’’)$")


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
    """The end and qualifier of a bounding phrase after a figure ("30 years or more"), past the
    noun its unit counts and the period its unit is by, when they follow it ("15 pupils or
    fewer", "$48,000 a year or less", "two trains an hour or more")."""
    counted, period = _per(unit)
    noun = _NOUN_AFTER.match(text, end)
    if noun is not None and noun["noun"] == counted:
        end = noun.end()
    by_the_period = _BY_THE_PERIOD.match(text, end) if period else None
    if by_the_period is not None and _period(by_the_period) == period:
        end = by_the_period.end()
    match = _TRAILING.match(text, end)
    if match is None:
        return None
    return match.end(), _TRAILING_OF[match.group("phrase").split()[1].lower()]


def _leading_qualifier(span_text: str) -> Qualifier | None:
    phrase = _qualifier_phrase(span_text)
    return None if phrase is None else _QUALIFIER_OF[phrase]


def _strip_qualifier(span_text: str) -> str:
    phrase = _qualifier_phrase(span_text)
    return span_text if phrase is None else span_text[len(phrase) :].strip()


# Longest first, so that "just under" is found before "under"; a tuple, for one startswith
# test that rules out most figures, which open with no qualifier at all.
_QUALIFIER_PHRASES = tuple(sorted(_QUALIFIER_OF, key=len, reverse=True))


def _qualifier_phrase(span_text: str) -> str | None:
    """The bounding phrase ``span_text`` opens with ("nearly", "~"), if any."""
    lowered = span_text.lower()
    if not lowered.startswith(_QUALIFIER_PHRASES):
        return None
    for phrase in _QUALIFIER_PHRASES:
        if lowered.startswith(phrase) and (
            # a sign bounds the number glued to it: "~40", ">90%"; so does a prefix, "sub-10"
            not phrase[0].isalnum()
            or phrase.endswith("-")
            or len(lowered) == len(phrase)
            or not lowered[len(phrase)].isalnum()
        ):
            return phrase
    return None


_PLUS_OR_MINUS = re.compile(r"\bplus\s+or\s+minus\s+", re.IGNORECASE)


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
    aged = _AGED.search(text, max(0, start - 40), start) or _YEAR_OLDS.match(text, end)
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
    an_age = kind is FigureKind.COUNT and unit is None and _is_an_age(doc, text, start, end)
    if an_age:
        kind, unit = FigureKind.QUANTITY, "years"  # as "at age 54" is
    if kind is FigureKind.COUNT and unit is None:
        # "closed at 16,274.94 points": the parse may take an index's level for a name, with
        # "points" no noun it counts.
        points_after = _POINTS_AFTER.match(text, end)
        unit = points_after[1] if points_after else _counted_noun(doc, start, end)
        if unit is None and _LEVEL_AFTER_POINTS.search(text, max(0, start - 50), start):
            unit = "points"
        elif unit is None:
            unit = _counted_by_the_change(doc, start, end)
        # A bare 1900–2099 that counts nothing, or one thing, is a year the model did not tag
        # ("in 2014", "its own 2021 deadline").
        singular = unit is None or not unit.endswith("s")
        if singular and re.fullmatch(r"(?:19|20)\d\d", text[start:end]):
            kind, value, unit = FigureKind.DATE, text[start:end], None
        elif unit is not None and unit.rstrip("s") in DURATIONS:
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
    # unit, the words stay the amount's
    by_the_period = _BY_THE_PERIOD.match(text, end) if _paid_or_measured(unit, value) else None
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
    if kind is FigureKind.COUNT and value is None and text[end - 1 : end] == "s":
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
    if unit == "p":
        qualifier = _QUALIFIER_OF.get(text[start:end].lstrip("pP ")[0], Qualifier.EXACTLY)
    tally = kind is FigureKind.RANGE or _PAIR.fullmatch(text[start:end])
    crossed = _CROSSED.search(text, max(0, new_start - 30), new_start)
    if qualifier is Qualifier.EXACTLY and not tally and crossed:
        qualifier = Qualifier.AT_LEAST  # the verb is no part of the figure's words
    return Figure(new_start, end, text[new_start:end], kind, value, unit, qualifier)


# "Just" or "only" before a length told with "a", which says how short, not how near.
_MERELY_A = re.compile(rf"^(?:{'|'.join(_MERELY)})\s+(?=an?\s)", re.IGNORECASE)
# Words in front of a clock time that tell how near it something happened, as "nearly 19,000"
# and "just over 40%" bound amounts: "at about 8:40 p.m.", "around 6am", "roughly 9pm"
# (approximately); "just after 10.30pm", "shortly after midnight" (at least); "shortly before 9
# a.m." (at most). "About" only where it opens the time's phrase ("at about", "until about",
# "About 9pm, …"), as "talked about 3 p.m. deadlines" is no bound.
_JUST_BY = r"\b(?:just|shortly|soon|a little|not long)\s+(?P<side>after|past|before)"
_JUST_BY_A_TIME = re.compile(rf"{_JUST_BY}\s+", re.IGNORECASE)
_ABOUT_OPENS = "|".join(
    [r"(?<![^\n(\"“‘])", r"(?<=[.!?;:,] )"]
    + [rf"(?<=\b{word} )" for word in ("at", "from", "until", "till", "by", "since", "to")]
)
_NEAR_A_TIME = re.compile(
    rf"(?:\b(?:around|roughly|approximately|nearly|almost|close to|circa)|(?:{_ABOUT_OPENS})about"
    rf"|{_JUST_BY})\s+$",
    re.IGNORECASE,
)


def _near_a_time(text: str, start: int, floor: int) -> tuple[int, Qualifier]:
    """Where a clock time at ``start`` starts with the words in front that bound it (see above),
    and their qualifier; never before ``floor``."""
    near = _NEAR_A_TIME.search(text, max(floor, start - 20), start)
    if near is None:
        return start, Qualifier.EXACTLY
    side = (near["side"] or "").lower()
    if side in ("after", "past"):
        return near.start(), Qualifier.AT_LEAST
    return near.start(), Qualifier.AT_MOST if side == "before" else Qualifier.APPROXIMATELY


# The period an amount is paid in or things are counted by: "£95,000 a week", "a £95,000-a-week
# deal", "$2m per year", "€1.2m per annum", "£12.50 an hour on nights", "two trains an hour",
# "0.2C a decade", "£2m a quarter" (a company reports by it), "14 kilometres per second" (not
# "a second", which may count: "won 2-0 a second time"); not the time since ("£20 a week
# ago", "£4bn a year earlier", "£4bn a year on."), nor a share ("£2m a quarter of it") or a
# longer word ("a quarter-century", "a decade-long").
_BY_THE_PERIOD = re.compile(
    r"(?:\s+|-)(?:a|an|per|each)[\s-]"
    r"(?P<period>(?<=per[\s-])second|minute|hour|day|night|week|fortnight|month"
    r"|quarter(?!\s+of\b)|year|annum|decade)\b(?!-)"
    r"(?![\s-]+(?:ago|earlier|later|before|after|old)\b|\s+on(?:\s+from\b|[,.;]))",
    re.IGNORECASE,
)


# Money paid or earned by the share, as an amount by the period is paid by it: "a dividend of
# 8.4p a share", "$1.32 per share", "a 20p-a-share payout", "earnings per share of $1.32",
# "dividends per share rose to 45p"; not "a share of the profits".
_BY_THE_SHARE = re.compile(r"(?:\s+|-)(?:a|per|each)[\s-]share\b(?![\s-]+of\b|-)", re.IGNORECASE)
_PER_SHARE_BEFORE = re.compile(
    r"\bper share,?\s+(?:of|was|were|is|at|(?:rose|fell|climbed|dropped|grew|jumped) to)\s+$",
    re.IGNORECASE,
)


def _by_the_share(text: str, start: int, end: int) -> bool:
    """Whether the amount in ``text[start:end]`` is paid or earned by the share (see above)."""
    before = _PER_SHARE_BEFORE.search(text, max(0, start - 30), start)
    return before is not None or _BY_THE_SHARE.match(text, end) is not None


# A price by the unit bought or the one paid for, as money by the share is: "$80 a barrel",
# "£1.50 a litre", "$2,000 an ounce", "€30 per tonne", "£500 a head" (of cattle too), "$2,500 a
# family"; after "per", any noun ("£25 per person", "24.5p per kWh", "$500-per-child"). A unit
# named before the price ("a litre of milk cost £1.50") is no unit of it, nor is a word that
# begins a noun of its own ("£5,000 a head teacher said", "a family doctor"), nor "per cent".
_BY_THE_UNIT = re.compile(
    r"(?:\s+|-)(?:(?:a|an|per)[\s-](?P<unit>"
    r"barrel|bushel|(?:troy\s)?ounce|tonne|ton|kilo(?:gram)?|kg|gram|pound|lb|"
    r"lit(?:re|er)|gallon|pint|carat|acre|hectare|square\s(?:foot|met(?:re|er)|mile)|mile|"
    r"head|person|family|household)"
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


# A unit of measure as written after a number ("tonnes", "barrels", "°C").
_MEASURE = re.compile(UNITS, re.IGNORECASE)


def _paid_or_measured(unit: str | None, value: float | str | None) -> bool:
    """Whether an amount in ``unit`` may be paid or measured by the period: money ("£95,000 a
    week"), a measure ("300 tonnes a week") or a length of time ("40 hours a week"); not a
    count, whose period follows its noun (see ``_counted_by_the_period``), a factor or a
    ratio, nor an amount with no value."""
    if unit is None or value is None:
        return False
    return (
        unit in MONEY_UNITS or _MEASURE.fullmatch(unit) is not None or unit.rstrip("s") in DURATIONS
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


_YEAR_OLDS = re.compile(r"-year-olds?\b")
_PAST = re.compile(r"\bpast\s+$", re.IGNORECASE)
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
_PLUS = re.compile(r"(?<=\d)(?:-plus\b(?!-)|\+(?![\d\w]))")
# Words that make "points" percentage points: a poll's or a vote's shares, in a sentence with
# no score or market index, whose points count themselves ("scored 24 points", "the Dow fell
# 300 points").
_SHARE_WORDS = {
    "poll",
    "polling",
    "pollster",
    "swing",
    "vote",
    "voter",
    "electorate",
    "ballot",
    "approval",
    "survey",
    "%",
    "percent",
    "cent",
}
_SCORE_WORDS = {
    "score",
    "game",
    "match",
    "season",
    "league",
    "table",
    "index",
    "dow",
    "ftse",
    "nasdaq",
    "nikkei",
    "s&p",
    "goal",
}


# A ratio of risks, its name just before its number: "hazard ratio 0.41", "an odds ratio (OR)
# of 1.8", "the relative risk was 1.3".
_RATIO_NAMED = re.compile(
    r"\b(?P<name>(?:hazard|odds|risk|rate) ratio|relative risk)(?:\s?\([A-Za-z]{1,4}\))?"
    r"(?:\s?[=:,]|\s(?:was|is|were|of|at))?\s*$",
    re.IGNORECASE,
)


def _points_of_a_share(doc: Doc, start: int) -> bool:
    """Whether "points" after the number at ``start`` are percentage points (see
    ``_SHARE_WORDS``): the sentence names a poll, or says nothing of shares or scores and the
    sentence before it names one ("A poll out on Sunday … Labour's lead narrowed to two
    points"); a score named in either makes them a score's points."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    sentence = span[0].sent
    lemmas = {t.lemma_.lower() for t in sentence}
    if not lemmas & _SHARE_WORDS and sentence.start > 0:
        lemmas |= {t.lemma_.lower() for t in doc[sentence.start - 1].sent}
    return bool(lemmas & _SHARE_WORDS) and not lemmas & _SCORE_WORDS


# The larger unit of "an hour and 42 minutes", in front of the part the model left untagged.
_DURATION_BEFORE = re.compile(rf"\b(?:an?|{_SMALL_WORDS}|\d+) {_TIME_UNITS},? and\s+$", re.I)


def _untagged_duration(
    text: str, start: int, end: int, count: float | str | None, noun: str, floor: int
) -> tuple[int, int, FigureKind, float | str | None, str | None]:
    """ "42 minutes" the model did not tag, found as a count of minutes: a duration, with its
    unit in its span and any larger unit before it ("an hour and 42 minutes": 102 minutes)."""
    following = _WORD_AFTER.match(text, end)
    if following is None or following.group(1) != noun:
        return start, end, FigureKind.COUNT, count, noun
    end = following.end()
    lead = _DURATION_BEFORE.search(text, max(floor, start - 30), start)
    for first in ([lead.start()] if lead is not None else []) + [start]:
        kind, value, unit = interpret(text[first:end], FigureKind.TIME.value)
        if kind is FigureKind.QUANTITY:
            return first, end, kind, value, unit
    return start, end, FigureKind.COUNT, count, noun


# "236 pounds", "a 10-pound": pounds in words, with no sign or scale, which may weigh.
_POUNDS_IN_WORDS = re.compile(rf"(?:{_NUM})[\s-]pounds?")
# A verb of weight right before the figure, its qualifier between: "weighs 236 pounds", "weighing
# in at about 300 pounds", "lost 40 pounds", "has gained nearly 20 pounds"; a loss to come is
# more often money ("pensioners will lose 20 pounds"), as is one by the week (see _PER_PERIOD).
_WEIGHED_BEFORE = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?(?:\s+in)?(?:\s+at)?|tipp(?:ed|ing) the scales at"
    r"|(?:lost|gained|shed|put on)"
    r"(?:\s+an?\s+(?:extra|additional|whopping))?)"
    rf"\s+(?:(?:{'|'.join(map(re.escape, _QUALIFIER_PHRASES))})\s+)?$",
    re.IGNORECASE,
)
_PER_PERIOD = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:day|week|month|year)\b", re.I)
# What pounds of money buy or pay: "a 10-pound note", "50 pounds of taxpayers' money".
_MONEY_NOUNS = {
    "note",
    "coin",
    "fine",
    "fee",
    "bill",
    "ticket",
    "bet",
    "prize",
    "charge",
    "levy",
    "tax",
    "voucher",
    "payment",
    "payout",
    "rise",
    "increase",
    "cut",
    "discount",
    "deposit",
    "bonus",
    "subsidy",
    "grant",
    "loan",
    "surcharge",
    "price",
    "cost",
    "sum",
    "wage",
    "salary",
    "budget",
    "money",
    "cash",
    "funding",
    "fund",
    "spending",
    "investment",
    "debt",
    "saving",
    "revenue",
    "profit",
    "income",
    "aid",
    "compensation",
    "damages",
    "taxpayer",
    "public",
    "stake",
    "rent",
}


def _is_weight(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether pounds in words weigh rather than pay: after a verb of weight ("weighs 236
    pounds", "lost 40 pounds"), as a weight glued to a noun that is no money ("a 10-pound baby",
    not "a 10-pound note"), or of a substance ("20 pounds of cocaine", not "of public money");
    "cost 236 pounds", "paid 50 pounds" and "£236" stay money."""
    words = _strip_qualifier(text[start:end])
    if _POUNDS_IN_WORDS.fullmatch(words) is None or text.startswith(" sterling", end):
        return False
    weighed = _WEIGHED_BEFORE.search(text, max(0, start - 50), start)
    if weighed is not None:
        # "lost 20 pounds a week" is more often a benefit cut than a diet
        by_verb_of_change = not weighed.group().lower().startswith(("weigh", "tipp"))
        return not (by_verb_of_change and _PER_PERIOD.match(text, end))
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    after = doc[span.end]
    if "-" in words:
        return after.pos_ == "NOUN" and after.lemma_.lower() not in _MONEY_NOUNS
    return after.lower_ == "of" and _of_a_substance(after)


# "50 pounds of his own money", "of taxpayers' money": whose money it is.
_OWNERS = {"his", "her", "their", "its", "our", "my", "your"}


def _of_a_substance(of: Token) -> bool:
    """Whether "pounds of" weighs what follows: "of cocaine", "of the drug"; not money
    ("of public money", "of his own cash")."""
    substance = object_of(of)
    if substance is None or substance.pos_ != "NOUN":
        return False
    words = {substance.lemma_.lower()} | {
        t.lemma_.lower() for t in substance.children if t.dep_ in ("poss", "det", "amod")
    }
    return not words & (_MONEY_NOUNS | _OWNERS)


# Words of time before a decade by two digits: "during the 80's", "since the early 90s" name a
# time, where "in the 90s" may be a temperature.
_DURING = re.compile(
    r"\b(?:during|throughout|since|until|till)\s+(?:the\s+(?:(?:early|mid|late)[- ]?)?)?$",
    re.IGNORECASE,
)
# "a man in his 50s", "her early thirties": an age, the years of one decade of life.
_AGE_DECADE = re.compile(
    r"\b(?:his|her|their|my|your|our)\s+(?P<age>(?:(?:early|mid|late)[- ]?)?"
    r"(?:(?P<digit>[1-9])0['’]?s|(?P<word>[a-z]+)ties))\b",
    re.IGNORECASE,
)


def _age_decade(text: str, start: int, end: int) -> Figure | None:
    """The age range a decade after a possessive names ("his 50s" → 50/59 years), or None."""
    match = _AGE_DECADE.search(text, max(0, start - 12), end)
    if match is None or match.end() != end or match.start() > start:
        return None
    digit, word = match.group("digit"), match.group("word")
    low = int(digit) * 10 if digit else UNITS_SMALL.get(word.lower() + "ty")
    if low is None:
        return None
    age_start = match.start("age")
    return Figure(
        age_start, end, text[age_start:end], FigureKind.RANGE, f"{low}/{low + 9}", "years"
    )


# Verbs that say a figure was passed: "the index climbed past 2,700", "sales topped $1bn",
# "deaths exceeded 300" — more than the figure, as "more than" would say.
_CROSSED = re.compile(
    r"\b(?:(?:climb|ris|r[oi]s|jump|surg|push|mov|edg|creep|crept)\w*\s+past|topp(?:ed|ing)|"
    r"tops|surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|broke(?:\s+through)?|crossed)\s+$",
    re.IGNORECASE,
)


# The word after a share, on its line; "by" right before one (its \b may look further back).
_NEXT_WORD = re.compile(r"[^\S\n]*([A-Za-z]+)")
_BY = re.compile(r"\bby")


def _fraction_end(doc: Doc, text: str, start: int, end: int, label: str) -> int | None:
    """Where the fraction ends, if an ordinal, a date or a number the model found is one: "by
    a fifth", "almost a quarter", "a third of voters" (the model's number may leave out its
    "a") — not "for a fifth time" or "in a quarter". ``text`` is ``doc.text``; only the words
    around the figure are read, as this runs for every one."""
    if label not in ("ORDINAL", "DATE", "CARDINAL"):
        return None
    words = _strip_qualifier(text[start:end]).lower()
    bounded = words != text[start:end].lower()  # "almost a quarter"
    if not words.startswith("a "):
        if text[max(0, start - 2) : start].lower() != "a ":
            return None
        words = "a " + words
    share = re.match(r"a (\w+)", words)
    if share is None or share.group(1) not in FRACTIONS:
        return None
    # "by a third last year": the model's date may run on past the share.
    end = end - (len(words) - share.end())
    # A headline ends at its line, without a full stop: "Prices drop by a third".
    following = _NEXT_WORD.match(text, end)
    if following is not None and _fraction_names_a_period(doc, following.start(1)):
        return None  # "a fifth time", "a quarter century"
    # "in a quarter of the seats" is a share of them; "in a quarter" alone is a season.
    of_something = following is not None and following.group(1).lower() == "of"
    space = start
    while space > 0 and text[space - 1].isspace():
        space -= 1
    after_by = space < start and _BY.match(text, max(0, space - 2), space) is not None
    return end if bounded or label == "ORDINAL" or of_something or after_by else None


def _fraction_names_a_period(doc: Doc, next_start: int) -> bool:
    """Whether the word at ``next_start``, right after "a fifth", is what the ordinal orders
    ("a fifth time", "a fifth straight time", "a quarter century"), not the start of a phrase of
    its own ("by a quarter since 2016", "by a third last year")."""
    following = doc.char_span(next_start, next_start + 1, alignment_mode="expand")
    if following is None:
        return True
    word = following[0]
    if word.lower_ in ("last", "next"):
        return False
    return word.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


def _is_date_range(kind: FigureKind, words: str) -> bool:
    """Whether a figure is a range of dates: "2010-15", "between October 1 and October 4"."""
    return kind is FigureKind.RANGE and (years_spanned(words) is not None or names_month(words))


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
                out[i] = _as_tally(figures[i])
    return out


def _is_tally(figure: Figure) -> bool:
    return figure.kind is FigureKind.COUNT and isinstance(figure.value, str)


def _as_tally(figure: Figure) -> Figure:
    return replace(figure, kind=FigureKind.COUNT, value=tally(figure.text), unit=None)


# "a majority of two to one", "by a margin of 7 to 2", "voted seven to two": a tally whose
# words the model cuts to its first number.
_TALLY_BEFORE = re.compile(r"\b(?:(?:majority|margin) of|vot(?:ed|es|e|ing)) $", re.IGNORECASE)
_TALLY_AFTER = re.compile(rf" to (?:{_SMALL_WORDS}|\d+)\b", re.IGNORECASE)


def _tallies_in_words(text: str, figures: list[Figure]) -> list[Figure]:
    """Each count after "a majority of", "a margin of" or "voted" that goes on "to" a second
    number, as the one tally of both: "a majority of two to one" is "2-1"."""
    out: list[Figure] = []
    for figure in figures:
        if out and out[-1].end > figure.start:
            continue  # the second number of a tally joined to the figure before
        after = _TALLY_AFTER.match(text, figure.end)
        if (
            figure.kind is FigureKind.COUNT
            and after is not None
            and _TALLY_BEFORE.search(text, max(0, figure.start - 12), figure.start)
        ):
            words = text[figure.start : after.end()]
            figure = replace(figure, end=after.end(), text=words, value=tally(words), unit=None)
        out.append(figure)
    return out


# Words that make a pair of numbers a score or a tally whatever its order: a verb just before
# it ("lost 4-6", "voted 3-4") or a noun just after it ("a 2-3 defeat", "a 4-5 vote").
_SCORING_VERBS = frozenset(["win", "lose", "beat", "lead", "trail", "draw", "vote", "edge"])
_SCORE_NOUNS = frozenset(
    ["vote", "win", "victory", "defeat", "loss", "draw", "lead", "decision", "ruling", "verdict"]
)


def _scores_named(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """A pair read as a range that its words show to be a score or a tally: "lost 4-6 on
    appeal", "a 2-3 defeat"; "won 3-5 seats" stays a range of seats."""
    out = list(figures)
    for i, figure in enumerate(figures):
        if figure.kind is not FigureKind.RANGE or not _PAIR.fullmatch(figure.text):
            continue
        span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        if span is None:
            continue
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        named_after = after is not None and after.lemma_.lower() in _SCORE_NOUNS
        counts_after = after is not None and after.pos_ in ("NOUN", "PROPN", "NUM")
        scored = before is not None and before.lemma_.lower() in _SCORING_VERBS
        if named_after or (scored and not counts_after):
            out[i] = _as_tally(figure)
    return out


# What a clock time told "to" the hour follows: "It was 10 to 5", "at ten to six", "by 20 to
# 4"; "The vote was 10 to 5" and "from 10 to 5" are no times.
_TIME_TOLD_AFTER = re.compile(
    r"(?:\bit(?:'s|’s| is| was)|\b(?:at|by|until|till|before|after|about|around))\s+$",
    re.IGNORECASE,
)
# Verbs a "by" after gives the margin of a vote or a game: "won by 10 to 5".
_DECIDED_BY = _SCORING_VERBS | {"carry", "pass", "approve", "reject", "defeat", "back"}


def _times_told_to_the_hour(doc: Doc, text: str, figures: list[Figure]) -> list[Figure]:
    """A tally in words after "It was", "at" or "by" that tells the time: "It was 10 to 5" is
    04:50 as written, not the score 10-5 ("won by 10 to 5" still is one)."""
    out = list(figures)
    for i, figure in enumerate(figures):
        if not _is_tally(figure) or " to " not in figure.text:
            continue
        told = _TIME_TOLD_AFTER.search(text, max(0, figure.start - 12), figure.start)
        clock = minutes_to_the_hour(figure.text) if told is not None else None
        if clock is None or _margin_of_a_vote(doc, figure.start):
            continue
        out[i] = replace(figure, kind=FigureKind.TIME, value=clock, qualifier=Qualifier.EXACTLY)
    return out


_FROM_HOUR_TO_HOUR = re.compile(r"(?<=\bfrom )(\d{1,2}) to (\d{1,2})", re.IGNORECASE)


def _hours_open(doc: Doc, text: str, figures: list[Figure]) -> list[Figure]:
    """A later hour "from" an earlier one "to" is a span of the day, into the afternoon:
    "open from 10 to 5" is 10:00 to 17:00, no score ("cut from 10 to 5 pupils" is a change,
    two figures before this)."""
    out = list(figures)
    for i, figure in enumerate(figures):
        hours = _FROM_HOUR_TO_HOUR.fullmatch(text, figure.start, figure.end)
        if hours is None or not _is_tally(figure) or _counts_after(doc, figure.end):
            continue
        opens, closes = int(hours.group(1)), int(hours.group(2))
        if 1 <= closes < opens <= 12:
            value = f"{opens:02d}:00/{closes + 12:02d}:00"
            out[i] = replace(figure, kind=FigureKind.RANGE, value=value, unit=None)
    return out


def _counts_after(doc: Doc, end: int) -> bool:
    """Whether a noun or a number follows the figure that ends at ``end``."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    after = doc[span.end] if span is not None and span.end < len(doc) else None
    return after is not None and after.pos_ in ("NOUN", "PROPN", "NUM")


def _margin_of_a_vote(doc: Doc, start: int) -> bool:
    """Whether the words at ``start`` follow a "by" that gives how a vote or a game was won."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.lower_ == "by" and before.head.lemma_.lower() in _DECIDED_BY


# Words that make "1.4m" a length in its sentence: a size, or a race won by so much.
_OF_A_LENGTH = frozenset(
    [
        "tall",
        "taller",
        "high",
        "higher",
        "long",
        "longer",
        "deep",
        "deeper",
        "wide",
        "wider",
        "height",
        "length",
        "depth",
        "width",
        "race",
        "sprint",
        "jump",
        "throw",
    ]
)
# What a story counts in millions: people or things it has so many of ("the population grew
# by 1.4m to 24.8m", "subscribers rose by 1.4m").
_COUNTED_IN_MILLIONS = frozenset(
    [
        "population",
        "subscriber",
        "visitor",
        "user",
        "customer",
        "passenger",
        "viewer",
        "member",
        "resident",
        "follower",
        "listener",
        "reader",
        "voter",
        "tourist",
        "household",
        "patient",
        "student",
        "download",
        "inhabitant",
    ]
)


def _counted_in_millions(doc: Doc, start: int, end: int) -> Token | None:
    """The word in its sentence for what "1.4m" with no noun after it counts in millions ("the
    population", "subscribers"); None, metres, when the sentence speaks of a size or a race, or
    names nothing counted so."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    words = span.sent
    if any(t.lower_ in _OF_A_LENGTH for t in words):
        return None
    return next((t for t in words if t.lemma_.lower() in _COUNTED_IN_MILLIONS), None)


def _counted_by_the_change(doc: Doc, start: int, end: int) -> str | None:
    """What the level a change reached counts, when its subject is people or events counted:
    "Homicides fell 12% to 570" counts homicides, "The number of arrests rose to 412" arrests.
    "Shares rose 5% to 284" are no count of shares, and have no unit here."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    to = span[-1].head
    if to.lower_ != "to":
        # "rose from 3,100 to 3,400": the parse may hang the level on "from"
        to = next((c for c in span[-1].children if c.lower_ == "to"), None) or to
    verb = next((a for a in to.ancestors if a.pos_ == "VERB"), None)
    if to.lower_ != "to" or verb is None or verb.lemma_ not in _CHANGE_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("number", "total"):
        of = next((c for c in subject.children if c.lower_ == "of"), None)
        subject = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return subject.lower_ if subject is not None and subject.lower_ in _POPULATIONS else None


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
    # "three times a week", "arrested three times": occasions, which "times" counts; a factor
    # ("three times the average") is a quantity found by ``MULTIPLE``.
    if span.end < len(doc) and doc[span.end].lower_ == "times":
        return "times"
    whole = _noun_of_the_whole(last)
    if whole is not None:
        return whole
    # "her two-wheeler": a noun built on the number names a thing; "a 15-member committee"
    # still counts members.
    glued = head.i == span.end + 1 and doc[span.end].text == "-"
    if glued and head.dep_ not in ("compound", "amod", "nmod"):
        return None
    # "Naik on 61 and wicketkeeper Aditya Rane": a parse that reaches over a conjunction or
    # a clause to a noun is wrong, and the number counts nothing there.
    between = doc[span.end : head.i]
    if any(t.pos_ in ("CCONJ", "ADP", "VERB", "AUX") for t in between):
        return None
    # "an odds ratio of 1.3 (95% confidence interval …)": past a bracket or a comma the noun
    # is no longer this number's; quotation marks and hyphens stay inside a noun phrase ("four
    # “loopholes”", "two first-name voters").
    if any(t.is_punct and not t.is_quote and t.tag_ != "HYPH" for t in between):
        return None
    # "1.5 million more visitors", "3 million fewer police officers": the parse hangs the
    # number on "more", and "more" on the noun counted.
    if last.dep_ == "npadvmod" and head.lower_ in ("more", "fewer", "less"):
        return _noun_more_of(head)
    if (
        last.dep_ in ("nummod", "quantmod")
        and head.i >= span.end
        and head.pos_ in ("NOUN", "PROPN")
        and not _expects_the_number(head)
    ):
        return str(head.text)
    return None


def _noun_more_of(more: Token) -> str | None:
    """The noun that ``more`` (or "fewer") says there are more of, right after it and its
    noun's modifiers: "more visitors", "fewer police officers"; not "more than expected"."""
    noun = more.head
    modifiers = more.doc[more.i + 1 : noun.i]
    if more.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN") or noun.i < more.i:
        return None
    if any(t.dep_ not in ("compound", "amod") for t in modifiers) or _expects_the_number(noun):
        return None
    return str(noun.text)


# Verbs (lemmas) of a figure foreseen: "below the 3.4 billion economists had predicted".
_EXPECTING = {"expect", "forecast", "predict", "estimate", "project", "anticipate", "foresee"}


def _expects_the_number(noun: Token) -> bool:
    """Whether the noun after a number is the subject of a verb that has the number for its
    object: "the 3.4 billion economists had predicted" counts no economists. The parse may hang
    the clause before on that verb, so only an object after it is its own."""
    verb = noun.head
    objects = ("dobj", "ccomp", "xcomp", "attr", "oprd")
    return (
        noun.dep_ == "nsubj"
        and verb.i > noun.i
        and verb.lemma_ in _EXPECTING
        and not any(c.dep_ in objects and c.i > verb.i for c in verb.children)
    )


def _age_group(group: re.Match[str]) -> Figure:
    """ "the under-18s" are people of at most 18 years, "over-65s" of at least 65, as "aged
    under 18" and "aged over 65" are."""
    bound = Qualifier.AT_MOST if group["bound"].lower() == "under" else Qualifier.AT_LEAST
    start, end = group.span()
    return Figure(
        start, end, group.group(), FigureKind.QUANTITY, float(group["age"]), "years", bound
    )


def _is_an_age(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a number is someone's age: after "aged" ("the men, aged 31 and 44"), or set off
    by commas after a person's name ("Tom Reeves, 54, who lives nearby", "said Jane Smith,
    41.") or after one person called by a noun ("A man, 34, was shot")."""
    # "aged under 50", "aged 75+": the bounds are no part of the age
    core = _strip_qualifier(text[start:end])
    number_start = end - len(core)
    core = core.removesuffix("+")
    if not re.fullmatch(r"\d{1,3}", core) or int(core) > 120:
        return False
    if _AGED.search(text, max(0, start - 40), number_start):
        return True
    bound = _BOUND_AGE.search(text, max(0, start - 40), number_start)
    if bound is not None:
        return bound["being"] is None or _of_people(doc, number_start)
    span = doc.char_span(number_start, number_start + len(core))
    if span is None or len(span) != 1:
        return False
    number = span[0]
    if number.dep_ == "attr":
        return _what_someone_is(number)
    if _ages_listed_after_people(number):
        return True
    name = number.head
    if name.i != number.i - 2 or doc[number.i - 1].text != ",":
        return False
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and not after.is_punct:
        return False
    if number.dep_ == "appos" and _is_a_persons_name(name):
        return True
    # "A man, 34, was shot", "a teenager, 17, and a woman, 45,": one person by a noun, not a
    # list of numbers ("since I became governor, 12, 13 plants have closed")
    listed = after is not None and after.i + 1 < len(doc) and doc[after.i + 1].like_num
    return (
        number.dep_ in ("appos", "nummod")
        and name.tag_ == "NN"
        and name.lemma_.lower() in _PEOPLE_OF_AN_AGE
        and any(c.dep_ in ("det", "poss") for c in name.children)
        and not listed
    )


def _ages_listed_after_people(number: Token) -> bool:
    """Whether a number is one of a list set off by commas after people called by a plural
    noun, each the age of one ("The men, 34 and 45, were arrested", "his sons, 12, 14 and
    17,"); not after things ("the teams, 12 and 14,")."""
    doc = number.doc
    first = number
    while first.dep_ == "conj" and first.head.like_num and first.head.i < first.i:
        first = first.head
    people = first.head
    if (
        first.dep_ != "appos"
        or people.i != first.i - 2
        or doc[first.i - 1].text != ","
        or people.tag_ != "NNS"
        or people.lemma_.lower() not in _PEOPLE_OF_AN_AGE
        or not any(c.dep_ in ("det", "poss", "nummod") for c in people.children)
    ):
        return False
    listed = [first]
    i = first.i + 1
    while i < len(doc) and (
        doc[i].text == "," or doc[i].lower_ in ("and", "or") or doc[i].dep_ == "conj"
    ):
        if doc[i].dep_ == "conj":
            if not re.fullmatch(r"\d{1,3}", doc[i].text) or int(doc[i].text) > 120:
                return False
            listed.append(doc[i])
        i += 1
    last = listed[-1]
    closed = last.i + 1 == len(doc) or doc[last.i + 1].is_punct
    return len(listed) > 1 and number in listed and closed


def _what_someone_is(number: Token) -> bool:
    """Whether a bare number is what a person is: "She was 91.", "Hale, who is 54, said"; not
    "she was 91 percent sure" nor "it was 40"."""
    verb = number.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_ != "be" or subject is None:
        return False
    after = number.nbor() if number.i + 1 < len(number.doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
        return False
    if subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head
    return subject.lower_ in ("he", "she") or _is_a_persons_name(subject)


_SPEAKER_WORDS = word_sections("speaker_words.txt")
# Nouns for one person, whom a number set off by commas after them gives the age of.
_PEOPLE_OF_AN_AGE = _SPEAKER_WORDS["person_nouns"] | _SPEAKER_WORDS["people_of_an_age"]
# "aged 31", "aged over 65", and the others of "aged 31 and 44", "aged 17, 18 or 19".
_AGED = re.compile(
    rf"\baged\s+(?:(?:{'|'.join(map(re.escape, _QUALIFIER_PHRASES))})\s+)?"
    r"(?:\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*,\s*|\s*(?:,\s*)?(?:and|or)\s+))?$",
    re.IGNORECASE,
)


# A bare bound number after being or after people is an age: "eight of the victims were under
# 18", "children under 16", "those over 70" (as "aged under 18" is).
_BOUND_AGE = re.compile(
    r"\b(?:(?P<being>were|was|are|is|be|been|being)|children|kids|people|anyone|those|pupils"
    r"|students|adults|teenagers|teens|youngsters|girls|boys|women|men|patients|residents|voters)"
    r"\s+(?:(?:aged|who\s+are|who\s+were)\s+)?(?:just\s+)?(?:under|over|below|above)\s+$",
    re.IGNORECASE,
)


# Subjects that count or pick out people without naming them: "most were under 18".
_SOME_OF = frozenset(["most", "many", "some", "half", "all", "both", "none", "few", "who"])


def _of_people(doc: Doc, number_start: int) -> bool:
    """Whether what is under or over a number is people, so the number is their age: "eight of
    the victims were under 18", "she was over 70", not "turnout was under 50"."""
    span = doc.char_span(number_start, number_start + 1, alignment_mode="expand")
    if not span:
        return False
    verb = span[0].head.head  # the number, its "under", the verb of being
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    whole = [
        p for c in subject.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
    ]
    if whole:
        subject = whole[0]  # "eight of the victims", "a quarter of those arrested"
    return (
        (subject.pos_ in ("NUM", "PRON") and subject.lower_ not in ("it", "this", "that"))
        or subject.lower_ in _SOME_OF
        or subject.lower_ in _POPULATIONS
        or (subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN")
    )


def _is_a_persons_name(name: Token) -> bool:
    """Whether the last word of a name is a person's: the model says so, a capitalised first
    name stands before a capitalised surname the model tagged as nothing ("mother-of-two Jade
    Price, 29.", where the description in front hides the name from the model), or a surname
    alone is the subject."""
    if name.ent_type_ == "PERSON":
        return True
    first = name.nbor(-1) if name.i > 0 else None
    # "Mensah, 27, now has nine tries": a surname alone, the subject of the sentence, which the
    # model tags as nothing; a place or a body it tags ("In Nebraska, 58, …") is no one.
    surname = name.pos_ == "PROPN" and name.is_title and not name.ent_type_
    if surname and name.dep_ in ("nsubj", "nsubjpass") and (first is None or first.pos_ != "PROPN"):
        return True
    return (
        not name.ent_type_
        and name.pos_ == "PROPN"
        and name.is_title
        and first is not None
        and first.pos_ == "PROPN"
        and first.is_title
        and first.head == name
        and not first.ent_type_
    )


def _noun_of_the_whole(number: Token) -> str | None:
    """The noun a count's whole counts, when the count is a part of it: "won 18 of their 24
    matches" → "matches", as the 24 counts."""
    of = [c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"]
    nouns = [n for p in of for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]
    counted = [n for n in nouns if any(c.dep_ == "nummod" for c in n.children)]
    return str(counted[0].text) if counted else None


for _name in (EXTENSION, LOCAL_MONEY, MONTH_FIRST):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class FiguresComponent:
    """Sets ``doc._.newslens_figures`` to the figures as plain dicts (see :func:`figures_of`).

    Plain values, not ``Figure`` objects, because spaCy's multi-process ``nlp.pipe`` sends
    docs between processes through msgpack.
    """

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(EXTENSION, [as_plain(f) for f in find_figures(doc)])
        return doc


@Language.factory(EXTENSION, requires=["doc.ents", "token.dep"])
def make_figures(nlp: Language, name: str) -> FiguresComponent:
    """``nlp.add_pipe("newslens_figures")``, after the ``ner`` component."""
    return FiguresComponent()


def figures_of(doc: Doc, offset: int = 0) -> list[Figure]:
    """The figures ``newslens_figures`` stored on ``doc``, shifted by ``offset``."""
    return [Figure.from_dict(f, offset) for f in doc._.get(EXTENSION) or ()]
