"""The rules: regular expressions for the figures the model misses or mislabels ("12 per cent",
"£30m", "3 p.m.", ranges, shares, multiples), most specific first, each written with the
characters or the words its matches can open with; :mod:`newslens.analysis.figures.rule_matches`
tries them there."""

from __future__ import annotations

import re

from newslens.analysis.figures.ages import _AGE_GROUP
from newslens.analysis.figures.clock_times import NAMED_HOURS
from newslens.analysis.figures.currencies import (
    CURRENCY_SIGN,
    CURRENCY_SIGN_OPENINGS,
)
from newslens.analysis.figures.date_rules import _DATE_RULES
from newslens.analysis.figures.money_rules import _PRICE_RULES
from newslens.analysis.figures.numbers import (
    EIGHTHS,
    SCIENTIFIC,
    TENS,
    UNITS_SMALL,
    VULGAR_FRACTION,
)
from newslens.analysis.figures.patterns import (
    _CLOCK,
    _DASH,
    _DIGIT_NEAR,
    _DOTTED_CLOCK,
    _HOUR,
    _HOUR_OF_A_DAY,
    _HOURS_DASH,
    _NAMED_HOUR,
    _NUM,
    _ON_THE_DAY,
    _PERCENT_SIGN,
    _POINTS,
    _RANGE_BOUND,
    _SCALE,
    _SMALL_NUMBERS,
    _SMALL_WORDS,
    _TIME_IN_PARTS,
    _TIME_UNITS,
    _ZONE,
    _opening_on,
    _opening_with,
)
from newslens.analysis.figures.ranks import _RANK_BY_NUMBER
from newslens.analysis.figures.rates import EVERY, MULTIPLE, RATE
from newslens.analysis.figures.ratios import RATIO
from newslens.analysis.figures.shares import _SHARE
from newslens.analysis.figures.units import HEIGHT, ONE_UNIT_COMPARED, UNITS
from newslens.analysis.model import FigureKind

# A share in percent or in points: "15%", "3.5 per cent", "plus or minus three percentage
# points", "half a percentage point", "a ½-point cut". Its matches open on a digit, a fraction
# set as one character or a word at its start (see ``rule_matches._rule_candidates``).
_PERCENT = _opening_with(
    rf"\dhaqotfsen{VULGAR_FRACTION[1:-1]}",
    rf"(?:{_NUM})\s?(?:{_PERCENT_SIGN}|percentage points?\b|pc\b"
    r"|basis points?\b|bps?\b)"
    rf"|\b{_SMALL_WORDS} percentage points?\b"  # "plus or minus three percentage points"
    # "a 25-basis-point cut", "a 0.5-percentage-point rise": joined to the noun
    rf"|(?:{_NUM})-(?:basis|percentage)-points?\b"
    r"|\b(?:half|a quarter|a third|three[ -]quarters) (?:of )?a (?:percentage )?point\b"
    # "a half-point rise", "a ½-point cut", "by a quarter point": a share of a point, as of a rate
    rf"|(?:\b(?:half|quarter)|{VULGAR_FRACTION})"
    r"(?:-|(?<=\ba half) |(?<=\ba quarter) )(?:percentage-)?point\b",
    re.I,
)
# Rules, most specific first; a later rule never overrides an earlier one's span.
# Each rule is written with the characters its matches open with (see ``_opening_with``); a
# rule whose matches open on a digit is tried at each digit alone (see
# ``rule_matches._rule_candidates``), and one whose matches open on a word at those words alone
# (see ``_opening_on``).
# A rule that opens on a currency sign, a minus or a "p" starts with ``_DIGIT_NEAR``.

# The dash or "to" of a range after its first side's unit, and the sign of its second side.
_SECOND_SIDE = r"(?:\s?[-–]\s?|\sto\s)[-−]?(?=\d)"

# "five", "twenty-five": a whole number in words up to 99.
_NUMBER_WORD = rf"(?:{'|'.join(UNITS_SMALL)})(?:-(?:{'|'.join(UNITS_SMALL)}))?"

# "doubled", "tripling", "a fourfold rise", "three times as many", "twice": a multiple.
_MULTIPLE = _opening_on(
    (
        *("doubl", "tripl", "trebl", "quadrupl", "quintupl", "halv", "twice", "hundred"),
        *("thousand", *_SMALL_NUMBERS),
    ),
    MULTIPLE,
)

