"""Every rule that finds figures names the characters its matches open with, the money and range
rules look for a digit before trying a currency sign's spellings, a rule that opens on a digit
is tried at each digit alone, and one that opens on a word at those words alone: that only saves
time, and finds exactly what the rules find without it, in any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newslens.analysis.figures.not_figures import _NOT_FIGURES
from newslens.analysis.figures.patterns import _DIGIT_NEAR, _DIGIT_REACH, _WORD_OPENINGS
from newslens.analysis.figures.rates import MULTIPLE
from newslens.analysis.figures.rule_matches import (
    _OPENING_NEAR_A_DIGIT,
    _OPENING_ON_A_DIGIT,
    _WORD_OPENING,
    _matches_at,
    _reaching,
)
from newslens.analysis.figures.rules import _RULES

# What ``patterns._opening_with`` puts around a pattern, and ``patterns._opening_on`` around a rule.
_OPENINGS = re.compile(r"\(\?=\[[^\]]*\]\)\(\?:(?P<pattern>.*)\)", re.DOTALL)
_ON_WORDS = re.compile(r"\\b\(\?=\\d\|\(\?i:[^)]*\)\)\(\?:(?P<pattern>.*)\)", re.DOTALL)


def _written(pattern: re.Pattern[str]) -> str:
    """The rule as written, without the words it is tried at."""
    on_words = _ON_WORDS.fullmatch(pattern.pattern)
    return on_words.group("pattern") if on_words else pattern.pattern


_HASTENED = [p for _, p in _RULES if _OPENINGS.fullmatch(_written(p)) or p in _WORD_OPENINGS]
_HASTENED += [_NOT_FIGURES, MULTIPLE]

_PIECES = ["Rs. ", "Rs.", "KSh ", "US$", "US$ ", "A$", "$", "£", "€", "R", "USD ", "CHF ", "\n"]
_PIECES += ["1", "12", "2,500", "3.5", "2024", "0830", "19", " ", "m", "bn", " million", "-", "–"]
_PIECES += [" to ", "%", "C", "F", "about ", "paid ", "x", ".", ",", ":", "/", "'", "+", "(", ")"]
_PIECES += ["one", " in ", "five", " per ", "100,000", "times", "twice", "doubled", "fold"]
_PIECES += ["magnitude ", "minus ", "hundreds", " of ", "half", "a ", "quarter", "Q3 ", "FY"]
_PIECES += ["p", "<", "=", "0.04", "January", "March ", "3rd", "th", "between ", "and ", "from "]
_PIECES += ["pm", " GMT", "km", "per cent", "No. ", "call ", "+44 ", "020", "s", "c a litre"]
# Letters that match others when case is ignored, and digits other than 0-9.
_PIECES += ["ſ", "ı", "K", "İ", "٣", "１", "ONE", "Twice", "HALF"]
_PIECES += ["noon", "Midnight", "midday", "'s", "’s", "’", "the ", "late ", "90", "1980", "(k)"]
_PIECES += ["every ", "under-", "OVER-", "18s", "sub-", "ten", "thrice", "Once", "dozens", "-"]
_PIECES += ["and-a-half-", "year", "eleven", "tripled", "x", "_", "Dozens", "a"]
_PIECES += ["his ", "her ", "mid-", "20s", "hr ", "min ", "sec", "mins", "twenties", "teens"]
_PIECES += ["an ", "A ", "metre", "foot", " higher", " deeper", "thirds", "quarters"]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The rule as it would be written without what only hastens it."""
    opened = _OPENINGS.fullmatch(_written(pattern))
    written = opened.group("pattern") if opened else _written(pattern)
    return re.compile(written.removeprefix(_DIGIT_NEAR), pattern.flags)


