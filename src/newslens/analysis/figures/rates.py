"""How many times: a multiple ("doubled", "a fourfold rise", "twice as likely") and a rate of
occasions ("twice a week", "every two weeks"), as patterns the rules find and as the factor and
the period they are read into."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newslens.analysis.figures.lengths_of_time import NOT_RECURRING
from newslens.analysis.figures.numbers import _fmt, _number

# A multiple: "doubled", "tripling", "a fourfold rise", "10-fold", "three times as many",
# "twice as likely", "halved", "to halve"; which ones are a factor ``_is_multiple`` settles.
MULTIPLE = re.compile(
    # The lookahead, as in ``RATE``, names the letters a multiple starts with.
    r"(?=[dtqhfseno\d])(?:"
    r"\b(?:(?:doubl|tripl|trebl|quadrupl|quintupl)(?:ed|es|ing|e)|halv(?:ed|ing|e))\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d+(?:\.\d+)?)"
    r"[- ]?fold\b"
    # "three-and-a-half times", "two and a half times as long": a half more
    r"|\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)"
    r"(?:([- ])and\1a\1half)? times|twice)\b"
    # "4.5x salary", "trades at 12x earnings": a factor written as markets and lenders write it
    r"|\b\d+(?:\.\d+)?x\b)",
    re.IGNORECASE,
)
# A rate of occasions: "twice a week", "three times a day", "once per year"; the value is the
# number of occasions, the unit the period they recur in ("per week"). The lookahead names the
# letters a rate can start with, so the search skips every other place in an article at once.
RATE = re.compile(
    # "three times a week", and "three an hour", "40 a day" without the "times" (but "$15 an
    # hour" is a price, its sign before the number)
    r"(?=[otfsenOTFSEN\d])(?<![^\s(])(?:once|twice|thrice|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?: times)?)"
    r" (?:a|an|per) (?P<period>second|minute|hour|day|night|week|fortnight|month|quarter(?! of\b)"
    # "up from 52 a year earlier": the time since, no rate
    r"|year|decade)\b" + NOT_RECURRING,
    re.IGNORECASE,
)
# Once every few periods: "every two weeks", "every 10 days"; one occasion, and the unit the
# periods it recurs in ("per 2 weeks"), as "once a fortnight" is 1.0 "per fortnight"; "every
# half hour" (or "half an hour", "half-hour") recurs in half a period, "per 0.5 hours".
EVERY = re.compile(
    r"(?=[eE])\bevery (?:(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|eighteen|twenty) (?P<periods>(?:second|minute|hour|day|night|week|month|year"
    r"|decade)s)|half[- ](?:an? )?(?P<half>minute|hour|day|week|month|year))\b",
    re.IGNORECASE,
)
_FACTORS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "quintupl": 5.0}


def _factor(lowered: str) -> float | None:
    """The factor a multiple names: "doubled" → 2.0, "10-fold" → 10.0, "twice" → 2.0; also the
    number of occasions in a rate ("once" → 1.0, "thrice" → 3.0)."""
    if lowered in _OCCASIONS:
        return _OCCASIONS[lowered]
    if lowered.startswith("halv"):
        return 0.5
    verb = next((f for stem, f in _FACTORS.items() if lowered.startswith(stem)), None)
    if verb is not None:
        return verb
    return _number(re.sub(r"fold$|times$|(?<=\d)x$", " ", lowered))


_OCCASIONS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}


def _rate(lowered: str) -> tuple[float | None, str] | None:
    """ "three times a day" → (3.0, "per day"), "every two weeks" → (1.0, "per 2 weeks"), or
    None when ``lowered`` is no rate."""
    every = EVERY.fullmatch(lowered)
    if every is not None and every["half"] is not None:
        return 1.0, f"per 0.5 {every['half']}s"
    count = _number(every["count"]) if every is not None and every["count"] else None
    if every is not None and count is not None:
        return 1.0, f"per {_fmt(count)} {every['periods']}"
    rate = RATE.fullmatch(lowered)
    if rate is None:
        return None
    return _factor(lowered[: rate.start("period")].rsplit(maxsplit=1)[0]), "per " + rate["period"]


# Words after "three times" or "twice" that make it a factor ("three times as many", "twice the
# size", "four times higher"), not a number of occasions ("three times a week").
_FACTOR_OF = {"as", "the", "that", "those", "what", "its", "their", "his", "her", "our", "your"}
# Particles after a verb of a multiple that make it name no factor: "doubled down", "doubled
# over in pain", "doubled back"; and "doubled as a venue" (a role, not "doubled as demand rose").
_NOT_FACTOR_AFTER = {"down", "up", "back", "over"}


def _an_amount_multiplied(doc: Doc, i: int) -> bool:
    """Whether the words from token ``i`` on name what a factor multiplies, a noun with its
    adjectives: "11 times local earnings", "120 times average pay"; not a time ("11 times last
    season") nor the subject of what follows ("arrested 11 times police said")."""
    while i < len(doc) and doc[i].tag_ == "JJ":
        i += 1
    noun = doc[i] if i < len(doc) else None
    return (
        noun is not None
        and noun.tag_ in ("NN", "NNS")
        and noun.ent_type_ not in ("DATE", "TIME")
        and noun.dep_ not in ("nsubj", "nsubjpass")
    )


def _is_multiple(doc: Doc, start: int, end: int) -> bool:
    """Whether a match of ``MULTIPLE`` is a factor: "doubled", "fourfold", "three times as many";
    not "doubled down", "the doubles final" or "three times a week"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if span[-1].lower_ in ("times", "twice"):
        # a thing happens a whole number of times: "three-and-a-half times" is a factor
        factor = _factor(span.text.lower())
        if factor is not None and not factor.is_integer():
            return True
        return after is not None and (
            after.lower_ in _FACTOR_OF
            or after.tag_ in ("JJR", "RBR")
            or _an_amount_multiplied(doc, span.end)
        )
    if span.text.lower().endswith(("fold", "x")):
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
