"""Scores and tallies: a pair that is a tally rather than a range ("won 6-4, 3-6, 7-6", "lost
4-6", "a majority of two to one"), and one that tells the time instead ("It was 10 to 5", "open
from 10 to 5")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from newslens.analysis.figures.numbers import _number
from newslens.analysis.figures.patterns import _SMALL_WORDS
from newslens.analysis.figures.qualifier_words import _strip_qualifier
from newslens.analysis.figures.ranges import _TALLY_WITH_TO, tally
from newslens.analysis.model import Figure, FigureKind, Qualifier

# The minutes a time "to" the hour may be told in: "ten to five", "25 to 6".
_MINUTES_TO = (5, 10, 20, 25)


def minutes_to_the_hour(core: str) -> str | None:
    """A time told as minutes to the hour, as written (no half of the day): "10 to 5" →
    "04:50", "twenty to one" → "12:40"; None for any other words."""
    words = _TALLY_WITH_TO.fullmatch(core.lower())
    if words is None:
        return None
    minutes, hour = (_number(w) for w in words.groups())
    if minutes not in _MINUTES_TO or hour is None or hour != int(hour) or not 1 <= hour <= 12:
        return None
    return f"{int(hour) - 1 or 12:02d}:{60 - int(minutes):02d}"


# A pair of numbers: a score or a tally ("6-4"), or a range ("3-6").
_PAIR = re.compile(r"\d+\s?[-–—]\s?\d+")
_SERIES_GAP = re.compile(r"\s*[,;]?\s*(?:and\s+)?")


def _scores_in_series(text: str, figures: list[Figure]) -> list[Figure]:
    """In a series of pairs with a tally, every pair is a tally.

    "won 6-4, 3-6, 7-6": the lost set "3-6" is a score like the others, not a range.
    """
    series: list[list[int]] = []
    for i, figure in enumerate(figures):
        if not _PAIR.fullmatch(figure.text):
            continue
        after_pair = series and series[-1][-1] == i - 1
        if after_pair and _SERIES_GAP.fullmatch(text[figures[i - 1].end : figure.start]):
            series[-1].append(i)
        else:
            series.append([i])
    out = list(figures)
    for pairs in series:
        if len(pairs) > 1 and any(_is_tally(figures[i]) for i in pairs):
            for i in pairs:
                out[i] = _as_tally(figures[i])
    return out


def _is_tally(figure: Figure) -> bool:
    return figure.kind is FigureKind.COUNT and isinstance(figure.value, str)


def _as_tally(figure: Figure) -> Figure:
    return replace(figure, kind=FigureKind.COUNT, value=tally(figure.text), unit=None)


# "a majority of two to one", "by a margin of 7 to 2", "voted seven to two", "split 4 to 1", "a
# 3 to 1 margin", "a 2-to-1 vote": a tally whose words the model cuts to its first number.
_TALLY_BEFORE = re.compile(
    r"\b(?:(?:majority|margin) of|vot(?:ed|es|e|ing)|split(?:s|ting)?) $", re.IGNORECASE
)
_TALLY_AFTER = re.compile(rf"(?: |-)to(?: |-)(?:{_SMALL_WORDS}|\d+)\b", re.IGNORECASE)
_TALLY_NAMED_AFTER = re.compile(r" (?:margin|majority|vote|split|ratio)\b", re.IGNORECASE)
# "a 2-for-1 stock split", "a one-for-ten share consolidation", "a two-for-one offer": so many
# for so many, hyphened, is a ratio whatever the words round it.
_FOR_SO_MANY = re.compile(rf"-for-(?:{_SMALL_WORDS}|\d+)\b(?!-)", re.IGNORECASE)


def _tallies_in_words(doc: Doc, text: str, figures: list[Figure]) -> list[Figure]:
    """Each count after "a majority of", "a margin of", "voted", "split" or the "by" a vote or
    a game was won by that goes on "to" a second number, or that with it comes before "margin"
    or "vote", as the one tally of both: "a majority of two to one", "a 2 to 1 margin" and "voted
    for it by more than two to one" are "2-1" (the last at least); so is "a 2-for-1 split"."""
    out: list[Figure] = []
    for figure in figures:
        if out and out[-1].end > figure.start:
            continue  # the second number of a tally joined to the figure before
        after = _second_number(doc, text, figure) if figure.kind is FigureKind.COUNT else None
        if after is not None:
            words = text[figure.start : after.end()]
            score = tally(_strip_qualifier(words))
            figure = replace(figure, end=after.end(), text=words, value=score, unit=None)
        out.append(figure)
    return out


