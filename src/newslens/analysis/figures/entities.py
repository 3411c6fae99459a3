"""The candidates from the model's entities: which of its CARDINAL, MONEY, PERCENT, QUANTITY,
DATE, TIME and ORDINAL spans are figures (``entity_non_figures`` says which words measure
nothing), where each starts and ends, and which are two ("two 48-hour strikes", "the 13 weeks to
September 28"). ``entity_cuts`` cuts and relabels an entity first; ``entity_dates`` reads the
parts of a date ("on March 14 and March 21")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newslens.analysis.figures.changes import _changed_from, _falls_from, _two_amounts
from newslens.analysis.figures.dates import WEEKDAYS
from newslens.analysis.figures.entity_cuts import _relabelled
from newslens.analysis.figures.entity_dates import (
    _is_bare_number,
    _listed_numbers,
    _parts_of_a_date,
)
from newslens.analysis.figures.entity_non_figures import (
    _a_rate_or_a_vague_time,
    _a_word_of_no_figure,
    _is_specific_date,
)
from newslens.analysis.figures.numbers import FRACTIONS, SCALES, UNITS_SMALL
from newslens.analysis.figures.patterns import _PARTS_OF_A_DAY_NAMED, _Candidate
from newslens.analysis.figures.ranks import _after_number, _place_by_number
from newslens.analysis.figures.speech import (
    _a_figure_of_speech,
    _counts_one,
    _means_some_day,
)
from newslens.analysis.figures.units import MEASURE, unit_of_time
from newslens.analysis.title_case import SENTENCE_CASE_ENTITIES

_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"}
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
        # "two 48-hour strikes", "Four 100m sprints": a count of things, each measured by the
        # number with a unit after it, not one figure of 50 hours or 104 million.
        if _a_count_before_a_measure(ent):
            out.append(_Candidate(ent[0].idx, ent[0].idx + len(ent[0]), "CARDINAL"))
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        out += _candidates_of(doc, ent, text)
    return out


def _a_count_before_a_measure(ent: Span) -> bool:
    """Whether the entity opens on a count before a number that measures each thing counted:
    a number in words before digits ("Two 20ft containers", "three 5km loops"), or a bare number
    before one hyphened to its unit ("2 48-hour strikes"); not before a list ("one in five 10
    and 11-year-olds")."""
    if len(ent) < 2 or not ent[0].whitespace_ or not ent[1].text[:1].isdigit():
        return False
    if any(t.lower_ in ("and", "or", ",") for t in ent[2:]):
        return False
    if ent[0].lower_ in UNITS_SMALL:
        return True
    return len(ent) > 3 and _is_bare_number(ent[0]) and ent[2].text == "-"


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
    parts = _parts_of_a_date(doc, ent) if ent.label_ == "DATE" else _listed_counts(doc, ent)
    if parts is not None:
        return parts
    if _a_word_of_no_figure(doc, ent, text, words) or _a_rate_or_a_vague_time(doc, ent, words):
        return []
    sides = _either_side_of_to(doc, ent) or _a_measure_and_a_height(doc, ent)
    if sides is not None:
        return sides
    return [_Candidate(ent.start_char, _end_of_the_words(doc, ent), ent.label_)]


# Words that set a height a measure falls above or below: "15cm above 300 metres".
_ABOVE_OR_BELOW = frozenset(["above", "below", "over", "under"])
_HEIGHT = re.compile(r"\s+[\d,.]+\s?(?:m|met(?:re|er)s|ft|feet)", re.IGNORECASE)


def _a_measure_and_a_height(doc: Doc, ent: Span) -> list[_Candidate] | None:
    """A measure and the height it falls above or below, which the model may tag as one
    quantity: "another 15cm forecast above 300 metres" is 15 cm and above 300 metres; else
    None ("15cm of rain over 24 hours" is no height)."""
    if ent.label_ != "QUANTITY":
        return None
    bound = next((t for t in ent[1:-1] if t.lower_ in _ABOVE_OR_BELOW), None)
    if bound is None or _HEIGHT.fullmatch(doc.text, bound.idx + len(bound), ent.end_char) is None:
        return None
    number = next((t for t in doc[ent.start : bound.i] if t.like_num), None)
    if number is None or number.i + 1 >= bound.i:
        return None
    unit = doc[number.i + 1]
    if MEASURE.fullmatch(unit.text) is None:
        return None
    return [
        _Candidate(number.idx, unit.idx + len(unit), ent.label_),
        _Candidate(bound.idx, ent.end_char, ent.label_),
    ]


def _listed_counts(doc: Doc, ent: Span) -> list[_Candidate] | None:
    """The numbers a count the model found lists with "and", each a figure of its own: "aged
    four and five" is two ages, not nine; "between four and five" stays a range."""
    if ent.label_ != "CARDINAL" or not any(t.lower_ == "and" for t in ent):
        return None
    if ent.start > 0 and doc[ent.start - 1].lower_ == "between":
        return None
    listed = _listed_numbers(ent)
    return [_Candidate(t.idx, t.idx + len(t), "CARDINAL") for t in listed] or None


def _either_side_of_to(doc: Doc, ent: Span) -> list[_Candidate] | None:
    """The figures either side of a "to" that joins a period and its end, or an old value and a
    new one; else None."""
    # "the 13 weeks to September 28", "the year to June", "the 36 hours to 9am": a period
    # and the date or time it ends, not a range from 13 to 28; the period is a figure when
    # it has a number.
    to = next((t.i for t in ent[1:-1] if t.lower_ == "to"), None)
    if to is None:
        return None
    if ent.label_ in ("DATE", "TIME") and unit_of_time(doc[to - 1].lower_) is not None:
        numbers = [t for t in doc[ent.start : to - 1] if t.like_num or t.lower_ in UNITS_SMALL]
        # "fell by a year to 78": one of the unit is the change, no period ending at 78
        if not numbers and ent.start > 0 and doc[ent.start - 1].lower_ == "by":
            numbers = [t for t in doc[ent.start : to - 1] if t.lower_ in ("a", "an")]
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
    # "rose by 200,000 to 1.1m": the model may leave out the scale glued to the level, which
    # tells the change from the level
    after = doc[ent.end] if ent.end < len(doc) and not ent[-1].whitespace_ else None
    glued = after is not None and after.lower_.rstrip(".") in SCALES
    words = doc[ent.start : ent.end + 1] if glued else ent
    changed = _changed_from(doc, ent.start_char, words.text) or (
        ent.label_ == "CARDINAL" and _falls_from(doc, ent.start_char, ent.text)
    )
    if changed or (amounts and _two_amounts(ent.text)):
        return [
            _Candidate(ent.start_char, doc[to - 1].idx + len(doc[to - 1]), ent.label_),
            _Candidate(doc[to + 1].idx, words.end_char, ent.label_),
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


def _is_dangling(token: Token) -> bool:
    return token.lower_ in ("and", "or", "&", "but", "to") or (
        token.is_punct and token.text not in ("%", "'", "’", ")")
    )
