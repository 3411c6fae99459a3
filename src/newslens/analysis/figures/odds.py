"""Odds and chances written as a pair joined by a hyphen or a slash ("at odds of 5-1", "a 50-50
chance", "the 9-4 favourite", "the odds are 5/1", "Salah is 11/4 to score"): a ratio, read as
the share of the whole its first part is, as "odds of 5:1" is (see ratios.py), not a score or
a range."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from newslens.analysis.figures.ratios import ratio_share
from newslens.analysis.lexicon import word_sections
from newslens.analysis.model import Figure, FigureKind, Qualifier
from newslens.analysis.syntax.text import doc_text

_WORDS = word_sections("figures/sport_words.txt")
_ODDS_AFTER = _WORDS["odds_after"]
# A pair of odds, and its hyphen, dash or slash (a bookmaker's "5/1"), read with a ratio's colon.
_ODDS_PAIR = re.compile(r"\d+\s?[-–—/]\s?\d+")
_PAIR_SIGN = re.compile(r"\s?[-–—/]\s?")
# "odds" right before the pair, or with a verb of being or "of" between: "at odds of 5-1",
# "the odds are 5-1", "their chances are 50-50"; not "Against the odds, Rovers won 3-1".
_ODDS_BEFORE = re.compile(
    r"\b(?:odds|chances?)(?:\s+(?:of|are|were|is|was|now|stand|at|about|around))*\s+$", re.I
)
# Bookmakers after the pair, whose price it is: "at 5-1 with the bookmakers", "2-1 against
# with most bookies".
_WITH_BOOKMAKERS = re.compile(
    r"(?:\s+(?:against|on))?,?\s+with\s+(?:\w+\s+)?(?:bookmakers?|bookies?)\b", re.I
)


# The pair after a verb of being and before "to" and a verb, as a bookmaker's price to do it.
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|now)\s+$", re.I)
_TO_DO = re.compile(r"\s+to\s+([a-z]+)\b")


def odds_as_ratios(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """Each pair joined by a hyphen or a slash that the words round it show to be odds or a
    chance, as the share of the whole its first part is: "odds of 5-1" and "the odds are 5/1"
    0.833, "a 50-50 chance" 0.5."""
    out = list(figures)
    for i, figure in enumerate(figures):
        if figure.kind not in (FigureKind.COUNT, FigureKind.RANGE) or not _ODDS_PAIR.fullmatch(
            figure.text
        ):
            continue
        share = ratio_share(_PAIR_SIGN.sub(":", figure.text))
        if share is not None and _told_as_odds(doc, figure.start, figure.end):
            out[i] = replace(
                figure, kind=FigureKind.PERCENT, value=share, unit=None, qualifier=Qualifier.EXACTLY
            )
    return out


def _told_as_odds(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    after = doc[span.end] if span.end < span.sent.end else None
    text = doc_text(doc)
    # "5/1 odds": the tagger makes the lemma of "odds" "odd"
    return (
        _ODDS_BEFORE.search(text, max(0, start - 40), start) is not None
        or (after is not None and not _ODDS_AFTER.isdisjoint((after.lemma_.lower(), after.lower_)))
        or _WITH_BOOKMAKERS.match(text, end) is not None
        or _a_price_to_do(doc, text, start, end)
    )


def _a_price_to_do(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a bookmaker's pair is the price of doing something: "Salah is 11/4 to score";
    not a date ("met on 5/1 to sign") nor a score ("won 5-1 to reach the final")."""
    if "/" not in text[start:end] or _BE_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    to_do = _TO_DO.match(text, end)
    verb = doc.char_span(to_do.start(1), to_do.end(1)) if to_do is not None else None
    return verb is not None and verb[0].tag_ == "VB"