def _second_number(doc: Doc, text: str, figure: Figure) -> re.Match[str] | None:
    """The rest of a tally a count opens (see ``_tallies_in_words``), else None."""
    after = _TALLY_AFTER.match(text, figure.end)
    if after is not None and (
        _TALLY_BEFORE.search(text, max(0, figure.start - 12), figure.start)
        or _TALLY_NAMED_AFTER.match(text, after.end())
        or _margin_of_a_vote(doc, figure.start)
    ):
        return after
    return _FOR_SO_MANY.match(text, figure.end)


# Words that make a pair of numbers a score or a tally whatever its order: a verb just before
# it ("lost 4-6", "voted 3-4") or a noun just after it ("a 2-3 defeat", "a 4-5 vote").
_SCORING_VERBS = frozenset(["win", "lose", "beat", "lead", "trail", "draw", "vote", "edge"])
_SCORE_NOUNS = frozenset(
    ["vote", "win", "victory", "defeat", "loss", "draw", "lead", "decision", "ruling", "verdict"]
)


def _scores_named(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """A pair read as a range that its words show to be a score or a tally: "lost 4-6 on
    appeal", "a 2-3 defeat"; "won 3-5 seats" stays a range of seats."""
    out = list(figures)
    for i, figure in enumerate(figures):
        if figure.kind is not FigureKind.RANGE or not _PAIR.fullmatch(figure.text):
            continue
        span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        if span is None:
            continue
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        named_after = after is not None and after.lemma_.lower() in _SCORE_NOUNS
        counts_after = after is not None and after.pos_ in ("NOUN", "PROPN", "NUM")
        scored = before is not None and before.lemma_.lower() in _SCORING_VERBS
        if named_after or (scored and not counts_after):
            out[i] = _as_tally(figure)
    return out


# What a clock time told "to" the hour follows: "It was 10 to 5", "at ten to six", "by 20 to
# 4"; "The vote was 10 to 5" and "from 10 to 5" are no times.
_TIME_TOLD_AFTER = re.compile(
    r"(?:\bit(?:'s|’s| is| was)|\b(?:at|by|until|till|before|after|about|around))\s+$",
    re.IGNORECASE,
)
# Verbs a "by" after gives the margin of a vote or a game: "won by 10 to 5".
_DECIDED_BY = _SCORING_VERBS | {"carry", "pass", "approve", "reject", "defeat", "back"}


def _times_told_to_the_hour(doc: Doc, text: str, figures: list[Figure]) -> list[Figure]:
    """A tally in words after "It was", "at" or "by" that tells the time: "It was 10 to 5" is
    04:50 as written, not the score 10-5 ("won by 10 to 5" still is one)."""
    out = list(figures)
    for i, figure in enumerate(figures):
        if not _is_tally(figure) or " to " not in figure.text:
            continue
        told = _TIME_TOLD_AFTER.search(text, max(0, figure.start - 12), figure.start)
        clock = minutes_to_the_hour(figure.text) if told is not None else None
        if clock is None or _margin_of_a_vote(doc, figure.start):
            continue
        out[i] = replace(figure, kind=FigureKind.TIME, value=clock, qualifier=Qualifier.EXACTLY)
    return out


_FROM_HOUR_TO_HOUR = re.compile(r"(?<=\bfrom )(\d{1,2}) to (\d{1,2})", re.IGNORECASE)


def _hours_open(doc: Doc, text: str, figures: list[Figure]) -> list[Figure]:
    """A later hour "from" an earlier one "to" is a span of the day, into the afternoon:
    "open from 10 to 5" is 10:00 to 17:00, no score ("cut from 10 to 5 pupils" is a change,
    two figures before this)."""
    out = list(figures)
    for i, figure in enumerate(figures):
        hours = _FROM_HOUR_TO_HOUR.fullmatch(text, figure.start, figure.end)
        if hours is None or not _is_tally(figure) or _counts_after(doc, figure.end):
            continue
        opens, closes = int(hours.group(1)), int(hours.group(2))
        if 1 <= closes < opens <= 12:
            value = f"{opens:02d}:00/{closes + 12:02d}:00"
            out[i] = replace(figure, kind=FigureKind.RANGE, value=value, unit=None)
    return out


def _counts_after(doc: Doc, end: int) -> bool:
    """Whether a noun or a number follows the figure that ends at ``end``."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    after = doc[span.end] if span is not None and span.end < len(doc) else None
    return after is not None and after.pos_ in ("NOUN", "PROPN", "NUM")


def _margin_of_a_vote(doc: Doc, start: int) -> bool:
    """Whether the words at ``start`` follow a "by" that gives how a vote or a game was won."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.lower_ == "by" and before.head.lemma_.lower() in _DECIDED_BY
