"""Qualifiers: the words before or after a figure that bound it ("nearly", "more than", "up
to", "30 years or more", "50+", "topped"), which join its span and set its ``Qualifier``; and
those that say how near a clock time something happened ("shortly after midnight")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newslens.analysis.figures.changes import _CHANGE_VERBS
from newslens.analysis.figures.money import _BY_THE_PERIOD, _NOUN_AFTER, _per, _period
from newslens.analysis.figures.qualifier_words import (
    _QUALIFIER_OF,
    _QUALIFIERS,
    _qualifier_phrase,
)
from newslens.analysis.lexicon import word_sections
from newslens.analysis.model import FigureKind, Qualifier

# A bounding phrase right before a figure, the longest first: "just under 40%" is close to 40%
# but bounded by it: at most, as "under" alone; "just" joins the span because the phrase is the
# longer one.
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
# 20", "or more than", "and over the year", "or more to the point"). "Or" bounds a figure a
# "to" of what it takes follows: "50 years or more to recover".
_TRAILING = re.compile(
    r"\s+(?P<phrase>or (?:more|longer|above|over|higher|greater|older|"
    r"less|fewer|under|below|lower|younger|shorter|so)\b(?!\s+to\s+the\s+point\b)"
    r"|and (?:up|over|above|older|under|below|younger)\b(?!\s+to\b))"
    r"(?!\s+(?:than|the|a|an|all|of)\b)",
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


# "the pound edged up to $1.29", "rent went up to £900": "up" is the move's and "to" the level
# it reached, exactly, not "up to" as a bound ("costs up to £500", "could go up to 6%").
_MOVED_UP = re.compile(
    r"\b(?:(?:edg|inch|tick|mov|nudg)(?:ed|es)|(?:jump|climb|push|pick|ratchet)(?:ed|s)"
    r"|spiked|surged|revised|crept|shot|went|gone)\s+$",
    re.IGNORECASE,
)
# "attendances were 4% more than a year ago": "more than" compares the figure before it with
# the time since, which it does not bound ("left more than a year ago" is at least a year).
_COMPARED_BEFORE = re.compile(r"(?:\d|%)\s+$")
# the time since, in the figure's words or right after them
_SINCE = re.compile(r"\b(?:ago|earlier|before)$", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"\s+(?:ago|earlier|before)\b", re.IGNORECASE)
_COMPARING = frozenset(["more than", "less than", "fewer than"])


def _not_a_bound(text: str, phrase: str, opens: int, end: int) -> bool:
    """Whether ``phrase``, opening at ``opens`` in front of a figure that ends at ``end``,
    bounds nothing (see above)."""
    before = text[max(0, opens - 24) : opens]
    if phrase == "up to":
        return _MOVED_UP.search(before) is not None
    return (
        phrase in _COMPARING
        and _COMPARED_BEFORE.search(before) is not None
        and (_SINCE.search(text, opens, end) or _SINCE_AFTER.match(text, end)) is not None
    )


def _qualify(text: str, start: int, end: int, kind: FigureKind) -> tuple[int, Qualifier]:
    """Extend the span over a bounding phrase in front of it, or read one already inside it."""
    inside = _qualifier_phrase(text[start:end])
    if inside is not None and _not_a_bound(text, inside, start, end):
        # "edged up to $1.29" with the model's span from "up": the figure is past the phrase
        past = re.match(rf"{re.escape(inside)}\s+", text[start:end], re.IGNORECASE)
        return start + (past.end() if past is not None else 0), Qualifier.EXACTLY
    if inside is not None:
        return start, _QUALIFIER_OF[inside]
    window = text[max(0, start - 20) : start]
    match = _QUALIFIER_RE.search(window)
    if match is not None:
        opens, phrase = start - (len(window) - match.start(1)), match.group(1).lower()
        if not _not_a_bound(text, phrase, opens, end):
            return opens, _QUALIFIER_OF[phrase]
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


_LASTING = word_sections("figures/quantity_words.txt")["lasting"]


def _across_the_time(doc: Doc, text: str, opens: int, start: int) -> bool:
    """Whether the "over" from ``opens`` to a length of time at ``start`` means across it ("a
    rise of 4% over two years", "studied 500 patients over 15 years"), not more than it, as it
    does before the time a verb takes ("served over 15 years", "the talks lasted over three
    hours")."""
    if text[opens:start].strip().lower() != "over":
        return False
    over = doc.char_span(opens, opens + 4)
    if over is not None and over[0].dep_ == "prep":
        # the parse hangs "over" on the verb: "has worked there over 15 years", "waited over four
        # hours" are floors only by a verb of lasting ("rose 4% over two years" is across)
        verb = over[0].head
        return not (verb.i < over[0].i and verb.lemma_.lower() in _LASTING)
    if over is None or over[0].dep_ != "quantmod":
        return True
    number = over[0].head
    taken = number.head if number.dep_ == "nummod" else number
    if _changed_across(taken.head):
        return True
    # right after its verb: "Over 15 years, the charity grew" is the period it grew in, and in
    # "would cost as much over 10 years" the verb takes "as much"
    after_its_verb = over[0].i > 0 and doc[over[0].i - 1] == taken.head
    return taken.dep_ not in ("dobj", "npadvmod") or not after_its_verb


def _changed_across(verb: Token) -> bool:
    """Whether ``verb`` is one of change, whose length of time is the period the change took
    ("has grown over 15 years", "prices have risen over 10 years"), however the parse hangs
    "over"; going or moving is no change ("went over 15 years without a title" is a floor)."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and lemma in _CHANGE_VERBS and lemma not in ("go", "move")


_PLUS_OR_MINUS = re.compile(r"\bplus\s+or\s+minus\s+", re.IGNORECASE)
# A minus sign right before a number, not a dash after another: "-0.5%", "(-2%)"; "10 -12%".
_MINUS_SIGN = re.compile(r"(?<![\d,.]\s)(?<=[\s(])[-−]$")
# What such a sign makes less than nought, by the label of what follows it: a share or a count.
_SIGNED_LABELS = frozenset(["PERCENT", "percent", "CARDINAL", "count"])

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


_PAST = re.compile(r"\bpast\s+$", re.IGNORECASE)

_PLUS = re.compile(r"(?<=\d)(?:-plus\b(?!-)|\+(?![\d\w]))")


# Verbs that say a figure was passed: "the index climbed past 2,700", "sales topped $1bn",
# "deaths exceeded 300" — more than the figure, as "more than" would say.
_CROSSED = re.compile(
    r"\b(?:(?:climb|ris|r[oi]s|jump|surg|push|mov|edg|creep|crept)\w*\s+past|topp(?:ed|ing)|"
    r"tops|surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|broke(?:\s+through)?|crossed)\s+$",
    re.IGNORECASE,
)


_ACROSS_A_PERIOD = word_sections("figures/quantity_words.txt")["across_a_period"]


def _over_a_period(doc: Doc, start: int) -> bool:
    """Whether the "over" opening a figure at ``start`` is across the period, not a bound: the
    verb it hangs on is one of study or of time passing ("followed 2,000 adults over 15 years",
    "paid back over 30 years"); "for over 15 years" and "over 2,000 adults" are at least."""
    over = doc.char_span(start, start + 4)
    if over is None or over[0].lower_ != "over" or over[0].dep_ != "prep":
        return False
    return over[0].head.pos_ == "VERB" and over[0].head.lemma_.lower() in _ACROSS_A_PERIOD
