"""The model's entity cut to the figure's words and labelled as what it is: past a verb, a dash
that breaks the sentence, the count opening the clause after a date, an owner's "of" phrase, the
number labelling the word before a count ("round 2 30 players"), a record's words before
"since", the part of a length of time ("the end of six months"), the night a length of time was
spent ("five hours the night before"), a sign cut from its digits or a hyphened half; a day by its
part a date, a named hour a time, a number in words a count, a sum or a share, four digits after
"a crowd of" a count."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newslens.analysis.figures.ages import _PEOPLE_OF_AN_AGE
from newslens.analysis.figures.clock_times import NAMED_HOURS
from newslens.analysis.figures.counts import _COUNT_WORDS
from newslens.analysis.figures.currencies import CURRENCY_WORDS
from newslens.analysis.figures.dates import SEASONS, WEEKDAYS
from newslens.analysis.figures.entity_dates import _is_a_value, _is_bare_number
from newslens.analysis.figures.entity_non_figures import _counts_a_time
from newslens.analysis.figures.labels import LABELLED_BY_A_NUMBER
from newslens.analysis.figures.numbers import FRACTIONS, SCALES, UNITS_SMALL
from newslens.analysis.figures.speech import (
    _DASHES,
    _a_moment_without_its_a,
    _a_second_of_time,
)
from newslens.analysis.figures.units import UNITS, unit_of_time

_NUMBER_WORDS = frozenset(["and", "a", "an"]) | UNITS_SMALL.keys() | FRACTIONS.keys()
_KINDS_A_YEAR_NAMES = _COUNT_WORDS["kinds_a_year_names"]
_COUNTED_AFTER_A_NOUN_OF = _COUNT_WORDS["counted_after_a_noun_of"]
_PEOPLE_A_YEAR_NAMES = _COUNT_WORDS["people_a_year_names"]


def _relabelled(doc: Doc, ent: Span) -> Span:
    """The model's entity cut to the figure's words and labelled as what it is: a day by its
    part is a date, a named hour a time, a number in words a count, a sum or a share."""
    ent = _past_a_cut_sign(_past_a_hyphened_half(_past_a_verb(_before_a_break(doc, ent))))
    ent = _past_an_interval_s_name(ent)
    if ent.label_ in ("CARDINAL", "QUANTITY"):
        ent = _past_a_label(ent)
    if ent.label_ in ("DATE", "TIME"):
        ent = _before_the_time_it_was_spent(ent)
    if ent.label_ == "DATE":
        ent = _a_length_past_its_part(_since_the_date(_before_an_owner(_before_a_count(ent))))
    if ent.label_ == "TIME" and _a_day_by_its_part(ent):
        ent = Span(doc, ent.start, ent.end, label="DATE")
    elif ent.label_ == "DATE" and ent[0].lower_ in NAMED_HOURS:
        ent = Span(doc, ent.start, ent.end, label="TIME")  # "midnight Friday" is 00:00
    elif ent.label_ == "DATE" and (number := _a_number_in_words(doc, ent)) is not None:
        ent = number  # a count, a sum or a share the model took for a date
    elif ent.label_ == "DATE" and _a_tour_s_dates(ent):
        ent = Span(doc, ent.start, ent.start + 1, label="CARDINAL")  # "40" of "40-date": dates
    elif ent.label_ == "DATE" and (
        _a_count_hyphened_to_its_noun(doc, ent)
        or (len(ent) == 1 and _counted_by_the_words_before(doc, ent.start_char))
        or _people_counted_after_the(doc, ent)
    ):
        ent = Span(doc, ent.start, ent.end, label="CARDINAL")
    if (ent.label_ == "ORDINAL" and _a_second_of_time(doc, ent)) or (
        ent.label_ == "TIME" and _a_moment_without_its_a(doc, ent)
    ):
        ent = Span(doc, ent.start - 1, ent.end, label="TIME")
    return ent


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


def _a_count_hyphened_to_its_noun(doc: Doc, ent: Span) -> bool:
    """Whether a year the model found is four digits hyphened to a noun they count: "a
    2000-piece puzzle" is 2,000 pieces, as "a 2,000-piece puzzle" is, and "a 2000-strong
    crowd" 2,000 as "a 2,000-strong crowd" is; not a year that names a kind ("a 2008-style
    crash") nor a year's span ("the 2024-25 budget")."""
    if len(ent) != 1 or ent.end + 1 >= len(doc) or doc[ent.end].text != "-":
        return False
    noun = doc[ent.end + 1]
    return (
        re.fullmatch(r"\d{4}", ent.text) is not None
        and not ent[0].whitespace_
        and not doc[ent.end].whitespace_
        and (
            (noun.tag_ == "NN" and noun.lower_ not in _KINDS_A_YEAR_NAMES)
            or noun.lower_ == "strong"
        )
    )


