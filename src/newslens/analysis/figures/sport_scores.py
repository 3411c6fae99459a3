"""Numbers a sports story writes its own way: a score line under a headline ("Dunmore Rovers 3
Castlebridge 2"), a cricket score, runs for wickets ("England were 120 for 4"), overs and balls
("58.3 overs"), a golfer's
strokes against par ("finished 12 under par", "a round of 65, seven under") and a part of a
game's point ("Carlsen leads by half a point"), none of them an age, a bare count or a
percentage."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from newslens.analysis.figures.dates import WEEKDAYS, names_month
from newslens.analysis.figures.labels import LABELLED_BY_A_NUMBER
from newslens.analysis.figures.numbers import _number
from newslens.analysis.figures.patterns import _opening_with
from newslens.analysis.figures.shares import _SCORE_WORDS, _SHARE_WORDS, _STANDING_WORDS
from newslens.analysis.lexicon import word_sections
from newslens.analysis.model import Figure, FigureKind, Qualifier

_WORDS = word_sections("figures/sport_words.txt")
_CRICKET = _WORDS["cricket"]
_GOLF = _WORDS["golf"]
_GAME = _WORDS["game_words"] | _SCORE_WORDS | _STANDING_WORDS
_NOT_A_GAME = _WORDS["rate_words"] | _SHARE_WORDS

# "120 for 4", "450 for 8 declared": runs, then the wickets lost, at most ten.
_RUNS_FOR_WICKETS = _opening_with(
    r"\d", r"(?<![\d.,£$€])\b(\d{1,3}) for (10|\d)\b(?![.,:]\d|\s+(?:against|per|of)\b)"
)
# "12 under par", "seven under," "two over for the week": a golfer's strokes against par,
# where what follows is no noun the bound is put on ("under 18s", "over 20 years").
_AGAINST_PAR = re.compile(
    r"\s+(under|over)(?:\s+par\b|(?=\s*(?:[,.;:)]|$)|\s+(?:for|after|on|with|and|at|in|through"
    r"|to|going|overall|heading|today|yesterday)\b))",
    re.IGNORECASE | re.MULTILINE,
)
# "half a point", "a half-point", "a quarter of a point", "½-point": a part of one point.
_PART_OF_A_POINT = re.compile(
    r"(?:half|quarter|third|three[ -]quarters|[½¼¾])[\s-](?:of\s)?(?:a\s)?point\b", re.IGNORECASE
)


@lru_cache(maxsize=4)
def _story_words(text: str) -> frozenset[str]:
    """The words of a story, or of a sentence, in lower case. Kept for the last few texts:
    each pass over a chunk that asks what kind of story it is asks of the same text."""
    return frozenset(re.findall(r"[a-z]+", text.lower()))


def cricket_scores(doc: Doc, text: str, figures: list[Figure]) -> list[Figure]:
    """In a cricket story, "120 for 4" is one score, runs for wickets, "120-4", in place of
    the figures read in its words (the model may take "England were 120" for an age)."""
    matches = list(_RUNS_FOR_WICKETS.finditer(text))
    if not matches or not _CRICKET & _story_words(text):
        return figures
    out = list(figures)
    for match in matches:
        start, end = match.span()
        after = doc.char_span(end - 1, end, alignment_mode="expand")
        if after is not None and after.end < len(doc) and doc[after.end].pos_ == "NOUN":
            continue  # "3 for 2 tickets": a price, no score
        score = f"{match.group(1)}-{match.group(2)}"
        out = [f for f in out if f.end <= start or end <= f.start]
        out.append(Figure(start, end, text[start:end], FigureKind.COUNT, score, "runs-wickets"))
    return sorted(out, key=lambda f: f.start)


# "58.3 overs": whole overs, a dot, then the balls of the next, one to five of its six.
_OVERS_AND_BALLS = re.compile(r"(\d+)\.([1-5])(?:\s+overs)?")


def overs_and_balls(figures: list[Figure]) -> list[Figure]:
    """Each count of overs written with the balls of the next after a dot in balls, as a race's
    time is in seconds: "bowled out in 58.3 overs" is 58 overs and 3 balls, 351 "balls", no
    decimal of 58.3."""
    out = list(figures)
    for i, figure in enumerate(figures):
        told = _OVERS_AND_BALLS.fullmatch(figure.text) if figure.unit == "overs" else None
        if told is not None:
            balls = int(told[1]) * 6 + int(told[2])
            out[i] = replace(figure, kind=FigureKind.QUANTITY, value=float(balls), unit="balls")
    return out


def strokes_against_par(text: str, figures: list[Figure]) -> list[Figure]:
    """A bare number before "under par" or "over par", or before a bare "under" or "over" in a
    golf story, counts strokes against par: "finished 12 under par", "Dunn is 12 under for the
    championship" (no age of 12)."""
    out = list(figures)
    for i, figure in enumerate(figures):
        par = _AGAINST_PAR.match(text, figure.end)
        if par is None or not ("par" in par.group().lower() or _GOLF & _story_words(text)):
            continue
        number = _number(figure.text)
        if number is None:
            continue
        out[i] = replace(
            figure,
            kind=FigureKind.COUNT,
            value=number,
            unit=f"shots {par.group(1).lower()} par",
            qualifier=Qualifier.EXACTLY,
        )
    return out