def _found(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


# A phrase that opens each way a rule's match may open, in the order of the rules.
_OPENING_PHRASES = [
    "on 2024-03-21 and 1999-12-31.",
    "on 21/03/2024 and 3.4.2024",
    "in FY25-26 and FY2026",
    "in Q3 2022",
    "rates of 5 to 5 and a half percent, 4 to 4 and a quarter",
    "in 2023-24, 2018/19 and 1998-99",
    "on 3 March 2024, 21st of May and March 5, 2024, January 5, February 6, April 7, "
    "September 8, October 9, November 10, December 11",
    "in the 1990's, the late 1980’s, the '90's, the ’60’s and the 70's",
    "a man in his 20s, a woman in her late 30s and two in their mid-40s",
    "a woman in her mid-twenties, two in their late teens and a man in his thirties",
    "won in 1hr 22min 27.059sec, then 3min 29.4sec and 2hrs 5mins",
    "between £2m and £3m, from 10 to 20 per cent, between midnight and 5am, from noon to "
    "2 p.m., from 6pm to Midnight, between 9:30 and midday",
    "6pm to midnight, 10am-noon, 9 a.m. – midday",
    "£20bn-£30bn, US$5-6, Rs. 5-10, USD 4-5, KSh 3-4, R2,000-R3,000, 10-12C, -5 to -2",
    "one in five, 1,240 per 100,000, ten in 10, nine in ten, six in 10, eight in 10",
    "$5, A$5, €3m, ¥10, Rs.5, Sh2,500, USD 5, R1,200",
    "212p and 142.9p, 20p-35p and 20 - 35p",
    "35c a litre",
    "5 dollars, 3 rand, 440 Mio. Euro, 2,3 Mrd. euros, 440 millions d'euros",
    "12%, 4 per cent, half a percentage point, a quarter of a percentage point, a quarter point, "
    "half a point, three-quarters of a point",
    "1:29.525 and .179s and 0.179s",
    "split 60:40, a ratio of 3:2 or 2.5:1, not 2:03:45, a scale of 1:50,000 or 1:25000, 50/50",
    "3 p.m., 14:00 GMT, 0830 GMT",
    "minus 12 degrees, -5km, −3 miles, a 300-metre wall",
    "p<0.001, P = 0.04",
    "a metre higher, an inch deeper, A foot taller, half a metre lower, of a mile further",
    "magnitude 6.8, a 6.8-magnitude quake",
    "twice a week, once a day, three times a year, thrice a month",
    "every two weeks",
    "the under-18s and over-65s",
    "doubled, tripling, treble, quadrupled, quintupled, halved, tenfold, 10-fold, hundredfold, "
    "thousandfold, one times, five times, six times, seven times, eight times, nine times, "
    "2.5 times, twice",
    "a five-and-a-half-year contract, 2 and a half days, eleven-and-a-half hours",
    "her twenty-fifth goal, its two hundredth birthday, the eleven thousandth, one hundredth of",
    "the first sub-two-hour marathon, a sub-10-second 100m",
    "its 500 millionth passenger",
    "ranked 168th",
    "18- to 24-year-olds, 10- or 12-person crews",
    "2.5C, minus 3C, −4F",
    "fell to minus five, Minus twenty-five, plus or minus three, minus five degrees",
    "tens of thousands, hundreds of homes, dozens of, millions of, billions of",
    "three quarters of a metre, half a mile, A third of an inch, two thirds of a km",
    "a quarter of a million, half a billion, one third of a dozen, two quarters of a hundred",
    "12, 1.5m, 3,000",
    "call 911. Dial 999, ring 111 or phone 0800 123 456; +44 20 7946 0958, (555) 010-4477, "
    "No. 10, Number 11, flat#4, 1-800-555-0199\n78' Saka, 401(k) and 529 plans\n2. Close",
    "call 867-5309 for, 555-0142, 07700 900123, +44 (0)20 7946 0958",
]


def test_every_rule_names_the_characters_its_matches_open_with() -> None:
    assert all(_written(pattern).startswith("(?=[") for _, pattern in _RULES)
    assert all(_ON_WORDS.fullmatch(pattern.pattern) for pattern in _WORD_OPENINGS)
    assert sum(_DIGIT_NEAR in p.pattern for p in _HASTENED) == 6


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_looking_ahead_finds_what_the_rule_finds(text: str) -> None:
    for pattern in _HASTENED:
        assert _found(pattern, text) == _found(_plain(pattern), text), pattern.pattern


@settings(max_examples=200)
@given(st.text(max_size=30))
def test_looking_ahead_finds_what_the_rule_finds_in_any_characters(text: str) -> None:
    for pattern in _HASTENED:
        assert _found(pattern, text) == _found(_plain(pattern), text), pattern.pattern


def test_looking_ahead_finds_each_opening_the_rules_allow() -> None:
    for text in _OPENING_PHRASES:
        for variant in (text, text.upper(), text.title()):
            for pattern in _HASTENED:
                assert _found(pattern, variant) == _found(_plain(pattern), variant), pattern.pattern


def _tried_at_each_digit(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    """The matches of a rule tried at each digit, or, for a rule with a digit near its start, at
    each place a few characters before a digit."""
    digits = [m.start() for m in re.finditer(r"\d", text)]
    if pattern in _OPENING_NEAR_A_DIGIT:
        digits = _reaching(digits, _DIGIT_REACH)
    return [(m.span(), m.groups()) for m in _matches_at(pattern, text, digits)]


_TRIED_AT_DIGITS = _OPENING_ON_A_DIGIT | _OPENING_NEAR_A_DIGIT


def test_trying_each_digit_finds_what_a_search_finds_in_the_phrases() -> None:
    assert (len(_OPENING_ON_A_DIGIT), len(_OPENING_NEAR_A_DIGIT)) == (17, 6)
    for text in _OPENING_PHRASES:
        for pattern in _TRIED_AT_DIGITS:
            assert _tried_at_each_digit(pattern, text) == _found(pattern, text), pattern.pattern


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_trying_each_digit_finds_what_a_search_finds(text: str) -> None:
    for pattern in _TRIED_AT_DIGITS:
        assert _tried_at_each_digit(pattern, text) == _found(pattern, text), pattern.pattern


@given(st.lists(st.integers(0, 60), unique=True).map(sorted), st.integers(0, 9))
def test_the_places_near_digits_are_each_place_a_few_characters_before_one(
    digits: list[int], reach: int
) -> None:
    near = [p for p in range(61) if any(p <= d <= p + reach for d in digits)]
    assert _reaching(digits, reach) == near


def _tried_at_each_word(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    """The matches of a rule that opens on a word, tried at each word a rule opens with."""
    openings = [m.start() for m in _WORD_OPENING.finditer(text)]
    return [(m.span(), m.groups()) for m in _matches_at(pattern, text, openings)]


def test_trying_each_word_finds_what_a_search_finds_in_the_phrases() -> None:
    assert len(_WORD_OPENINGS) == 17
    for text in _OPENING_PHRASES:
        for variant in (text, text.upper(), text.title()):
            for pattern in _WORD_OPENINGS:
                assert _tried_at_each_word(pattern, variant) == _found(pattern, variant)


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_trying_each_word_finds_what_a_search_finds(text: str) -> None:
    for pattern in _WORD_OPENINGS:
        assert _tried_at_each_word(pattern, text) == _found(pattern, text), pattern.pattern


@settings(max_examples=200)
@given(st.text(max_size=30))
def test_trying_each_word_finds_what_a_search_finds_in_any_characters(text: str) -> None:
    for pattern in _WORD_OPENINGS:
        assert _tried_at_each_word(pattern, text) == _found(pattern, text), pattern.pattern
