"""The pieces the rules that find figures are written with: numbers, scales, signs, months,
clock times and the bounds of a range as regular expressions, and the look-aheads that let a
rule be tried only where its matches can open (``_opening_with``, ``_opening_on``); and
``_Candidate``, the span a rule or one of the model's entities offers as a figure."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newslens.analysis.figures.clock_times import NAMED_HOURS
from newslens.analysis.figures.currencies import CURRENCY_SIGN
from newslens.analysis.figures.dates import WEEKDAYS
from newslens.analysis.figures.numbers import VULGAR_FRACTION
from newslens.analysis.figures.units import UNITS

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
# A time measured in abbreviated parts, at least two: "1hr 22min 27.059sec", "2hrs 5mins",
# "3min 29.4sec"; its groups are the hours, then the minutes and the seconds of either shape.
_TIME_IN_PARTS = (
    r"(?:(\d{1,2}) ?hrs? (\d{1,2}) ?mins?(?: (\d{1,2}(?:\.\d{1,3})?) ?secs?)?"
    r"|(\d{1,2}) ?mins? (\d{1,2}(?:\.\d{1,3})?) ?secs?)"
)
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
    r"|bn|mln|mn|tn|trn|m|k|b)\b|-(?:trillion|billion|million|thousand)\b"
    r"|\s?(?:trillion|billion|million|bn|mn|tn|trn)(?=[¹²³⁴⁵⁶⁷⁸⁹]))?"
)
_DASH = r"\s?(?:-|–|—|to)\s?"
_PERCENT_SIGN = r"(?:%|per\s?cent\b|percent\b)"
_ZONE = r"\s?(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT)\b"
# A clock time with its half of the day or its minutes ("6 a.m.", "5pm", "14:30"), perhaps to the
# second as an investigator's log gives it, its hour in two digits ("14:33:05"; "2:03:45" is a
# race's time; no clock reads "28:41", a runner's time), and the hours named in words that a range
# of the day may run from or to.
_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)|\d{2}:\d{2}:[0-5]\d\b"
    r"|(?:[01]?\d|2[0-4]):\d{2}\b)"
)
_NAMED_HOUR = rf"(?:{'|'.join(NAMED_HOURS)})\b"
# "the 8.15 train", "at 9.30": a clock time as British papers write it, with a dot and no half
# of the day, which is a time only where the words round it make it one (see
# ``rule_matches._told_as_a_clock``), as "8.15 points" is none.
_DOTTED_CLOCK = r"(?:[01]?\d|2[0-3])\.[0-5]\d\b(?![.,]\d)"
_HOUR = rf"(?:{_CLOCK}|{_NAMED_HOUR})"
# An hour and the day it falls on: "6pm Friday", "6am on Monday".
_HOUR_OF_A_DAY = rf"{_HOUR}(?: (?:on )?(?:{'|'.join(WEEKDAYS)})\b)?"
_HOURS_DASH = r"\s?(?:-|–|to)\s?"
_PARTS_OF_A_DAY = frozenset(["day", "night", "morning", "afternoon", "evening"])
# The parts of a day a story names after the day: "Monday night", "Sunday morning".
_PARTS_OF_A_DAY_NAMED = _PARTS_OF_A_DAY - {"day"}
# The day a clock time falls on, written after it ("10pm Thursday", "at 8pm on Thursday", "2am
# Sunday morning") as the model's "midnight Sunday" keeps it; not the first day of a span of
# days ("9am-5pm Monday to Friday") nor a weekday its date follows ("8pm on Thursday 5 March"),
# which is a date of its own.
_ON_THE_DAY = (
    rf"(?: (?:on )?(?:{'|'.join(WEEKDAYS)})(?: (?:{'|'.join(sorted(_PARTS_OF_A_DAY_NAMED))}))?\b"
    rf"(?!\s?(?:-|–|to|through|until|till)\b|,?\s(?:the\s)?\d|,?\s{_MONTH_NAMES}))?"
)

# The points a range of a poll's lead or an index's level is in: "between 8 and 12 points".
_POINTS = r"(?:percentage )?points"
# One side of a range, with its own sign or unit: "$20bn", "300°C", "15%", "ten hours".
_BOUND = (
    rf"(?:{CURRENCY_SIGN}\s?|[-−](?=\d))?(?:{_NUM}){_SCALE}"
    rf"(?:\s?{_PERCENT_SIGN}|\s?(?:{UNITS})\b|\s(?:{_TIME_UNITS}|{_POINTS})\b|(?-i:[CF]|p)\b)?"
)
# A month, in capitals whatever the rule's case, and its year perhaps: "June", "March 2021".
_MONTH_OF_A_YEAR = rf"(?-i:{_MONTH_NAMES})(?: (?:1[5-9]|20)\d\d)?\b"
# A bound of a range opened by "between" or "from", which may also be a day ("January 1") or a
# month ("between June and August", "between March 2021 and April 2023"), whose first month the
# model may leave out or end a date at.
_RANGE_BOUND = rf"(?:{_BOUND}|{_DAY_OF_MONTH}|{_MONTH_OF_A_YEAR})"


# A match of the rules (see :mod:`newslens.analysis.figures.rules`) that open on a currency sign, a minus or a "p" has a digit within its
# first few characters (the longest sign with its space is "Rs. ", the longest minus "minus "):
# ``_DIGIT_NEAR`` says so, and those rules are tried only that near a digit. The quantifier is
# possessive, as the first digit ends the run of others anyway.
_DIGIT_REACH = 7
_DIGIT_NEAR = rf"(?=\D{{0,{_DIGIT_REACH}}}+\d)"


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


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches open only at ``starts``, in order:
    tried at each of them alone, where a search would try it, past the end of the match before
    (no rule matches an empty string, which a search would step over)."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            end = match.end()
            yield match


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    label: str  # a spaCy label or a FigureKind value from the rules
