"""A ratio written with a colon is one figure, a share: "the ratio of men to women was 3:2", "the
vote split 60:40", "backed by 55:45", "odds of 5:1". Its value is the share of the whole its
first part is, as "one in five" is 0.2 of a whole: "3:2" → 0.6, "60:40" → 0.6, "5:1" → 0.833.
(The quotient, "60:40" → 1.5, would read as 150% next to the other shares.) Only words round
the pair make it a ratio (see ratio_words.txt); without them it is what it was, a clock time
("at 10:30"), a verse ("John 3:16") or a race's time ("in 61:10"). A pair a game was won, lost
or drawn by is its score, a tally as "won 3-2" is ("won 2:1", "a 2:1 win", "drew 1:1"), and a
map's or a model's scale is the share of the real size it shows ("a scale of 1:50,000"). Two parts
of a hundred joined by a slash are a ratio whatever the words round them: "a 50/50 split" is 0.5,
"a 60/40 portfolio" 0.6."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newslens.analysis.figures.patterns import _opening_with
from newslens.analysis.lexicon import word_sections
from newslens.analysis.model import FigureKind
from newslens.analysis.syntax.text import doc_text

_WORDS = word_sections("figures/ratio_words.txt")
_RATIO_WORDS = _WORDS["ratio_words"]
_BEFORE_A_TIME = _WORDS["before_a_time"]
_BEFORE_A_TIME_MEASURED = _WORDS["before_a_time_measured"]
_BEFORE_A_RATIO = _WORDS["before_a_ratio"]
_SCORING_VERBS = _WORDS["scoring_verbs"]
_SCORE_NOUNS = _WORDS["score_nouns"]
_SCALE_WORDS = _WORDS["scale_words"]

# Two numbers joined by a colon, neither a part of a longer time ("2:03:45", "1:29.525") nor
# followed by a half of the day ("10:30pm"); a scale's second may run to thousands ("1:50,000").
# Or two of at most two digits joined by a slash ("a 50/50 split"), a ratio only if they make a
# hundred (see ``colon_pair_kind``).
RATIO = _opening_with(
    r"\d",
    r"(?<![\w.,:])\d{1,3}(?:\.\d+)?:(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d+)?|\d{4,7})\b"
    r"(?!:\d|[.,]\d|\s?[ap]\.?m\b)"
    r"|(?<![\w.,:/])\d{1,2}/\d{1,2}\b(?![/.,]\d)",
    re.IGNORECASE,
)
_PARTS = re.compile(r"(\d+(?:\.\d+)?)[:/](\d+(?:\.\d+)?)")
# A scale as it is written, one to so many: "1:50,000", "1:100".
_SCALE = re.compile(r"1:(\d{1,3}(?:,\d{3})+|\d{2,7})")


def ratio_share(words: str) -> float | None:
    """The share of the whole the first part of the ratio ``words`` is ("60:40" → 0.6), or
    the fraction a slash writes when its parts make no hundred ("3/4" → 0.75); None if the
    words are no ratio in digits."""
    parts = _PARTS.fullmatch(words.strip())
    if parts is None:
        return None
    first, second = float(parts.group(1)), float(parts.group(2))
    if "/" in words and not _parts_of_a_hundred(words):
        return round(first / second, 3)
    return round(first / (first + second), 3) if first + second else None


def _parts_of_a_hundred(words: str) -> bool:
    return sum(map(float, words.split("/"))) == 100


# "of" after a fraction in digits: "3/4 of the budget" (not "9/11" nor "24/7", no part of one).
_OF = re.compile(r"\s+of\b")


def _a_fraction_of(doc: Doc, end: int) -> bool:
    """Whether the pair joined by a slash ending at ``end`` is a fraction of what follows:
    its first part under its second, at most ten ("3/4 of the budget"; a date's month runs
    past ten more often than a fraction's parts do), and "of" after it."""
    text = doc_text(doc)
    # the word ending at ``end``, read from the words before it, not from the whole text
    before = text[max(0, end - 80) : end].rstrip()
    if not any(c.isspace() for c in before):
        before = text[:end]
    first, _, second = before.rsplit(None, 1)[-1].partition("/")
    return (
        first.isdigit()
        and second.isdigit()
        and 0 < int(first) < int(second) <= 10
        and _OF.match(text, end) is not None
    )


def scale_share(words: str) -> float | None:
    """The share of the real size a scale ``words`` shows ("1:50,000" → 0.00002), or None if
    the words are no scale."""
    scale = _SCALE.fullmatch(words.strip())
    return 1 / float(scale.group(1).replace(",", "")) if scale is not None else None


def colon_pair_kind(doc: Doc, start: int, end: int) -> FigureKind | None:
    """What the pair joined by a colon (or a slash) at ``start``–``end`` is, by the words round
    it: a score (a range, read as its tally), a scale (a quantity), a ratio (a share); None for
    none of them, a clock time or a race's time left to the other rules."""
    words = doc_text(doc)[start:end]
    if "/" in words:
        # "a 50/50 split", "a 60/40 portfolio": parts of a hundred, where a date's day and
        # month ("9/11") make less; "3/4 of the budget" is a fraction of what follows
        return (
            FigureKind.PERCENT if _parts_of_a_hundred(words) or _a_fraction_of(doc, end) else None
        )
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    if _is_a_score(span):
        return FigureKind.RANGE
    if _is_a_scale(span, doc_text(doc)[start:end]):
        return FigureKind.QUANTITY
    return FigureKind.PERCENT if _is_ratio(doc, span, start, end) else None


def _is_a_score(pair: Span) -> bool:
    """Whether a pair is a game's score: what a team won, lost, led or drew by ("won 2:1", "won
    by 2:1", "beat Dortmund 3:1", "the match ended 1:1") or a noun for a result after it ("a 2:1
    win"); "carried by 2:1" and "backed by 55:45" are a vote's share."""
    head = pair[-1].head
    if head.lower_ == "by":
        head = head.head
    elif head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in _SCORE_NOUNS:
        head = head.head  # "beat Dortmund 3:1": the parse hangs the pair on the side beaten
    if head.pos_ in ("NOUN", "PROPN"):
        return head.lemma_.lower() in _SCORE_NOUNS and head.i > pair.start
    return head.pos_ == "VERB" and head.lemma_.lower() in _SCORING_VERBS


def _is_a_scale(pair: Span, words: str) -> bool:
    """Whether a pair one to so many is a map's or a model's scale, named before it or after:
    "a scale of 1:50,000", "built at 1:100 scale"."""
    doc = pair.doc
    near = doc[max(pair.sent.start, pair.start - 3) : min(pair.sent.end, pair.end + 1)]
    return _SCALE.fullmatch(words) is not None and any(
        t.lemma_.lower() in _SCALE_WORDS for t in near
    )


def _is_ratio(doc: Doc, span: Span, start: int, end: int) -> bool:
    """Whether the pair at ``start``–``end`` is a ratio: "by" right before it, a ratio word
    earlier in its sentence or right after it, or a pair of nouns joined by "to" before it
    ("the ratio of pupils to teachers", "a pupil-to-teacher figure of 20:1"); never a time
    after "at" or "by" that a clock could read ("by 10:30", not "backed by 55:45") nor a
    race's time after "in"."""
    sentence = span[0].sent
    before = doc[sentence.start : span.start]
    previous = before[-1].lower_ if len(before) else ""
    if previous in _BEFORE_A_TIME_MEASURED or (
        previous in _BEFORE_A_TIME and _could_be_a_clock(doc_text(doc)[start:end])
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
