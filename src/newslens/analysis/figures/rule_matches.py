"""Where the rules of :mod:`newslens.analysis.figures.rules` are tried, and which of their matches
are candidates: a rule whose matches open on a digit is tried at each digit alone, one with a
digit near its start that near a digit, one that opens on a word at those words alone; a
match stands where the words round it agree (a share of a population, a multiple, a quarter
that is no name's, a range that is no change)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from newslens.analysis.figures.changes import _changed_from
from newslens.analysis.figures.counts import _is_multiple, _is_share
from newslens.analysis.figures.not_figures import _names_a_thing
from newslens.analysis.figures.patterns import _WORD_OPENINGS, _Candidate
from newslens.analysis.figures.ranges import range_bounds
from newslens.analysis.figures.ratios import RATIO, colon_pair_kind
from newslens.analysis.figures.rules import (
    _DECADE_WITH_S,
    _DIGIT_NEAR,
    _DIGIT_REACH,
    _MULTIPLE,
    _QUARTER,
    _RULES,
)
from newslens.analysis.figures.shares import _SHARE
from newslens.analysis.figures.tallies import _PAIR
from newslens.analysis.model import FigureKind
from newslens.analysis.syntax.text import doc_text

# The rules whose matches open on a digit, and those with a digit near their start: an article
# holds a few dozen digits in thousands of characters, so these are tried at the few places
# they can match (``_matches_at``) instead of searched for through the whole text.
_OPENING_ON_A_DIGIT = frozenset(p for _, p in _RULES if p.pattern.startswith(r"(?=[\d])"))
_OPENING_NEAR_A_DIGIT = frozenset(p for _, p in _RULES if _DIGIT_NEAR in p.pattern)
_DIGIT = re.compile(r"\d")
# Where the rules that open on a word are tried: at each word any of them opens with, its first
# letter tested first.
_OPENING_WORDS = sorted(set().union(*_WORD_OPENINGS.values()))
_WORD_OPENING = re.compile(
    rf"\b(?=[\d{''.join(sorted({w[0].lower() for w in _OPENING_WORDS}))}])(?:\d|{'|'.join(_OPENING_WORDS)})",
    re.IGNORECASE,
)


def _rule_candidates(doc: Doc) -> list[_Candidate]:
    out = []
    text = doc_text(doc)
    digits = [m.start() for m in _DIGIT.finditer(text)]
    near_digits = _reaching(digits, _DIGIT_REACH)
    openings = [m.start() for m in _WORD_OPENING.finditer(text)]
    ratios: set[int] = set()
    for kind, pattern in _RULES:
        if pattern in _OPENING_ON_A_DIGIT:
            matches = _matches_at(pattern, text, digits)
        elif pattern in _OPENING_NEAR_A_DIGIT:
            matches = _matches_at(pattern, text, near_digits)
        elif pattern in _WORD_OPENINGS:
            matches = _matches_at(pattern, text, openings)
        else:
            matches = pattern.finditer(text)
        for match in matches:
            found = kind
            if pattern is _SHARE and not _is_share(doc, text, match.start(), match.end()):
                continue
            if pattern is RATIO:
                # "split 60:40", "won 2:1", "a scale of 1:50,000": a share, a score, a scale
                paired = colon_pair_kind(doc, match.start(), match.end())
                if paired is None:
                    continue
                found = paired
                ratios.add(match.start())
            # "backed by 55:45 on Thursday": a ratio is no clock time on a day
            if found is FigureKind.TIME and match.start() in ratios:
                continue
            if pattern is _MULTIPLE and not _is_multiple(doc, match.start(), match.end()):
                continue
            if pattern is _QUARTER and _names_a_thing(doc, match.start(), match.start() + 2):
                continue
            start = match.start()
            if pattern is _DECADE_WITH_S and text[start - 1 : start] in ("'", "‘", "’"):
                start -= 1
            # "cut from 35 mph to 25 mph": a fall is two figures, and so is any change ("rose
            # from 5% to 9%"); "voted 5-2" and "won 2:1" are one tally.
            falling = found is FigureKind.RANGE and (
                range_bounds(match.group()) is None
                or _changed_from(doc, match.start(), match.group())
            )
            if falling and not (_PAIR.fullmatch(match.group()) or pattern is RATIO):
                continue
            out.append(_Candidate(start, match.end(), found.value))
    return out


def _reaching(digits: list[int], reach: int) -> list[int]:
    """The places at most ``reach`` characters before one of ``digits`` (ordered) or at it, in
    order: where a match with a digit among its first ``reach + 1`` characters can open."""
    places: list[int] = []
    for digit in digits:
        places.extend(range(max(digit - reach, places[-1] + 1 if places else 0), digit + 1))
    return places


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches open only at ``starts``, in order:
    tried at each of them alone, where a search would try it, past the end of the match before
    (no rule matches an empty string, which a search would step over)."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            end = match.end()
            yield match
