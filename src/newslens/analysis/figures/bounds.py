"""Where a figure read from its span starts and ends with the words that bound it, in front
("about 300", "went past £60m") or after ("or more", "-plus"), and its qualifier, settled last
by a price in pence or a verb of crossing ("sales topped $1bn")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newslens.analysis.figures.durations import _WORD_AFTER
from newslens.analysis.figures.qualifier_words import (
    _QUALIFIER_OF,
    _leading_qualifier,
    _strip_qualifier,
)
from newslens.analysis.figures.qualifiers import (
    _CROSSED,
    _PAST,
    _PLUS,
    _across_the_time,
    _bounded_after,
    _over_a_period,
    _qualify,
)
from newslens.analysis.figures.tallies import _PAIR
from newslens.analysis.figures.units import unit_of_time
from newslens.analysis.model import FigureKind, Qualifier


def _bounded_in_front(
    doc: Doc,
    text: str,
    start: int,
    end: int,
    kind: FigureKind,
    value: float | str | None,
    unit: str | None,
    measure: Token | None,
    an_age: bool,
    floor: int,
) -> tuple[int, Qualifier]:
    """Where a count, amount or duration starts with the words in front that bound it, and its
    qualifier."""
    # "aged over 65" is an age, bounded; a length of time may not be (see ``_across_the_time``)
    is_duration = not an_age and unit is not None and unit_of_time(unit) is not None
    new_start, qualifier = _qualify(text, start, end, kind)
    round_count = value is None and text[end - 1 : end] == "s"
    if round_count and (kind is FigureKind.COUNT or measure is not None):
        qualifier = Qualifier.APPROXIMATELY  # "hundreds of", "dozens of"
    if new_start < floor or (is_duration and _across_the_time(doc, text, new_start, start)):
        new_start = start
        qualifier = _leading_qualifier(text[start:end]) or Qualifier.EXACTLY
    elif is_duration and _over_a_period(doc, start):
        # "followed 2,000 adults over 15 years" with "over" in the model's span
        new_start, qualifier = end - len(_strip_qualifier(text[start:end])), Qualifier.EXACTLY
    # "spending went past £60m", "inflation went past 10%": an amount passed is a floor ("the
    # past 10 years" are a length, "drove past 10 cars" passed them, and neither is one).
    past = _PAST.search(text, max(floor, start - 6), start)
    if past and qualifier is Qualifier.EXACTLY and kind in (FigureKind.MONEY, FigureKind.PERCENT):
        new_start, qualifier = past.start(), Qualifier.AT_LEAST
    return new_start, qualifier


def _bounded_after_it(
    text: str, start: int, end: int, kind: FigureKind, unit: str | None, qualifier: Qualifier
) -> tuple[int, Qualifier, FigureKind, str | None]:
    """Where a figure not bounded in front ends with the words after it that bound it ("or
    more", "-plus"), and its qualifier, kind and unit."""
    after = _bounded_after(text, end, unit) if kind is not FigureKind.RANGE else None
    if after is not None and qualifier is Qualifier.EXACTLY:
        end, qualifier = after
    # "15-plus years", "90-plus minutes", "50+ members", "aged 65+": at least the number.
    # The model's span may hold it ("75+" as a date); a search of every span would cost more.
    inside = text.find("+", start, end) != -1 or text.find("-plus", start, end) != -1
    plus = _PLUS.search(text, start, end) if inside else _PLUS.match(text, end)
    if plus is not None and qualifier is Qualifier.EXACTLY and kind is not FigureKind.RANGE:
        end, qualifier = max(end, plus.end()), Qualifier.AT_LEAST
        length = _WORD_AFTER.match(text, end) if kind is FigureKind.COUNT and unit is None else None
        if length is not None and unit_of_time(length.group(1)) is not None:
            # "a hearing like it before - 90-plus minutes of questions": the parse may lose the
            # length past "-plus"
            end, kind, unit = length.end(), FigureKind.QUANTITY, length.group(1)
    return end, qualifier, kind, unit


def _settled_qualifier(
    text: str,
    start: int,
    end: int,
    new_start: int,
    kind: FigureKind,
    unit: str | None,
    qualifier: Qualifier,
) -> Qualifier:
    """The qualifier last of all: the one a price in pence says, else at least after a verb of
    crossing ("sales topped $1bn") for an exact figure that is no range or tally."""
    if unit == "p":
        qualifier = _QUALIFIER_OF.get(text[start:end].lstrip("pP ")[0], Qualifier.EXACTLY)
    tally = kind is FigureKind.RANGE or _PAIR.fullmatch(text[start:end])
    crossed = _CROSSED.search(text, max(0, new_start - 30), new_start)
    if qualifier is Qualifier.EXACTLY and not tally and crossed:
        qualifier = Qualifier.AT_LEAST  # the verb is no part of the figure's words
    return qualifier
