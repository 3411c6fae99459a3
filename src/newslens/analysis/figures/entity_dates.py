"""The parts of a date the model found: a count it wrongly holds ("61 the year before", "the
last 12"), a list of bare numbers ("aged 17 and 18") or of ranks ("the 89th and 93rd minutes"),
two days ("on March 14 and March 21")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newslens.analysis.figures.clock_times import NAMED_HOURS
from newslens.analysis.figures.dates import MONTHS, SEASONS, WEEKDAYS
from newslens.analysis.figures.not_figures import _names_a_day
from newslens.analysis.figures.numbers import _ORDINALS, UNITS_SMALL
from newslens.analysis.figures.patterns import _Candidate
from newslens.analysis.figures.speech import _counts_one


def _parts_of_a_date(doc: Doc, ent: Span) -> list[_Candidate] | None:
    """The figures a date the model found is made of: a count in it, a list of numbers or of
    ranks, two days; else None."""
    counted = _count_in_date(ent)
    if counted is not None and counted.lower_ == "one" and not _counts_one(doc, counted):
        return []  # "I had one last week": a pronoun, dated by the model, counts nothing
    if counted is not None:
        return [_Candidate(counted.idx, counted.idx + len(counted), "CARDINAL")]
    # "two others aged 17 and 18", "pupils aged 15, 16 and 17": a list of bare numbers
    # names no date, but a number each, here an age.
    listed = _listed_numbers(ent)
    if listed:
        return [_Candidate(t.idx, t.idx + len(t), "CARDINAL") for t in listed]
    ranks = _listed_ranks(ent)
    if ranks is not None:
        return ranks
    # "on March 14 and March 21": two days, each a date of its own.
    joint = _joint_of_two_days(doc, ent)
    if joint is not None:
        return [
            _Candidate(ent.start_char, doc[joint - 1].idx + len(doc[joint - 1]), "DATE"),
            _Candidate(doc[joint + 1].idx, ent.end_char, "DATE"),
        ]
    return None


# Words before a number that the model takes into a date although no time is named: "their last
# 12 Test matches" counts matches.
_SERIES_WORDS = {"the", "last", "past", "next", "first", "previous", "final"}
# Words after a number that open a time phrase of their own: "up from 61 the year before".
_TIME_PHRASE_OPENERS = {"the", "a", "an", "this", "last", "next"}


def _count_in_date(ent: Span) -> Token | None:
    """The bare number a date entity wrongly holds, when its other words name no date: "61
    the year before", "the last 12", "40 winter sailings", "The couple, 71" (whose number
    ``_is_an_age`` reads); and "Maroon 5", a name the model may take for a date, whose number
    ``_names_a_thing`` then finds in a name."""
    if len(ent) < 2:
        return None
    first, second, last = ent[0], ent[1], ent[-1]
    if _is_bare_number(first) and second.lower_ in _TIME_PHRASE_OPENERS:
        return first
    # "cuts 40 winter sailings": the season names the kind of the noun after it, which the
    # number counts ("40 winters ago" is a time)
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    kind_of = after is not None and after.pos_ == "NOUN" and second.lower_ in SEASONS
    if len(ent) == 2 and _is_bare_number(first) and kind_of:
        return first
    if _is_bare_number(last) and all(t.lower_ in _SERIES_WORDS for t in ent[:-1]):
        return last
    set_off = len(ent) > 2 and ent[-2].text == "," and ent[-3].pos_ == "NOUN"
    if set_off and _is_bare_number(last) and not any(_is_a_value(t) for t in ent[:-2]):
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


def _listed_ranks(ent: Span) -> list[_Candidate] | None:
    """The ranks a date the model found lists, each a figure of its own: "in the 89th
    and 93rd minutes" is the 89th and the 93rd, the noun after the last rank kept with it; else
    None, as for a day of a month ("the 3rd and 4th of March"), centuries ("the 12th and 13th
    centuries") or one rank either way ("the 10th or 12th time"). "The first and second
    quarters" are two ranks as "the first and second halves" are; a year after them makes a
    date ("the third and fourth quarters of 2025")."""
    first = ent.start + (ent[0].lower_ == "the")
    ranks: list[Token] = []
    i = first
    while i < ent.end and _is_a_rank(ent.doc[i]):
        ranks.append(ent.doc[i])
        i += 1
        while i < ent.end and ent.doc[i].lower_ in (",", "and"):
            i += 1
    # "the 12th, 30th and" as the model may end one: no noun after the joint
    rest = ent.doc[i : ent.end]
    if len(ranks) < 2 or (len(rest) and rest.start != ranks[-1].i + 1):
        return None
    if any(_is_a_value(t) or not t.is_alpha or t.lemma_ == "century" for t in rest):
        return None
    last = rest[-1] if rest else ranks[-1]
    return [
        _Candidate(ent.start_char if rank.i == first else rank.idx, end, "ORDINAL")
        for rank, end in zip(
            ranks, [t.idx + len(t) for t in ranks[:-1]] + [last.idx + len(last)], strict=True
        )
    ]


def _is_a_rank(token: Token) -> bool:
    return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", token.lower_)) or token.lower_ in _ORDINALS


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
