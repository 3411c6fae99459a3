"""A ratio written with a colon is one figure, a share: "the ratio of men to women was 3:2", "the
vote split 60:40", "backed by 55:45", "odds of 5:1". Its value is the share of the whole its
first part is, as "one in five" is 0.2 of a whole: "3:2" → 0.6, "60:40" → 0.6, "5:1" → 0.833.
(The quotient, "60:40" → 1.5, would read as 150% next to the other shares.) Only words round
the pair make it a ratio (see ratio_words.txt); without them it is what it was, a clock time
("at 10:30"), a score ("a 2:1 win"), a verse ("John 3:16") or a race's time ("in 61:10")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newslens.analysis.figures.patterns import _opening_with
from newslens.analysis.lexicon import word_sections

_WORDS = word_sections("figures/ratio_words.txt")
_RATIO_WORDS = _WORDS["ratio_words"]
_BEFORE_A_TIME = _WORDS["before_a_time"]
_BEFORE_A_TIME_MEASURED = _WORDS["before_a_time_measured"]
_BEFORE_A_RATIO = _WORDS["before_a_ratio"]

# Two numbers joined by a colon, neither a part of a longer time ("2:03:45", "1:29.525") nor
# followed by a half of the day ("10:30pm").
RATIO = _opening_with(
    r"\d",
    r"(?<![\w.,:])\d{1,3}(?:\.\d+)?:\d{1,3}(?:\.\d+)?\b(?!:\d|[.,]\d|\s?[ap]\.?m\b)",
    re.IGNORECASE,
)
_PARTS = re.compile(r"(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)")


def ratio_share(words: str) -> float | None:
    """The share of the whole the first part of the ratio ``words`` is ("60:40" → 0.6), or
    None if the words are no ratio in digits."""
    parts = _PARTS.fullmatch(words.strip())
    if parts is None:
        return None
    first, second = float(parts.group(1)), float(parts.group(2))
    return round(first / (first + second), 3) if first + second else None


def _is_ratio(doc: Doc, start: int, end: int) -> bool:
    """Whether the pair at ``start``–``end`` is a ratio: "by" right before it, a ratio word
    earlier in its sentence or right after it, or a pair of nouns joined by "to" before it
    ("the ratio of pupils to teachers", "a pupil-to-teacher figure of 20:1"); never a time
    after "at" or "by" that a clock could read ("by 10:30", not "backed by 55:45") nor a
    race's time after "in"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    sentence = span[0].sent
    before = doc[sentence.start : span.start]
    previous = before[-1].lower_ if len(before) else ""
    if previous in _BEFORE_A_TIME_MEASURED or (
        previous in _BEFORE_A_TIME and _could_be_a_clock(doc.text[start:end])
    ):
        return False
    if previous in _BEFORE_A_RATIO:
        return True
    after = doc[span.end : span.end + 1]
    lemmas = {w for t in (*before, *after) for w in (t.lemma_.lower(), t.lower_)}
    return bool(lemmas & _RATIO_WORDS) or _nouns_to_nouns(before)


def _could_be_a_clock(words: str) -> bool:
    hour, _, minutes = words.partition(":")
    return hour.isdigit() and int(hour) < 24 and len(minutes) == 2 and int(minutes) < 60


def _nouns_to_nouns(words: Span) -> bool:
    """Whether ``words`` hold "to" between two nouns, "men to women", "pupil-to-teacher"."""
    tokens = [t for t in words if t.text != "-"]
    return any(
        t.lower_ == "to"
        and 0 < i < len(tokens) - 1
        and tokens[i - 1].pos_ in ("NOUN", "PROPN")
        and tokens[i + 1].pos_ in ("NOUN", "PROPN")
        for i, t in enumerate(tokens)
    )
