"""Which of the model's entities are words that measure nothing: a date too vague to be a
figure, a fraction or an ordinal fixed in a compound ("half-time", "first-time buyers"), "any
one", "the first" standing for a quarter just named, the half a result belongs to, a fraction
that shapes ("folds in half"), a number that names a kind ("the two-party system"), a rate's
period ("11 shifts a month"), a company's quarter, a time without a number."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newslens.analysis.figures.clock_times import NAMED_HOURS
from newslens.analysis.figures.dates import _YEAR, MONTHS, WEEKDAYS
from newslens.analysis.figures.numbers import FRACTIONS
from newslens.analysis.figures.qualifier_words import _QUALIFIER_OF
from newslens.analysis.figures.speech import _a_moment_measured
from newslens.analysis.figures.units import DURATIONS
from newslens.analysis.syntax.text import doc_text


def _a_word_of_no_figure(doc: Doc, ent: Span, text: str, words: list[str]) -> bool:
    """Whether the entity is a word that measures nothing: a fraction or an ordinal in a
    compound, a reporting half, a fraction that shapes, a number that names a kind."""
    # "half-time", "quarter-final": a fraction that begins a compound word measures nothing.
    hyphened = re.match(r"-(?!an?\b)[a-z]", text[ent.end_char : ent.end_char + 3])
    if len(ent) == 1 and words[0] in FRACTIONS and hyphened:
        return True
    if ent.label_ == "DATE" and _names_a_reporting_half(doc, ent, words):
        return True
    if len(ent) == 1 and words[0] in FRACTIONS and _shaped_in(doc, ent[0]):
        return True
    if len(ent) == 1 and _names_a_kind(doc, ent.end):
        return True
    # "bigger than any one player", "at any one time": "one" picks out no matter which, and
    # counts nothing ("lost one game", "any one of three" still count).
    any_one = words == ["one"] and ent.start > 0 and doc[ent.start - 1].lower_ == "any"
    if any_one and (ent.end == len(doc) or doc[ent.end].lower_ != "of"):
        return True
    if words[0] == "first" and _ones_own_start(doc, ent):
        return True  # "his first day at work"
    if ent.label_ == "ORDINAL" and _a_part_just_named(doc, ent):
        return True  # "in the second quarter, slowing from 4.6% in the first"
    # "first-time buyers", "second-hand cars", "first responders", "the first lady": an
    # ordinal fixed in a compound names a kind or a role, not a rank ("the second-largest
    # city", "a third-term mayor", "the first woman" still rank).
    compound = _ORDINAL_COMPOUND.match(text, ent.end_char)
    return (
        ent.label_ == "ORDINAL"
        and len(ent) == 1
        and (compound is not None or (words == ["first"] and _first_in_an_idiom(doc, ent, text)))
    )


# "for the first time", "the first thing to say": "first" in an idiom orders nothing that can
# be checked, unless what follows says since when ("the first time since 2016", "for the first
# time in 20 years", "the first time this season"; "the second time" still counts). "First
# Minister John Swinney", "the first minister urged calm" name an office ("the first minister
# to resign" ranks).
_FIRST_IN_AN_IDIOM = re.compile(
    r"\s+(?:times?(?!\s+(?:since|in|this|ever|on\s+record)\b)|things?"
    r"|ministers?(?!\s+(?:to|since|ever)\b))\b",
    re.IGNORECASE,
)


def _first_in_an_idiom(doc: Doc, ent: Span, text: str) -> bool:
    """Whether "first" is in an idiom: "for the first time", "first thing", "in the first
    place" ("took first place in the final" ranks)."""
    if _FIRST_IN_AN_IDIOM.match(text, ent.end_char) is not None:
        return True
    in_the = [t.lower_ for t in doc[max(ent.start - 2, 0) : ent.start]] == ["in", "the"]
    return in_the and _PLACE_AFTER.match(text, ent.end_char) is not None


_PLACE_AFTER = re.compile(r"\s+place\b", re.IGNORECASE)


def _ones_own_start(doc: Doc, ent: Span) -> bool:
    """Whether the entity is someone's "first day" or "first job" (a day the model may date):
    a start in their own life, nothing to check ("the first day of the trial" dates an
    event)."""
    first = ent[0]
    after = first.i + 1
    return (
        first.i > 0
        and after < len(doc)
        and ent.end <= after + 1
        and doc[first.i - 1].lower_ in _PERSONS
        and doc[after].lower_ in _STARTS
    )


