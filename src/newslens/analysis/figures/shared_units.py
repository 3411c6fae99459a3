"""Units left out and taken from another figure: what the first of a change takes from the
second ("from 4.10 to 4.25 per cent", "cut from 35 to 25 mph"), an amount that changed by the
level's share or period ("climbed $2.10 to $84.35 a barrel") and the level by the change's
("rose by 2.3p a litre to 145.9p"), and a count or an amount set against an earlier one
("1,846 offences, up from 1,619", "fell to 570 homicides from 648", "£95,000 a week, up from
£80,000", "143 pupils in a building designed for 210"), and a number whose hyphen waits for
the next's unit ("16- and 17-inch wheels")."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from spacy.tokens import Doc

from newslens.analysis.figures.changes import _CHANGE_VERBS
from newslens.analysis.figures.counts import _POPULATIONS
from newslens.analysis.figures.money import _BY_THE_SHARE, _per
from newslens.analysis.figures.numbers import _number
from newslens.analysis.figures.units import DURATIONS, plural_unit
from newslens.analysis.model import Figure, FigureKind
from newslens.analysis.syntax.text import doc_text

# "9.8 per 1,000", "1,640 for every 100,000", "1,640 per 100k": a share told per its whole.
_PER_WHOLE = re.compile(r"\b(?:per|for every) (1[\d,]+k?)$")


def _units_shared(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """ "rose from 4.10 to 4.25 per cent", "cut from 35 to 25 mph": the first of a change
    between two values is written in the second's unit, left out once."""
    text = doc_text(doc)
    out = list(figures)
    for i, first in enumerate(figures):
        second = _level_reached(text, figures[i + 1 : i + 3], first)
        change = second is not None and re.search(
            r"\bfrom\s+$", text[max(0, first.start - 6) : first.start], re.IGNORECASE
        )
        bare = first.kind is FigureKind.COUNT and first.unit is None
        if not (change and second and bare and isinstance(first.value, float)):
            continue
        if second.kind is FigureKind.PERCENT:
            # "from 14.2 to 9.8 per 1,000" is per thousand, as "to 9.8%" is per hundred
            whole = _per_whole(second) or 100.0
            out[i] = replace(first, kind=FigureKind.PERCENT, value=round(first.value / whole, 10))
        elif second.kind in (FigureKind.QUANTITY, FigureKind.COUNT):
            out[i] = replace(first, kind=second.kind, unit=second.unit)  # "from 3 to 4 seats"
    out = _compared_counts(doc, _changes_by_their_level(text, _levels_in_measures(doc, out)))
    return _listed_before_a_hyphened_unit(text, _set_against_one_by_the_share(text, out))


# "16- and 17-inch wheels": the first number's hyphen waits for the unit after the next
_BEFORE_THE_NEXT = re.compile(r"-\s+(?:and|or)\s+$")


def _listed_before_a_hyphened_unit(text: str, figures: list[Figure]) -> list[Figure]:
    """A bare count whose hyphen waits for the unit hyphened to the number after it ("16- and
    17-inch wheels") is in that unit, 16 inches; not "16 seats and 17-inch wheels"."""
    out = list(figures)
    for i, (first, second) in enumerate(itertools.pairwise(figures)):
        if (
            first.kind is FigureKind.COUNT
            and first.unit is None
            and second.unit is not None
            and _BEFORE_THE_NEXT.match(text[first.end : second.start]) is not None
            and "-" in text[second.start : second.end]
        ):
            out[i] = replace(first, kind=second.kind, unit=second.unit)
    return out


def _level_reached(text: str, following: list[Figure], first: Figure) -> Figure | None:
    """The figure after "to" that ``first`` changed to, past the year it changed from ("from
    640 in 2019 to 812 children"), of the ``following`` figures; or None."""
    level = following[0] if following else None
    end = first.end
    if level is not None and level.kind is FigureKind.DATE and len(following) > 1:
        if text[end : level.start] != " in ":
            return None
        end, level = level.end, following[1]
    return level if level is not None and text[end : level.start] == " to " else None


def _per_whole(share: Figure) -> float | None:
    """The whole a share is told per ("9.8 per 1,000" → 1000.0), or None."""
    per = _PER_WHOLE.search(share.text)
    return None if per is None else _number(per.group(1))