def _a_tour_s_dates(ent: Span) -> bool:
    """Whether a date the model found is a number hyphened to "date": "a 40-date world tour"
    counts the tour's dates."""
    return len(ent) == 3 and ent[1].text == "-" and ent[2].lower_ == "date" and ent[0].like_num


def _counted_by_the_words_before(doc: Doc, start: int) -> bool:
    """Whether the four digits at ``start`` count, by the words before them, what the model may
    take for a year: "a crowd of 2000", "a total of 1998", "an estimated 2000"; not "the class
    of 2000" nor "since 2000"."""
    number = doc.char_span(start, start + 1, alignment_mode="expand")
    i = number.start if number is not None else 0
    if i < 2 or doc[i].shape_ != "dddd":
        return False
    before = [t.lower_ for t in doc[max(0, i - 3) : i]]
    if before[-1] == "estimated":
        return before[-2] in ("a", "an")
    return before[-1] == "of" and before[-2] in _COUNTED_AFTER_A_NOUN_OF and before[:1] == ["a"]


def _people_counted_after_the(doc: Doc, ent: Span) -> bool:
    """Whether a year the model found is four digits after "the" that count the people named
    after them: "The 2000 men were freed", "all 1500 workers"; not "the 2000 election", nor
    people who own a kind ("the 2000 men's final") or are a year's ("the 2024 graduates")."""
    if len(ent) != 1 or ent[0].shape_ != "dddd" or ent.start == 0 or ent.end >= len(doc):
        return False
    people = doc[ent.end]
    owner = ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ in ("'s", "’s")
    return (
        doc[ent.start - 1].lower_ in ("the", "these", "those", "all")
        and people.tag_ == "NNS"
        and people.lemma_.lower() in _PEOPLE_OF_AN_AGE
        and people.lemma_.lower() not in _PEOPLE_A_YEAR_NAMES
        and not owner
    )


# Words of a time that no number after them labels once a word comes before them ("last season",
# "a year ago"), besides the units of a length of time.
_TIMES_BEFORE_A_COUNT = frozenset([*SEASONS, "season", "quarter", "weekend", "ago"])


def _before_a_count(ent: Span) -> Span:
    """A date without the count opening the clause after it, which the model runs on to it:
    "In one week 400 people applied" is one week and 400 people, "Last season 20 players left"
    last season, "In 2019 400 people applied" 2019 ("In the 1990s 30 mines closed" the decade),
    "On Tuesday 12 people died" Tuesday; a number right after the word of time labels it ("In
    week 12 the plan changed"), so a second number after that one counts ("In week 12 400
    people applied" is week 12 and 400 people), and four digits may be the year ("the summer
    2019")."""
    if len(ent) < 2 or not _is_bare_number(ent[-1]):
        return ent
    time = ent[-2]
    word = time.lower_
    if word in WEEKDAYS:
        counts = ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "NNS"
    elif time.shape_ in ("dddd", "ddddx"):
        counts = True  # a year or a decade: "In 2019", "In the 1990s"
    elif len(ent) > 2 and time.shape_ in ("d", "dd") and _a_count_apart(ent[-1]):
        counts = _a_word_of_time(ent[-3].lower_)  # "week 12 400": the week's number, a count
    else:
        counts = len(ent) > 2 and _a_word_of_time(word)
    return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_) if counts else ent


def _a_word_of_time(word: str) -> bool:
    return word in _TIMES_BEFORE_A_COUNT or unit_of_time(word) is not None


def _a_unit(token: Token) -> bool:
    return re.fullmatch(UNITS, token.text, re.IGNORECASE) is not None


