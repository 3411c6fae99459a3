"""The candidates from the model's entities: which of its CARDINAL, MONEY, PERCENT, QUANTITY,
DATE, TIME and ORDINAL spans are figures (``entity_non_figures`` says which words measure
nothing), where each starts and ends, and which are two ("two 48-hour strikes", "on March 14 and
March 21", "the 13 weeks to September 28")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newslens.analysis.figures.changes import _changed_from, _falls_from, _two_amounts
from newslens.analysis.figures.clock_times import NAMED_HOURS
from newslens.analysis.figures.currencies import CURRENCY_WORDS
from newslens.analysis.figures.dates import MONTHS, SEASONS, WEEKDAYS
from newslens.analysis.figures.entity_non_figures import (
    _a_rate_or_a_vague_time,
    _a_word_of_no_figure,
    _counts_a_time,
    _is_specific_date,
)
from newslens.analysis.figures.lengths_of_time import DURATIONS
from newslens.analysis.figures.not_figures import _names_a_day
from newslens.analysis.figures.numbers import FRACTIONS, SCALES, UNITS_SMALL
from newslens.analysis.figures.patterns import _PARTS_OF_A_DAY_NAMED, _Candidate
from newslens.analysis.figures.ranks import _after_number, _place_by_number
from newslens.analysis.figures.speech import (
    _DASHES,
    _a_figure_of_speech,
    _a_moment_without_its_a,
    _a_second_of_time,
    _counts_one,
    _means_some_day,
)
from newslens.analysis.title_case import SENTENCE_CASE_ENTITIES

_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"}
_NUMBER_WORDS = frozenset(["and", "a", "an"]) | UNITS_SMALL.keys() | FRACTIONS.keys()
# An ordinal with its capital in title case is as often a name's ("First Minister Backs …",
# "Second Avenue Reopens"): the line as printed says which.
_AMOUNTS = _LABELS - {"ORDINAL"}


def _amounts_in_sentence_case(doc: Doc) -> list[Span]:
    """The model's entities, with the amounts it finds in the title-case headline lines read in
    sentence case in place of those it found in the same words printed: "Rose" of "Fares Rose By
    A Quarter" reads as a name printed, and "A Quarter Over Five Years" as one date. An amount
    only the printed line gives stays: "March" of "… Rise By March" is a month in any case."""
    again = doc._.get(SENTENCE_CASE_ENTITIES)
    ents = list(doc.ents)
    if not again:
        return ents
    read = [Span(doc, a, b, label=label) for a, b, label in again if label in _AMOUNTS]
    ents = [
        e
        for e in ents
        if e.label_ not in _AMOUNTS or not any(e.start < r.end and r.start < e.end for r in read)
    ]
    return sorted(ents + read, key=lambda e: e.start)


def _a_number_in_words(doc: Doc, ent: Span) -> Span | None:
    """A date the model found that is a number with a half or a scale of thousands, and perhaps
    its currency or "per cent" after it, as a count, a sum or a share: "seven and a half
    million", "10 and a half million", "three and a half million dollars", and past where the
    model cut it, "six and a half billion dollar", "four and a half per cent"; else None."""
    end = ent.end - (ent[-1].lower_ in CURRENCY_WORDS)
    # "a six and a half billion dollar decrease": the article is the noun's
    start = ent.start + (len(ent) > 1 and ent[0].lower_ in ("a", "an") and ent[1].like_num)
    if [t.lower_ for t in doc[end - 2 : end]] in (["and", "a"], ["and", "an"]):
        end += end < len(doc) and doc[end].lower_ in FRACTIONS
    words = [t.lower_ for t in doc[start:end]]
    if not all(w in _NUMBER_WORDS or w in SCALES or w.isdigit() for w in words):
        return None
    while end < len(doc) and doc[end].lower_ in SCALES:
        end += 1
    words = [t.lower_ for t in doc[start:end]]
    if words[-3:-1] != ["and", "a"] and not any(SCALES.get(w, 0) >= 1000 for w in words):
        return None  # "six or seven", "fifty", which may be an age or a decade
    label = "CARDINAL"
    after = [t.lower_ for t in doc[end : end + 2]]
    if after[:1] and after[0].rstrip("s") in CURRENCY_WORDS:
        end, label = end + 1, "MONEY"
    elif after[:1] in (["percent"], ["%"]):
        end, label = end + 1, "PERCENT"
    elif after == ["per", "cent"]:
        end, label = end + 2, "PERCENT"
    return Span(doc, start, end, label=label)


def _entity_candidates(doc: Doc, ents: Sequence[Span], text: str) -> list[_Candidate]:
    """Figures the model's entities give; ``ents`` and ``text`` are ``doc.ents`` and
    ``doc.text``, read once."""
    out = []
    for ent in ents:
        if ent.label_ not in _LABELS:
            continue
        ent = _relabelled(doc, ent)
        if ent.label_ == "TIME" and _a_figure_of_speech(doc, ent):
            continue
        # "two 48-hour strikes": a count of things, each measured by the number hyphened to a
        # unit after it, not one figure of 50 hours.
        if len(ent) > 3 and _is_bare_number(ent[0]) and ent[1].like_num and ent[2].text == "-":
            out.append(_Candidate(ent[0].idx, ent[0].idx + len(ent[0]), "CARDINAL"))
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        out += _candidates_of(doc, ent, text)
    return out


def _relabelled(doc: Doc, ent: Span) -> Span:
    """The model's entity cut to the figure's words and labelled as what it is: a day by its
    part is a date, a named hour a time, a number in words a count, a sum or a share."""
    ent = _past_a_cut_sign(_past_a_hyphened_half(_past_a_verb(_before_a_break(doc, ent))))
    if ent.label_ == "DATE":
        ent = _before_an_owner(ent)
    if ent.label_ == "TIME" and _a_day_by_its_part(ent):
        ent = Span(doc, ent.start, ent.end, label="DATE")
    elif ent.label_ == "DATE" and ent[0].lower_ in NAMED_HOURS:
        ent = Span(doc, ent.start, ent.end, label="TIME")  # "midnight Friday" is 00:00
    elif ent.label_ == "DATE" and (number := _a_number_in_words(doc, ent)) is not None:
        ent = number  # a count, a sum or a share the model took for a date
    if (ent.label_ == "ORDINAL" and _a_second_of_time(doc, ent)) or (
        ent.label_ == "TIME" and _a_moment_without_its_a(doc, ent)
    ):
        ent = Span(doc, ent.start - 1, ent.end, label="TIME")
    return ent


def _candidates_of(doc: Doc, ent: Span, text: str) -> list[_Candidate]:
    """The figures one entity gives: none, a rank, its parts, the two sides of its "to", or
    itself to the end of its words."""
    words = [t.lower_ for t in ent]
    has_number = any(t.like_num or t.lower_ in UNITS_SMALL or t.lower_ in ("a", "an") for t in ent)
    # "Up to" alone is a qualifier the model took for a number; "one of the legionnaires"
    # is a pronoun, not a figure.
    if (
        ent.label_ == "CARDINAL"
        and not any(t.like_num for t in ent)
        and not any(w in SCALES or w in FRACTIONS for w in words)
    ):
        return []
    if ent.label_ == "CARDINAL" and _after_number(doc, ent):
        # "the number one issue", "Number one on the list is …": a rank at most
        place = _place_by_number(doc, ent, text)
        return [] if place is None else [_Candidate(place.start_char, place.end_char, "ORDINAL")]
    if words == ["one"] and not _counts_one(doc, ent[0]):
        return []
    if _means_some_day(doc, ent):
        return []
    if ent.label_ == "DATE" and not _is_specific_date(words, has_number):
        return []
    parts = _parts_of_a_date(doc, ent) if ent.label_ == "DATE" else None
    if parts is not None:
        return parts
    if _a_word_of_no_figure(doc, ent, text, words) or _a_rate_or_a_vague_time(doc, ent, words):
        return []
    sides = _either_side_of_to(doc, ent)
    if sides is not None:
        return sides
    return [_Candidate(ent.start_char, _end_of_the_words(doc, ent), ent.label_)]


def _parts_of_a_date(doc: Doc, ent: Span) -> list[_Candidate] | None:
    """The figures a date the model found is made of: a count in it, a list of numbers, two
    days; else None."""
    counted = _count_in_date(ent)
    if counted is not None:
        return [_Candidate(counted.idx, counted.idx + len(counted), "CARDINAL")]
    # "two others aged 17 and 18", "pupils aged 15, 16 and 17": a list of bare numbers
    # names no date, but a number each, here an age.
    listed = _listed_numbers(ent)
    if listed:
        return [_Candidate(t.idx, t.idx + len(t), "CARDINAL") for t in listed]
    # "on March 14 and March 21": two days, each a date of its own.
    joint = _joint_of_two_days(doc, ent)
    if joint is not None:
        return [
            _Candidate(ent.start_char, doc[joint - 1].idx + len(doc[joint - 1]), "DATE"),
            _Candidate(doc[joint + 1].idx, ent.end_char, "DATE"),
        ]
    return None


def _either_side_of_to(doc: Doc, ent: Span) -> list[_Candidate] | None:
    """The figures either side of a "to" that joins a period and its end, or an old value and a
    new one; else None."""
    # "the 13 weeks to September 28", "the year to June", "the 36 hours to 9am": a period
    # and the date or time it ends, not a range from 13 to 28; the period is a figure when
    # it has a number.
    to = next((t.i for t in ent[1:-1] if t.lower_ == "to"), None)
    if to is None:
        return None
    if ent.label_ in ("DATE", "TIME") and doc[to - 1].lower_.rstrip("s") in DURATIONS:
        numbers = [t for t in doc[ent.start : to - 1] if t.like_num or t.lower_ in UNITS_SMALL]
        candidates = []
        if numbers:
            candidates.append(
                _Candidate(numbers[0].idx, doc[to - 1].idx + len(doc[to - 1]), "DATE")
            )
        candidates.append(_Candidate(doc[to + 1].idx, ent.end_char, ent.label_))
        return candidates
    # "gone up from ₹60 to ₹80": a change, the old value and the new, two figures; so is
    # "leads by 46 percent to 42 percent", two shares each with its sign, not a range.
    amounts = ent.label_ in ("MONEY", "PERCENT")
    changed = _changed_from(doc, ent.start_char, ent.text) or (
        ent.label_ == "CARDINAL" and _falls_from(doc, ent.start_char, ent.text)
    )
    if changed or (amounts and _two_amounts(ent.text)):
        return [
            _Candidate(ent.start_char, doc[to - 1].idx + len(doc[to - 1]), ent.label_),
            _Candidate(doc[to + 1].idx, ent.end_char, ent.label_),
        ]
    return None


def _end_of_the_words(doc: Doc, ent: Span) -> int:
    """Where the figure's words end: before a word joining the entity to what follows, past a
    part of the day the model left out of a day's date, past the time an ordinal orders."""
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
    if ent.label_ == "ORDINAL" and ent.end < len(doc) and doc[ent.end].lower_ in ("time", "times"):
        end = doc[ent.end].idx + len(doc[ent.end])
    return end