_TO = re.compile(r"\s+to\s+", re.I)


def _levels_in_measures(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """The figures, a bare number a measure changed to in the measure's unit: "life expectancy
    fell by 0.4 years to 78.6" is 78.6 years, "the limit was cut 5mph to 25" 25 mph (not "rose
    three times to 12", a multiple, nor "trained for 10 years to 2020", no change)."""
    text = doc_text(doc)
    out = list(figures)
    for i, (change, level) in enumerate(itertools.pairwise(figures)):
        if (
            change.kind is FigureKind.QUANTITY
            and change.unit not in (None, "times")
            and level.kind is FigureKind.COUNT
            and level.unit is None
            and _TO.fullmatch(text, change.end, level.start)
            and _a_change(doc, change)
        ):
            unit = change.unit
            if unit in DURATIONS and level.value != 1.0:
                unit = plural_unit(unit)  # "by a year to 67"
            out[i + 1] = replace(level, kind=change.kind, unit=unit)
    return out


def _a_change(doc: Doc, figure: Figure) -> bool:
    """Whether ``figure`` is how much a verb of change moved: "fell 0.4 years", "cut by 5mph"."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    head = head.head if head.lower_ == "by" else head
    return head.lemma_.lower() in _CHANGE_VERBS


# "climbed $2.10 to $84.35 a barrel", "fell 3p to 41p a share", "up 40 cents at $3.10 a gallon"
_TO_THE_LEVEL = re.compile(r"\s+(?:to|at)\s+", re.I)


def _changes_by_their_level(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures, an amount of money that changed by the share, the unit or the period of
    the level it changed to (see above): the change of a price per barrel is per barrel; and
    the level, by those of the change told with them ("rose by 2.3p a litre to 145.9p")."""
    out = list(figures)
    for i, (change, level) in enumerate(itertools.pairwise(figures)):
        if change.kind is not FigureKind.MONEY or level.kind is not FigureKind.MONEY:
            continue
        if (
            change.unit is not None
            and _per(level.unit)[1]
            and _left_out_of(change.unit, level.unit)
            and _TO_THE_LEVEL.fullmatch(text, change.end, level.start)
        ):
            out[i] = replace(change, unit=level.unit)
        elif _left_out_of(level.unit, change.unit) and _by_it_to_the_level(text, change, level):
            out[i + 1] = replace(level, unit=change.unit)
    return out


def _by_it_to_the_level(text: str, change: Figure, level: Figure) -> bool:
    """Whether the words from ``change`` to ``level`` are only what the change is by and "to"
    or "at": " a litre to " of "rose by 2.3p a litre to 145.9p"."""
    by = _per(change.unit)[1]
    return (
        re.fullmatch(
            rf"(?:\s+|-)(?:a|an|per|each)[\s-]{re.escape(by)}{_TO_THE_LEVEL.pattern}",
            text[change.end : level.start],
            re.IGNORECASE,
        )
        is not None
    )


# What sets a count against an earlier one in its sentence: "up from", "down from", "against",
# "compared with", "compared to", "bringing the total to", a multiple of it ("almost three
# times the 1,013 recorded", "twice the", "than the").
_COMPARED_WITH = re.compile(
    r"(?:\b(?:up|down|rising|falling)\s+(?:from|with|on)|\bcompared\s+(?:from|with|on|to)"
    r"|\bagainst|\b(?:total|toll|tally)\s+(?:to|of)|\b(?:times|twice|double|than)\s+the)\s+$",
    re.I,
)
# "rose to 45p from 41p", "fell to 570 homicides from 648", "rose to £95,000 a week from
# £80,000": the value a level was reached from, said right after the level and its own words;
# a count's after a comma too ("fell to 40, from 52"), not an amount's ("rose to £95,000 a
# week, from £2m in savings" tells where it came from).
_REACHED = re.compile(r"\bto\s+$", re.I)


def _reached_from(text: str, level: Figure, figure: Figure) -> bool:
    """Whether ``figure`` is the value ``level`` was reached from (see above), not a source
    ("rose to 45p a share paid from £2m of reserves")."""
    if _REACHED.search(text, max(0, level.start - 4), level.start) is None:
        return False
    counted, by = _per(level.unit)
    own_words = rf"(?:\s+{re.escape(counted)})?"
    if by:
        own_words += rf"(?:[\s-]+(?:a|an|per|each)[\s-]+{re.escape(by)})?"
    comma = ",?" if level.kind is FigureKind.COUNT else ""
    between = re.fullmatch(rf"{own_words}{comma}\s+from\s+", text[level.end : figure.start], re.I)
    return between is not None


def _set_against_in_turn(text: str, before: Figure, figure: Figure) -> bool:
    """Whether ``figure`` comes right after ``before``, its noun and "to" or "out of": "passed
    by 312 votes to 298" counts votes twice, the noun left out the second time, as "won 18
    matches out of 24" counts the whole ("eight people out of 10" is a share of any ten)."""
    between = text[before.end : figure.start]
    noun = re.escape(before.unit or "")
    against = r"to|out\s+of" if figure.value not in (10.0, 100.0) else "to"
    return re.fullmatch(rf"\s+{noun}\s+(?:{against})\s+", between, re.I) is not None


# "143 pupils in a building designed for 210": what a place was made for, as many as it holds.
_MADE_FOR = re.compile(r"\b(?:designed|built|meant|intended)\s+for\s+$", re.I)


def _made_for_as_many(text: str, before: Figure, figure: Figure) -> bool:
    """Whether ``figure`` is how many of the people ``before`` counts a place was made for:
    "143 pupils in a building designed for 210", "a ward treating 30 patients, built for
    24"; not after things counted ("300 beds and a car park designed for 120")."""
    return (
        before.unit in _POPULATIONS
        and _MADE_FOR.search(text, max(0, figure.start - 15), figure.start) is not None
    )


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# One sentence's end, a paragraph's break with its full stop counted once.
_SENTENCES_END = re.compile(r"[.!?]?\s*\n\s*|[.!?](?=\s)")
# "Labour gained 14 seats and lost 3", "The Greens lost 11", "lost 14 seats and kept 11, while
# Labour won 9": a count gained, lost, won or kept with no noun is of the things the last count
# won or lost named, in its sentence or the one before (not "employs 400 workers. It lost 3
# million", nor a score, "lost 3-1").
_WON_OR_LOST_WORDS = (
    r"\b(?:won|win(?:s|ning)?|took|tak(?:es|ing)|held|hold(?:s|ing)?|kept|keep(?:s|ing)?"
    r"|lost|los(?:es|ing)|gain(?:ed|s|ing)?)\s+"
)
_GAINED_OR_LOST = re.compile(_WON_OR_LOST_WORDS + "$", re.I)
_WON_OR_LOST = re.compile(_WON_OR_LOST_WORDS + r"(?:\w+\s+)?$", re.I)


def _gained_or_lost(doc: Doc, before: Figure, figure: Figure) -> bool:
    """Whether ``figure`` is a count gained or lost in the sentence of ``before``, a count won
    or lost, or the next; or lost of the things ``before`` counts as had, in its sentence."""
    text = doc_text(doc)
    if before.kind is not FigureKind.COUNT or not isinstance(figure.value, float):
        return False
    if _GAINED_OR_LOST.search(text, max(0, figure.start - 10), figure.start) is None:
        return False
    if _WON_OR_LOST.search(text, max(0, before.start - 25), before.start) is None:
        return _lost_of_those_had(doc, before, figure)
    return len(_SENTENCES_END.findall(text, before.end, figure.start)) <= 1


_LOST = re.compile(r"\blos(?:t|es|ing)\s+$", re.I)


def _lost_of_those_had(doc: Doc, before: Figure, figure: Figure) -> bool:
    """Whether ``figure`` is lost of the things a verb's object ``before`` counts, earlier in
    its sentence and no fewer: "planted 300 trees last spring but lost 40 to the drought";
    not "300 volunteers planted trees but lost 40", nor "hired 300 staff but lost 3 million"."""
    text = doc_text(doc)
    if _LOST.search(text, max(0, figure.start - 8), figure.start) is None:
        return False
    if _SENTENCE_END.search(text, before.end, figure.start) is not None:
        return False
    had = before.value
    if not isinstance(had, float) or not isinstance(figure.value, float) or figure.value > had:
        return False
    span = doc.char_span(before.start, before.end, alignment_mode="expand")
    if span is None:
        return False
    counted = span.root.head if span.root.dep_ == "nummod" else span.root
    return counted.dep_ == "dobj"


def _compared_counts(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """ "1,846 offences, up from 1,619", "5,402 votes, down from 9,870", "gained 64 seats,
    bringing their total to 72": a count set against the sentence's last count of things is a
    count of the same things, their noun left out; and an amount set against the last amount
    by the period, the share or the unit is by it too ("£95,000 a week, up from £80,000",
    "21.3p a share, up from 18.9p", "rose to 45p from 41p" after "per share"); "by 312 votes to
    298" and "won 18 matches out of 24" set the second against the first, as "143 pupils in a
    building designed for 210" sets what a place was made for against the people it holds."""
    text = doc_text(doc)
    out = list(figures)
    # the sentence's last count of things and last amount by something, so far
    last: dict[FigureKind, Figure] = {}
    for i, figure in enumerate(figures):
        before = last.get(figure.kind)
        if before is not None and figure.unit is None and _gained_or_lost(doc, before, figure):
            out[i] = replace(figure, unit=before.unit)
            continue
        if before is not None and _SENTENCE_END.search(text, before.end, figure.start):
            before = None
        compared = (
            before is not None
            and not _restated_by_the_share(text, figure, figures[i + 1 : i + 2])
            and (
                _COMPARED_WITH.search(text, max(0, figure.start - 15), figure.start)
                or _reached_from(text, before, figure)
                or _set_against_in_turn(text, before, figure)
                or _made_for_as_many(text, before, figure)
            )
        )
        if compared and before is not None and _left_out_of(figure.unit, before.unit):
            out[i] = replace(figure, unit=before.unit)
        elif figure.unit is not None and (
            figure.kind is FigureKind.COUNT
            or (figure.kind is FigureKind.MONEY and " per " in figure.unit)
        ):
            last[figure.kind] = figure
    return out


# "$298 million, or 98 cents a share": an amount restated by the share right after it.
_RESTATED = re.compile(r",?\s+or\s+")


def _restated_by_the_share(text: str, figure: Figure, following: list[Figure]) -> bool:
    """Whether ``figure`` is a whole amount the next figure restates by the share or the unit,
    so that it is set against the whole amount before, not the one by the share: "net income
    of $412 million, or $1.37 a share, up from $298 million, or 98 cents a share"."""
    restated = following[0] if following else None
    return (
        restated is not None
        and restated.kind is figure.kind
        and bool(_per(restated.unit)[1])
        and _RESTATED.fullmatch(text, figure.end, restated.start) is not None
    )


def _left_out_of(unit: str | None, whole: str | None) -> bool:
    """Whether ``unit`` is ``whole`` with a part left out: no noun at all, or the currency
    without its period or share ("GBP" of "GBP per week")."""
    if unit is None:
        return True
    currency, by = _per(whole)
    return bool(by) and unit == currency


# "rose to 62p from 59p a share", "62p, up from 59p a share": the share after the second amount
# is the first's too.
_SET_AGAINST = re.compile(r",?\s+(?:(?:up|down|rising|falling)\s+)?from\s+", re.IGNORECASE)


def _set_against_one_by_the_share(text: str, figures: list[Figure]) -> list[Figure]:
    """An amount set against the next, which its own words say is by the share, is by the
    share too: "62p" of "the total rose to 62p from 59p a share" (see ``_SET_AGAINST``)."""
    out = list(figures)
    for i, (first, second) in enumerate(itertools.pairwise(figures)):
        by_the_share = (
            first.kind is FigureKind.MONEY
            and second.kind is FigureKind.MONEY
            and second.unit == f"{first.unit} per share"
            and _SET_AGAINST.fullmatch(text, first.end, second.start) is not None
            and _BY_THE_SHARE.match(text, second.end) is not None
        )
        if by_the_share:
            out[i] = replace(first, unit=second.unit)
    return out
