"""The selectors an annotation keeps (its quote with its context, its offsets), and how a
place found for it compares with the old one: the context still around it, the numbers in it,
a number it would cut."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from newslens.annotations.model import CONTEXT_CHARS

_DIGITS = re.compile(r"\d+")
# A number as written, its thousands separators and decimal point included: "3,000", "12.5".
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_MARKS = ".,:"  # what joins the digits of one number: "12.5", "3,000", the time "12:50"
# A passage found away from its stored place is the annotated one only if its old context
# still stands on one side of it at least: difflib's ratio of the stored prefix (or suffix)
# with what is there now. Unrelated news text scores about 0.3, a sentence reworded around
# the passage 0.4 and up. A verdict on "19,000" whose sentence was deleted must not go to
# another "19,000" in the article: a wrong anchor is worse than an orphan.
MIN_FRAMING = 0.5
# Found farther than this (about a sentence) from its stored start, a short passage framed
# by only part of its old context is as likely an echo elsewhere in the article as the
# passage itself: rewording the sentence around it moves it by a few words. Away from its
# place it must have one side of its old context nearly whole (a paragraph inserted above
# leaves the side within its own paragraph whole; re-wrapping changes a blank or two).
SAME_PLACE = 4 * CONTEXT_CHARS
MIN_FRAMING_AWAY = 0.9
# A quote this long (four words or so) found word for word, or nearly, is the passage
# whatever now surrounds it; on real articles every wrong exact match was shorter.
DISTINCTIVE_QUOTE_CHARS = 24
MIN_UNFRAMED_SIMILARITY = 0.9


@dataclass(frozen=True, slots=True)
class TextQuoteSelector:
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class TextPositionSelector:
    start: int
    end: int


def quote_selector(text: str, start: int, end: int) -> TextQuoteSelector:
    """The quote at text[start:end] with its 32-character context."""
    return TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def _same_claim(quote: TextQuoteSelector, text: str, start: int, end: int) -> bool:
    """Whether the passage found for a quote still says what was annotated, as far as a
    verdict goes.

    A tag of "false" on "fell by 20% since 2022" says nothing of "3,100 homes" when it was
    given to "3,000 homes": a changed figure makes an orphan, however alike the words.
    """
    old_words, (new_start, new_end) = _compared(quote, text, start, end)
    return _same_numbers(old_words, text[new_start:new_end])


def _same_numbers(old: str, new: str) -> bool:
    return _DIGITS.findall(old) == _DIGITS.findall(new)


def _compared(
    quote: TextQuoteSelector, text: str, start: int, end: int
) -> tuple[str, tuple[int, int]]:
    """The old passage and the new one's span, as ``_same_claim`` compares their numbers.

    Both are read out to whole words, and a shorter new one as far as the old one reached,
    so that a number cut off at its edge ("in spring" → "in 2025") counts too.
    """
    old = quote.prefix + quote.exact + quote.suffix
    old_words = old[
        _word_start(old, len(quote.prefix)) : _word_end(old, len(old) - len(quote.suffix))
    ]
    end = max(end, min(len(text), start + len(quote.exact)))
    return old_words, (_word_start(text, start), _word_end(text, end))


def _word_start(text: str, at: int) -> int:
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


def _word_end(text: str, at: int) -> int:
    while at < len(text) and text[at].isalnum():
        at += 1
    return at


def _common_prefix_len(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _common_suffix_len(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[-1 - i] == b[-1 - i]:
        i += 1
    return i


def _context_similarity(text: str, start: int, end: int, quote: TextQuoteSelector) -> float:
    """How much of the stored prefix/suffix still surrounds text[start:end], in [0, 1]."""
    total = len(quote.prefix) + len(quote.suffix)
    if total == 0:
        return 1.0 if start == 0 or end == len(text) else 0.5
    return (_prefix_fit(text, start, quote) + _suffix_fit(text, end, quote)) / total


def _framed(text: str, start: int, end: int, quote: TextQuoteSelector, near: int) -> bool:
    """Whether the stored prefix or suffix still frames text[start:end] well enough for a
    passage found ``near`` its old start or away from it."""
    needed = MIN_FRAMING if abs(start - near) <= SAME_PLACE else MIN_FRAMING_AWAY
    return _framing(text, start, end, quote) >= needed


def _framing(text: str, start: int, end: int, quote: TextQuoteSelector) -> float:
    """How recognisably the stored prefix or suffix, the likelier, still surrounds
    text[start:end], in [0, 1].

    A side that now holds another figure where the old one had its own ("by 0.1 points to
    4.2 percent" → "by 0.1 points to 1.8 percent") frames another statement, not this one.
    A side the text's edge now cuts short (a headline moved to the end) is compared with as
    much of the old one as there is room for, if that is half of it or more.
    """
    before, after = _beside(text, start, end)
    prefix, suffix = quote.prefix, quote.suffix
    if CONTEXT_CHARS // 2 <= len(before) < len(prefix):
        prefix = prefix[len(prefix) - len(before) :]
    if CONTEXT_CHARS // 2 <= len(after) < len(suffix):
        suffix = suffix[: len(after)]
    sides = ((prefix, before), (suffix, after))
    return max(
        (_resemblance(old, new) for old, new in sides if not _other_figures(old, new)),
        default=0.0,
    )


def _other_figures(old: str, new: str) -> bool:
    """Whether context ``new`` has lost a number ``old`` had and gained one it had not: a
    number replaced, not only one left out or brought into the window by a reworded clause."""
    was, now = _whole_numbers(old), _whole_numbers(new)
    return bool(was - now) and bool(now - was)


def _whole_numbers(context: str) -> set[str]:
    """The numbers in a context; in a full 32-character window, not one at either end, which
    the window may have cut ("00 homes" of "19,000 homes")."""
    cut = len(context) >= CONTEXT_CHARS
    return {
        found.group()
        for found in _NUMBER.finditer(context)
        if not cut or (found.start() > 0 and found.end() < len(context))
    }


def _context_resemblance(
    text: str, start: int, end: int, quote: TextQuoteSelector
) -> tuple[float, float]:
    """How alike the stored prefix and suffix are to what now stands before and after
    text[start:end], each in [0, 1].

    A context cut short by the text's edge is compared with a whole one now there: a quote
    that opened the text and now has words before it has lost that side.
    """
    before, after = _beside(text, start, end)
    return _resemblance(quote.prefix, before), _resemblance(quote.suffix, after)


def _beside(text: str, start: int, end: int) -> tuple[str, str]:
    """The context windows now before and after text[start:end]."""
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def _distinctive(exact: str, similarity: float) -> bool:
    """Whether a passage this alike to ``exact`` is it wherever it now stands."""
    return len(exact) >= DISTINCTIVE_QUOTE_CHARS and similarity >= MIN_UNFRAMED_SIMILARITY


def _resemblance(old: str, new: str) -> float:
    return SequenceMatcher(None, old, new, autojunk=False).ratio()


def _prefix_fit(text: str, start: int, quote: TextQuoteSelector) -> int:
    """How many characters of the stored prefix still stand right before ``start``."""
    return _common_suffix_len(quote.prefix, text[max(0, start - len(quote.prefix)) : start])


def _suffix_fit(text: str, end: int, quote: TextQuoteSelector) -> int:
    """How many characters of the stored suffix still follow ``end``."""
    return _common_prefix_len(quote.suffix, text[end : end + len(quote.suffix)])


def _cuts_a_number(text: str, start: int, end: int, quote: TextQuoteSelector) -> bool:
    """Whether text[start:end] starts or ends inside a number where the quote did not:
    "20" in "2001" is not the figure 20, nor "5" in "$12.5 million" or "12" in "12:50"."""
    old = quote.prefix + quote.exact + quote.suffix
    old_start = len(quote.prefix)
    old_end = old_start + len(quote.exact)
    return (_splits_a_number(text, start) and not _splits_a_number(old, old_start)) or (
        _splits_a_number(text, end) and not _splits_a_number(old, old_end)
    )


def _splits_a_number(text: str, at: int) -> bool:
    """Whether ``at`` falls inside a number as written: between two of its digits, or
    beside the point, comma or colon that joins them ("12.5", "3,000", "12:50")."""
    left, right = text[max(0, at - 2) : at], text[at : at + 2]
    if not left or not right:
        return False
    if left[-1].isdigit() and right[0].isdigit():
        return True
    before_mark = len(left) == 2 and left[0].isdigit() and left[1] in _NUMBER_MARKS
    after_mark = len(right) == 2 and right[0] in _NUMBER_MARKS and right[1].isdigit()
    return (before_mark and right[0].isdigit()) or (after_mark and left[-1].isdigit())