# The parts of a year or a match an ordinal alone may stand for once one is named.
_PARTS = frozenset(["quarter", "quarters", "half", "halves"])
# How far back in its sentence the part an ordinal stands for may be named.
_PART_NAMED_WITHIN = 16


def _a_part_just_named(doc: Doc, ent: Span) -> bool:
    """Whether "the" and an ordinal with no noun after it stand for a quarter or a half named
    just before: "grew 3.1% in the second quarter, slowing from 4.6% in the first" is the
    first quarter, never a rank of 1 ("won the second race and lost the first" ranks)."""
    ordinal = ent[-1]
    if ordinal.i == 0 or doc[ordinal.i - 1].lower_ != "the":
        return False
    if ordinal.i + 1 < len(doc) and doc[ordinal.i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    start = max(ordinal.sent.start, ordinal.i - _PART_NAMED_WITHIN)
    return any(t.lower_ in _PARTS for t in doc[start : ordinal.i - 1])


_PERSONS = frozenset(["my", "your", "his", "her", "our", "their"])
_STARTS = frozenset(["day", "week", "job", "shift"])


def _a_rate_or_a_vague_time(doc: Doc, ent: Span, words: list[str]) -> bool:
    """Whether the entity is a rate's period, a company's quarter or a time without a number:
    no figure of its own."""
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
        return True
    if len(ent) == 1 and words[0] == "quarter" and not share and _a_period_described(ent[0]):
        return True  # "its best quarter yet", "a strong quarter": a company's, no share
    # "drop-off hours", "before noon", "Sunday night": times without a number are vague.
    return ent.label_ == "TIME" and (rate or not any(_counts_a_time(t) for t in ent))


def _a_period_described(word: Token) -> bool:
    """Whether "quarter" is described as a company's or a campaign's period is, by whose
    it is or how it went: "its best quarter", "the firm's strongest quarter", "a record
    quarter"; not "a quarter", "one quarter", "by a quarter"."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return before is not None and (
        before.tag_ in ("PRP$", "POS", "JJ", "JJR", "JJS") or before.lower_ == "record"
    )


_ORDINAL_COMPOUND = re.compile(
    r"-(?:time|hand|party|class|rate|person|born|guess|aid|degree|string|order|name|of-its-kind)\b"
    # "first and foremost" ranks nothing either
    r"|\s(?:lady|ladies|responders?|aid|refusal|world(?!\s+wars?\b)|and\s+foremost)\b",
    re.IGNORECASE,
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
# one-party state", "the two-state solution", "a two-horse race", "a two-front war" count no
# parties, horses or fronts.
_KINDS_BY_NUMBER = frozenset(["system", "state", "solution", "race", "war"])


def _names_a_kind(doc: Doc, end: int) -> bool:
    """Whether the number ending at token ``end`` is hyphened to a noun that, with the noun
    after it, names a kind of thing: "two-party system"."""
    return (
        end + 2 < len(doc)
        and doc[end].text in ("-", "‐")
        and doc[end + 1].pos_ == "NOUN"
        and doc[end + 2].lemma_.lower() in _KINDS_BY_NUMBER
    )


# A year named right after a date: "second-half 2023".
_A_YEAR_AFTER = re.compile(rf"[^\S\n]+{_YEAR}\b(?![.,]?\d)")


def _names_a_reporting_half(doc: Doc, ent: Span, words: list[str]) -> bool:
    """Whether a date names the half of a year (or of a match) something belongs to, no more a
    figure than "full-year" is: "half-year results", "first-half profits", "a second-half
    goal"; "a half-year delay" lasts six months, and "second-half 2023" is a date, the half of
    the year it names (see ``dates._parts_of_named_years``)."""
    half = [w for w in words if w not in ("the", "-")]
    if half in (["first", "half"], ["second", "half"]):
        return _A_YEAR_AFTER.match(doc_text(doc), ent.end_char) is None
    counted = ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an")
    return half in (["half", "year"], ["half", "yearly"]) and not counted


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


_GLUED_TO_ITS_PART = re.compile(
    r"['’]?\d\ds|\d{4}s|(?:early|mid|late)-(?:\d{4}s?|\d{1,2}(?:st|nd|rd|th))"
)


def _is_specific_date(words: list[str], has_number: bool) -> bool:
    # "the coming days", "today", "recent years" are too vague to be a figure; "the mid-1800s"
    # and "the mid-19th century" are not, their number glued to the part of it they name.
    return (
        has_number
        or any(_GLUED_TO_ITS_PART.fullmatch(w) for w in words)
        or any(w.rstrip(".") in MONTHS or w in WEEKDAYS for w in words)
        or any(w in FRACTIONS for w in words)
    )
