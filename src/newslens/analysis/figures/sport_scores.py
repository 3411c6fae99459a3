"""Numbers a sports story writes its own way: a cricket score, runs for wickets ("England were
120 for 4"), a golfer's strokes against par ("finished 12 under par", "a round of 65, seven
under") and a part of a game's point ("Carlsen leads by half a point"), none of them an age, a
bare count or a percentage."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from newslens.analysis.figures.numbers import _number
from newslens.analysis.figures.shares import _SCORE_WORDS, _SHARE_WORDS, _STANDING_WORDS
from newslens.analysis.lexicon import word_sections
from newslens.analysis.model import Figure, FigureKind, Qualifier

_WORDS = word_sections("figures/sport_words.txt")
_CRICKET = _WORDS["cricket"]
_GOLF = _WORDS["golf"]
_GAME = _WORDS["game_words"] | _SCORE_WORDS | _STANDING_WORDS
_NOT_A_GAME = _WORDS["rate_words"] | _SHARE_WORDS

# "120 for 4", "450 for 8 declared": runs, then the wickets lost, at most ten.
_RUNS_FOR_WICKETS = re.compile(
    r"(?<![\d.,£$€])\b(\d{1,3}) for (10|\d)\b(?![.,:]\d|\s+(?:against|per|of)\b)"
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
