"""Where the rules of :mod:`newslens.analysis.figures.rules` are tried, and which of their matches
are candidates: a rule whose matches open on a digit is tried at each digit alone, one with a
digit near its start that near a digit, one that opens on a word at those words alone; a
match stands where the words round it agree (a share of a population, a multiple, a quarter
that is no name's, a range that is no change, a decade that is someone's age, a clock time
with a dot, "the 8.15 train")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newslens.analysis.figures.ages import _DECADE_OF_LIFE, _age_decade
from newslens.analysis.figures.changes import _changed_from
from newslens.analysis.figures.counts import _COUNT_WORDS
from newslens.analysis.figures.date_rules import _DECADE_WITH_S, _QUARTER
from newslens.analysis.figures.exchange_rates import _RATE_VERBS
from newslens.analysis.figures.not_figures import _names_a_thing
from newslens.analysis.figures.numbers import VULGAR_FRACTION
from newslens.analysis.figures.patterns import (
    _CLOCK,
    _DIGIT_NEAR,
    _DIGIT_REACH,
    _DOTTED_CLOCK,
    _WORD_OPENINGS,
    _Candidate,
    _matches_at,
)
from newslens.analysis.figures.ranges import range_bounds
from newslens.analysis.figures.rates import _is_multiple
from newslens.analysis.figures.ratios import RATIO, colon_pair_kind
from newslens.analysis.figures.rules import _MULTIPLE, _PERCENT, _RULES
from newslens.analysis.figures.shares import _SHARE, _is_share
from newslens.analysis.figures.tallies import _PAIR
from newslens.analysis.model import FigureKind
from newslens.analysis.syntax.text import doc_text

# The rules whose matches open on a digit, and those with a digit near their start: an article
# holds a few dozen digits in thousands of characters, so these are tried at the few places
# they can match (``_matches_at``) instead of searched for through the whole text.
_OPENING_ON_A_DIGIT = frozenset(p for _, p in _RULES if p.pattern.startswith(r"(?=[\d])"))
_OPENING_NEAR_A_DIGIT = frozenset(p for _, p in _RULES if _DIGIT_NEAR in p.pattern)
_DIGIT = re.compile(r"\d")
# The rules whose matches open on a fraction set as one character ("½ a mile"), tried at those
# characters alone.
_OPENING_ON_A_FRACTION = frozenset(
    p for _, p in _RULES if p.pattern.startswith(f"(?=[{VULGAR_FRACTION[1:-1]}])")
)
_FRACTION = re.compile(VULGAR_FRACTION)
# Where the rules that open on a word are tried: at each word any of them opens with. The
# first letter is tested before the word boundary, and the words are grouped by their first
# letter, so that a search steps past most places at one test and tries a few words at the
# rest, not all of them (a match marks only its start: the words are letters alone, and no
# word boundary falls inside one, so which word matches there changes no start found).
_OPENING_WORDS = sorted(set().union(*_WORD_OPENINGS.values()))
_BY_FIRST_LETTER: dict[str, list[str]] = {}
for _word in _OPENING_WORDS:
    _BY_FIRST_LETTER.setdefault(_word[0].lower(), []).append(_word[1:])
_WORD_OPENING = re.compile(
    rf"(?=[\d{''.join(sorted(_BY_FIRST_LETTER))}])\b(?:\d|"
    + "|".join(
        f"{letter}(?:{'|'.join(rests)})" for letter, rests in sorted(_BY_FIRST_LETTER.items())
    )
    + ")",
    re.IGNORECASE,
)


_FROM_A_YEAR = re.compile(r"in (?:1[5-9]|20)\d\d to (?!(?:1[5-9]|20)\d\d\b).*", re.IGNORECASE)


def _rule_candidates(doc: Doc) -> list[_Candidate]:
    out = []
    text = doc_text(doc)
    digits = [m.start() for m in _DIGIT.finditer(text)]
    near_digits = _reaching(digits, _DIGIT_REACH)
    openings = [m.start() for m in _WORD_OPENING.finditer(text)]
    fractions = [m.start() for m in _FRACTION.finditer(text)]
    ratios: set[int] = set()
    for kind, pattern in _RULES:
        if pattern in _OPENING_ON_A_DIGIT:
            matches = _matches_at(pattern, text, digits)
        elif pattern in _OPENING_NEAR_A_DIGIT:
            matches = _matches_at(pattern, text, near_digits)
        elif pattern in _WORD_OPENINGS:
            matches = _matches_at(pattern, text, openings)
        elif pattern in _OPENING_ON_A_FRACTION:
            matches = _matches_at(pattern, text, fractions)
        elif pattern is _PERCENT:
            # a share opens on a digit, a fraction or a word at its start ("half a percentage
            # point", "three percentage points"), each of them one of the words rules open on
            matches = _matches_at(pattern, text, sorted({*digits, *fractions, *openings}))
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
            if (
                found is FigureKind.TIME
                and (dotted := _DOTTED_ALONE.match(text, match.start())) is not None
                and not _told_as_a_clock(doc, dotted)
            ):
                continue
            if pattern is _MULTIPLE and not _is_multiple(doc, match.start(), match.end()):
                continue
            # "from 3,100 in 2020 to 4,800 members": the year a change ran from bounds no range
            if found is FigureKind.RANGE and _FROM_A_YEAR.fullmatch(
                text, max(0, match.start() - 3), match.end()
            ):
                continue
            # "the forties and fifties" of a century: the second of two decades is an age only
            # after a possessive ("in their forties or fifties")
            if pattern is _DECADE_OF_LIFE and not _age_decade(text, match.start(), match.end()):
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


# A clock time with a dot and nothing after it that only a clock has ("8.15", not "8.15pm").
_DOTTED_ALONE = re.compile(rf"(?!{_CLOCK}){_DOTTED_CLOCK}", re.I)
_TIMETABLED = _COUNT_WORDS["departures_named_by_a_time"]
# Words a time is reached at: "leaves at 8.15", "by 9.30", "until 10.45".
_BEFORE_A_CLOCK = frozenset(["at", "by", "until", "till"])


def _told_as_a_clock(doc: Doc, dotted: re.Match[str]) -> bool:
    """Whether a number with a dot, "8.15", is a clock time by the words round it: before what
    sets off then ("the 8.15 train"), or after "at", "by" or "until" a verb takes, told to five
    minutes ("she arrived at 8.15", "by 9.30"); not a level reached ("the pound stood at 1.25",
    "rose by 2.15"), nor an amount ("at 8.15 points", "8.15 million")."""
    number = doc.char_span(*dotted.span(), alignment_mode="expand")
    if number is None:
        return False
    after = doc[number.end] if number.end < len(doc) else None
    if after is not None and after.lower_ in _TIMETABLED:
        return True
    before = doc[number.start - 1] if number.start > 0 else None
    # the minutes read from the match, not its token, which may run on ("5.25%-5.5%")
    if before is None or before.lower_ not in _BEFORE_A_CLOCK or int(dotted.group()[-2:]) % 5:
        return False
    if after is not None and (after.like_num or after.pos_ in ("NOUN", "PROPN", "SYM")):
        return False
    verb = before.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_ not in _RATE_VERBS - {"be"}


def _reaching(digits: list[int], reach: int) -> list[int]:
    """The places at most ``reach`` characters before one of ``digits`` (ordered) or at it, in
    order: where a match with a digit among its first ``reach + 1`` characters can open."""
    places: list[int] = []
    for digit in digits:
        places.extend(range(max(digit - reach, places[-1] + 1 if places else 0), digit + 1))
    return places
