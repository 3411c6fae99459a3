"""Changes: whether two values are a change from one to the other ("rose from 5% to 9%",
"climbed $2.10 to $84.35") rather than a range. What the first of a change, or a count set
against an earlier one, takes from the other is ``shared_units``' question."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newslens.analysis.figures.currencies import CURRENCY_SIGN
from newslens.analysis.figures.numbers import FRACTIONS, _number
from newslens.analysis.figures.patterns import _PERCENT_SIGN
from newslens.analysis.figures.qualifier_words import _QUALIFIER_OF, _strip_qualifier
from newslens.analysis.figures.ranges import _whole_then_scaled, range_bounds

# Verbs (lemmas) of a change from one value to another: "rose from 5% to 9%", not "ranged from".
_CHANGE_VERBS = {
    "rise",
    "fall",
    "increase",
    "decrease",
    "grow",
    "expand",
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


# "£94 to £1,302", "1.2% to 4.5%", "46 percent to 42 percent", "18p to 342p": two amounts,
# each with its own sign.
_SIGNED_PAIR = re.compile(
    rf"(?:{CURRENCY_SIGN}).*\sto\s(?:{CURRENCY_SIGN}).*|.*{_PERCENT_SIGN}\sto\s.*{_PERCENT_SIGN}"
    r"|[\d.,]+p\sto\s[\d.,]+p",
    re.I,
)


# "cut by half to 1.5p", "by a third to £40m": a share in words and an amount, no range.
_FRACTION_TO_AMOUNT = re.compile(
    rf"(?:an?\s+|one\s+|two\s+)?(?:{'|'.join(FRACTIONS)})\s+to\s+\S*\d.*", re.I
)


# Two counts with no sign, unit or scale: "40 to 1,260".
_BARE_PAIR = re.compile(r"\d[\d,]*(?:\.\d+)?\sto\s\d[\d,]*(?:\.\d+)?")


# "0.8pc to $2,365", "3% to £410": a share and an amount of money, which no range runs between.
_SHARE_TO_MONEY = re.compile(
    rf"[^%]*\d\s?(?:{_PERCENT_SIGN}|pc\b)\sto\s(?:{CURRENCY_SIGN})\s?\d.*", re.I
)


def _two_amounts(words: str) -> bool:
    """Whether ``words`` are two amounts each with its own sign that make no range (the first
    is the larger): "$64.8m to $45.1m" raised by two sides, a poll's "46 percent to 42 percent",
    a share and a price ("gold rose 0.8pc to $2,365")."""
    if _SHARE_TO_MONEY.fullmatch(words) is not None:
        return True
    return _SIGNED_PAIR.fullmatch(words) is not None and range_bounds(words) is None


def _changed_from(doc: Doc, char: int, words: str) -> bool:
    """Whether two values ``words`` starting at ``char``, after a "from" or with it, are a
    change: "gone up from", "rose from", "cut from"; or after "by", the change and the new
    value, when each has its own sign ("rose by £94 to £1,302") or the second is many times
    the first ("deaths rose by 40 to 1,260"; "by 2 to 3 per cent" is a range); or, each with
    its own sign, right after a verb of change (see ``_change_and_level``); a bound on the
    change is no part of it ("rose by about 200,000 to 1.1 billion")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    # "rose by about 200,000 to 1.1 billion": the change's bound, inside the words or before
    # them, is no part of the amounts, and the verb or the "by" is before it
    words = _strip_qualifier(words)
    opens = span.start
    while opens > 0 and doc[opens - 1].lower_ in _QUALIFIER_OF:
        opens -= 1
    signed = _SIGNED_PAIR.fullmatch(words) or _FRACTION_TO_AMOUNT.fullmatch(words)
    # "the toll rose 40 to 1,260", "trips went up 2,000 to 14,500": bare counts, which a level
    # many times the change tells apart as surely as signs do ("grew 10 to 50 percent" has one
    # sign for both, and may be a range of growth); so is a whole count before a scaled one,
    # "rose 200,000 to 1.1 billion", which shares no scale as "2 to 3 billion" does
    unscaled = _BARE_PAIR.fullmatch(words) is not None or _sides_alone(words) is not None
    bare = unscaled and _level_over_change(words)
    if (signed or bare) and opens > 0 and _change_and_level(doc[opens - 1], words):
        return True
    opener = ("from", "by") if signed or _level_over_change(words) else ("from",)
    i = opens if doc[opens].lower_ == "from" else opens - 1
    if i < 1 or doc[i].lower_ not in opener:
        return False
    before = doc[i - 1]
    # "cut rates by 0.5% to 4.5%": the verb may stand before its object.
    verb = doc[i].head if doc[i].lower_ == "by" else before
    return before.lower_ in ("up", "down") or (
        verb.pos_ in ("VERB", "AUX") and verb.lemma_ in _CHANGE_VERBS
    )


# The last hour on a clock's face: a falling pair no larger may be a span of the day.
_HOURS_ON_A_CLOCK = 12


def _falls_from(doc: Doc, char: int, words: str) -> bool:
    """Whether two counts ``words`` starting at ``char``, right after "from", fall from the
    first to the second: "cut bus services from 48 to 20 a week", whatever the parse makes of
    "cut". A range runs upward, so a pair that falls is a change, the old value and the new;
    below 13 it may be hours, "open from 11 to 2" (see ``tallies._hours_open``)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or span.start < 1 or doc[span.start - 1].lower_ != "from":
        return False
    old, to, new = words.partition(" to ")
    if not to or range_bounds(words) is not None:
        return False
    was, now = _number(old), _number(new)
    return was is not None and now is not None and was > max(now, _HOURS_ON_A_CLOCK)


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
        # "grew by 7,000 to 7.6 million": no range shares the scale with a side whole without it
        bounds = _sides_alone(words)
    if bounds is None:
        return False
    try:
        low, high = (float(bound) for bound in bounds[:2])
    except ValueError:
        return False  # hours of the day or days of a month, no amounts
    return low > 0 and high > _LEVEL_OVER_CHANGE * low


def _sides_alone(words: str) -> tuple[str, str, None] | None:
    """The two amounts of "A to B" each read on its own (see ``ranges._whole_then_scaled``)."""
    change, _, level = words.partition(" to ")
    sides = _whole_then_scaled(change, level)
    return None if sides is None else (str(sides[0]), str(sides[1]), None)


# "from 200,000 to 1.1m", "by 200,000 to 1.1m": a change whose other side is written whole.
_CHANGED_FROM_A_WHOLE = re.compile(r"\b(?:from|by)\s+(\S+)\s+to\s+$", re.IGNORECASE)


def _changed_from_a_whole_count(text: str, start: int, end: int) -> bool:
    """Whether the figure ``text[start:end]`` ("1.1m") is the level a change from (or by) a
    number written whole in digits reached, the two sides read alone as ``_changed_from`` reads
    them: "rose from 200,000 to 1.1m", not "fell from 2.5m to 1.8m"."""
    change = _CHANGED_FROM_A_WHOLE.search(text, max(0, start - 30), start)
    return change is not None and _sides_alone(f"{change[1]} to {text[start:end]}") is not None