def points_of_a_game(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """A part of a point in a game or a table ("Carlsen leads by half a point after the seventh
    round", "half a point clear at the top") counts that much of a point: 0.5 points, not the
    0.005 of a rate's "cut by half a point" or a poll's."""
    out = list(figures)
    for i, figure in enumerate(figures):
        words = figure.text.lower()
        if (
            figure.kind is not FigureKind.PERCENT
            or not isinstance(figure.value, float)
            or _PART_OF_A_POINT.search(words) is None
            or "percentage" in words
            or not _told_of_a_game(doc, figure.start)
        ):
            continue
        points = round(figure.value * 100, 10)
        out[i] = replace(figure, kind=FigureKind.COUNT, value=points, unit="points")
    return out


def _told_of_a_game(doc: Doc, start: int) -> bool:
    """Whether the sentence at ``start``, or the one before, names a game, a tournament or a
    standing, and neither names a poll, a vote or a rate."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    sentence = span[0].sent
    lemmas = {t.lemma_.lower() for t in sentence}
    if sentence.start > 0:
        lemmas |= {t.lemma_.lower() for t in doc[sentence.start - 1].sent}
    return bool(lemmas & _GAME) and not lemmas & _NOT_A_GAME


# A side's name in capitals: "Dunmore Rovers", "Brighton & Hove Albion", "St Johnstone".
_SIDE = r"[A-Z][\w'’.-]*(?:[^\S\n](?:[A-Z][\w'’.-]*|&|of|de|la|del))*"
# "Dunmore Rovers 3 Castlebridge 2", "Rovers 3, Castlebridge 2": a score line, on a line of its
# own, each side's name then its goals or points, at most two digits.
_SCORE_LINE = re.compile(
    rf"^[^\S\n]*(?P<home>{_SIDE})[^\S\n]+(?P<a>\d{{1,2}}),?[^\S\n]+"
    rf"(?P<away>{_SIDE})[^\S\n]+(?P<b>\d{{1,2}})[^\S\n]*$",
    re.MULTILINE,
)


def score_lines(text: str, figures: list[Figure]) -> list[Figure]:
    """A score line on its own line ("Dunmore Rovers 3 Castlebridge 2") as one score, "3-2" as
    "won 3-2" is, in place of any figure the model found in it; not a line of dates ("March 3
    April 2") or of parts of a series ("Series 3 Episode 2")."""
    lines = []
    for line in _SCORE_LINE.finditer(text):
        sides = (line["home"], line["away"])
        if any(_names_no_side(side) for side in sides):
            continue
        lines.append(
            Figure(*line.span(), line.group(), FigureKind.COUNT, f"{line['a']}-{line['b']}")
        )
    if not lines:
        return figures
    kept = [f for f in figures if not any(s.start <= f.start and f.end <= s.end for s in lines)]
    return sorted(kept + lines, key=lambda f: f.start)


def _names_no_side(words: str) -> bool:
    """Whether a name before a number on a score line is a day, a month or a part of a series."""
    lowered = words.lower().split()
    return names_month(words) or any(w in WEEKDAYS or w in LABELLED_BY_A_NUMBER for w in lowered)