def _a_count_apart(token: Token) -> bool:
    """Whether a bare number after another is a count of its own, not the thousands of the
    number before set apart by a space ("12 000")."""
    return _is_bare_number(token) and not token.text.startswith("0")


def _past_a_label(ent: Span) -> Span:
    """A count without the number the model ran on to it that labels the word before them:
    "In round 2 30 players were out" is 30 players, as "In week 12 400 people applied" is 400
    people ("round 2" no figure)."""
    if len(ent) < 2 or not (_is_bare_number(ent[0]) and _a_count_apart(ent[1])):
        return ent
    if ent.start == 0 or ent.doc[ent.start - 1].lower_ not in LABELLED_BY_A_NUMBER:
        return ent
    if ent.label_ == "QUANTITY" and not any(unit_of_time(t.lower_) or _a_unit(t) for t in ent):
        # the model's quantity of players: a count, whose noun is read after it
        return Span(ent.doc, ent.start + 1, ent.start + 2, label="CARDINAL")
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


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


def _since_the_date(ent: Span) -> Span:
    """A date the model ran on from the words a record is set in to the date it was last set:
    "the hottest day since 2017" and "any quarter since 2011" are 2017 and 2011, as "its highest
    level since 2008" is; "the two years since 2020" keeps its length of time."""
    since = next((t.i for t in ent[1:-1] if t.lower_ == "since"), None)
    if since is None or any(t.like_num for t in ent.doc[ent.start : since]):
        return ent
    return Span(ent.doc, since + 1, ent.end, label=ent.label_)


# The part of a time the model runs on to a length of time: "the end of six months".
_PARTS_OF_A_TIME = frozenset(["end", "start", "beginning", "middle", "close"])


def _a_length_past_its_part(ent: Span) -> Span:
    """A length of time without the part of it the model ran on to it: "the end of six
    months" is six months, a length to check (while "the end of March" names a month's part,
    valued as the month)."""
    part = 1 if ent[0].lower_ == "the" else 0
    if len(ent) < part + 4 or ent[part].lower_ not in _PARTS_OF_A_TIME:
        return ent
    length = ent[part + 2 + (ent[part + 2].lower_ == "the") :]  # "the end of the three years"
    if ent[part + 1].lower_ != "of" or unit_of_time(length[-1].lower_) is None:
        return ent
    if not (length[0].like_num or length[0].lower_ in UNITS_SMALL):
        return ent
    return Span(ent.doc, length.start, ent.end, label=ent.label_)


def _a_day_by_its_part(ent: Span) -> bool:
    """Whether the model's time with no hour names a day and its part ("late Monday night",
    "early Sunday morning", "Saturday night"): the day's date, as "early Monday" is; not a
    day that recurs ("on Sunday nights")."""
    return (
        not any(_counts_a_time(t) for t in ent)
        and any(t.lower_ in WEEKDAYS for t in ent)
        and ent[-1].tag_ != "NNS"
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


def _before_the_time_it_was_spent(ent: Span) -> Span:
    """A length of time without the day or night the model ran on to it, when it was spent:
    "slept for about five hours the night before" is five hours, not five nights."""
    cut = next(
        (
            t.i
            for t in ent[1:-1]
            if t.lower_ == "the" and unit_of_time(t.doc[t.i - 1].lower_) is not None
        ),
        None,
    )
    return ent if cut is None else Span(ent.doc, ent.start, cut, label=ent.label_)


def _past_a_verb(ent: Span) -> Span:
    """The entity without a verb the model took into it: "expected to last eight years" is
    eight years, "last" no word of a date ("the last eight years" is one)."""
    if len(ent) > 1 and ent[0].tag_ in ("VB", "VBP", "VBZ", "VBD") and ent[1].like_num:
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def _past_an_interval_s_name(ent: Span) -> Span:
    """The entity past the "CI" the model took into it, as a date: "(95% CI 0.78 to 0.93)" is
    a range of the two numbers, the interval's bounds."""
    if len(ent) > 1 and ent[0].text == "CI" and ent[1].like_num:
        return Span(ent.doc, ent.start + 1, ent.end, label="CARDINAL")
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