_RULES: tuple[tuple[FigureKind, re.Pattern[str]], ...] = (
    *_DATE_RULES,
    # "between 10 and 20", "from $4.10 to $4.25"; "between January 1 and September 26", a
    # period the model may end at its first day; "between the ages of 18 and 24", which it may
    # split in two.
    (
        FigureKind.RANGE,
        _opening_on(
            ("between", "from"),
            _opening_with(
                "bf",
                rf"\b(?:between (?:the ages of )?{_RANGE_BOUND} and|from {_RANGE_BOUND} to)"
                rf" {_RANGE_BOUND}"
                # "from midnight to 6 a.m.", "between 9am and 5pm", "from 7:30am until 6:30pm": a
                # span of the day, which the clock rule below would cut to its digits; one over
                # days names them, "from 6pm Friday until midday Saturday"
                rf"|\bbetween {_HOUR_OF_A_DAY} and {_HOUR_OF_A_DAY}"
                rf"|\bfrom {_HOUR_OF_A_DAY} (?:to|until|till) {_HOUR_OF_A_DAY}",
                re.I,
            ),
        ),
    ),
    # "5 to 5 and a half percent": a bound with a part of one more, which the model splits
    (
        FigureKind.RANGE,
        _opening_with(
            r"\d", rf"\b(?:{_NUM}) to (?:{_NUM}) and an? (?:half|quarter)(?:\s?{_PERCENT_SIGN})?"
        ),
    ),
    # "18- to 24-year-olds", "10- to 12-person crews": a range whose first bound shares the
    # compound of the second, which the model splits in two; "16- or 17-year-olds" are two ages,
    # as "16 or 17 years old" are, no guess between them.
    (
        FigureKind.RANGE,
        _opening_with(r"\d", r"\b\d{1,3}- (?:to|or(?! \d{1,3}-year-old)) \d{1,3}(?=-[a-z])"),
    ),
    # "6pm to midnight", "9am-noon", "2pm-6pm"; and from an hour in words, "noon-2pm",
    # "Midnight to 6am" opening a sentence, which the model tags as two times.
    (FigureKind.RANGE, _opening_with(r"\d", rf"\b{_CLOCK}{_HOURS_DASH}{_HOUR}", re.I)),
    (
        FigureKind.RANGE,
        _opening_on(
            tuple(NAMED_HOURS),
            _opening_with("nmNM", rf"\b{_NAMED_HOUR}{_HOURS_DASH}{_HOUR}", re.I),
        ),
    ),
    # "2-3m", "$4 to $5bn", "-2 to -5C", "-2% to -5%": a range, each side below nought perhaps;
    # a share on the first side only before another ("rose 3pc to 1,200" is a change and a level).
    (
        FigureKind.RANGE,
        _opening_with(
            rf"\d\-−{CURRENCY_SIGN_OPENINGS}",
            rf"{_DIGIT_NEAR}(?:{CURRENCY_SIGN}\s?|(?<=[\s(])[-−](?=\d))?(?:{_NUM}){_SCALE}"
            rf"(?:(?-i:[CF])(?={_SECOND_SIDE})|(?:pc|%)(?={_SECOND_SIDE}(?:{_NUM})(?:pc|%)))?"
            rf"{_DASH}"
            rf"(?:{CURRENCY_SIGN}\s?|(?<=\s)[-−](?=\d))?(?:{_NUM}){_SCALE}"
            rf"(?:\s?{_PERCENT_SIGN}|pc\b|\s(?:{UNITS}|{_TIME_UNITS}|{_POINTS})\b|(?-i:[CF])\b)?"
            # "2-1/4 cents" is one price in eighths, not a range from 4 to 3; "jumped 4pc to
            # 212p" is a share and a price in pence, which no range runs between
            r"(?!/\d|[\d.,]*p\b)",
            re.IGNORECASE,
        ),
    ),
    # After the ranges: a kind ranks at its first rule, and "between 10 and 20 percent" is a range.
    (FigureKind.PERCENT, _SHARE),
    (FigureKind.PERCENT, RATIO),  # "split 60:40", before the clock rule takes it for a time
    *_PRICE_RULES,
    (FigureKind.PERCENT, _PERCENT),
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
            r"|(?<=\bin )(?:2[4-9]|[3-9]\d):[0-5]\d|\d{1,2}:[0-5]\d(?= (?:per|a) (?:km|kilomet|mile))"
            rf"|{_TIME_IN_PARTS})\b",  # "1hr 22min 27.059sec", as racing reports write it
        ),
    ),
    (
        FigureKind.TIME,
        _opening_with(
            r"\d",
            rf"(?:\b{_CLOCK}"
            # "by 0830 GMT": four digits are a clock time only before a time zone.
            rf"|\b(?:[01]\d|2[0-3])[0-5]\d(?={_ZONE})|(?<![\d.,]){_DOTTED_CLOCK})"
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
    (FigureKind.QUANTITY, _opening_on((r"an?\b",), _opening_with("aA", ONE_UNIT_COMPARED))),
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
    # "could fall to minus five tonight": a number in words below nought, which the model leaves
    # untagged as it does not "minus 5" ("minus five degrees" it takes whole); not "plus or
    # minus three", a margin either way.
    (
        FigureKind.COUNT,
        _opening_on(
            ("minus",),
            _opening_with("mM", rf"(?<!\bor )\bminus {_NUMBER_WORD}\b(?![\s-](?:{UNITS})\b)", re.I),
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
    # "three quarters of a metre", "of a cent": a share of one unit, the model's date or share
    (
        FigureKind.QUANTITY,
        _opening_on(
            (r"a\b", "one", "two", "three", "half", "third", "quarter"),
            _opening_with(
                "aothq",
                r"\b(?:(?:a|one|two|three) )?(?:half|thirds?|quarters?) (?:of )?an? "
                rf"(?:{UNITS}|cent|penny)\b",
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