def _before_an_owner(ent: Span) -> Span:
    """A date without the "of" phrase the model ran on to it that owns the noun after: "on
    Monday of last week's shooting" is Monday, the week the shooting's ("Monday of this week"
    stays whole)."""
    if len(ent) < 4 or ent[-1].tag_ != "POS":
        return ent
    of = next((t.i for t in reversed(ent) if t.lower_ == "of"), None)
    if of is None or of == ent.start:
        return ent
    return Span(ent.doc, ent.start, of, label=ent.label_)


def _a_day_by_its_part(ent: Span) -> bool:
    """Whether the model's time with no hour names a day and its part ("late Monday night",
    "early Sunday morning", "Saturday night"): the day's date, as "early Monday" is; not a
    day that recurs ("on Sunday nights")."""
    return (
        not any(_counts_a_time(t) for t in ent)
        and any(t.lower_ in WEEKDAYS for t in ent)
        and ent[-1].tag_ != "NNS"
    )


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


def _past_a_verb(ent: Span) -> Span:
    """The entity without a verb the model took into it: "expected to last eight years" is
    eight years, "last" no word of a date ("the last eight years" is one)."""
    if len(ent) > 1 and ent[0].tag_ in ("VB", "VBP", "VBZ", "VBD") and ent[1].like_num:
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def _past_a_cut_sign(ent: Span) -> Span:
    """The entity past the digits of an amount the model cut after its sign: "rose 1.5pc to
    $2,365." may come as "1.5pc to $" and "2,365", which would read as one range."""
    doc = ent.doc
    if ent.end == len(doc) or ent[-1].tag_ != "$" or ent[-1].whitespace_:
        return ent
    return Span(doc, ent.start, ent.end + 1, label=ent.label_) if doc[ent.end].like_num else ent


_HYPHENED_HALF = ["-", "and", "-", "a", "-", "half"]


def _past_a_hyphened_half(ent: Span) -> Span:
    """The entity past the half and the scale the model cut off a number at its hyphen: "some
    two-and-a-half million people" is 2.5 million, not "some two"."""
    doc, end = ent.doc, ent.end + len(_HYPHENED_HALF)
    if not ent[-1].like_num or [t.lower_ for t in doc[ent.end : end]] != _HYPHENED_HALF:
        return ent
    while end < len(doc) and doc[end].lower_ in SCALES:
        end += 1
    return Span(doc, ent.start, end, label=ent.label_)


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
