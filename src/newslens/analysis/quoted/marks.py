"""A quoted span's tokens and what stands at its edges: the marks before it, a colon, the
word after it; and whether it stands as a heading of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.quotes import headline_at, line_at
from newslens.analysis.syntax.datelines import opening
from newslens.analysis.title_case import title_case_words
from newslens.article import Span

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token


MIN_QUOTE_WORDS = 4  # a shorter quoted span is a quote only when a cue governs it


def quoted_heading(text: str, span: Span) -> bool:
    """Whether a quoted span is a paragraph of its own with its words in title case: a
    section heading drawn from someone's words ("'Tides Wait for No One.'", "“A Pier Worth
    Saving”"), which says nothing there. A line of sentence-case words after a quote
    ("“We will be back.”") carries the quote on."""
    line_start, line_end = line_at(text, span[0])[0], line_at(text, span[1])[1]
    if text[line_start : span[0]].strip() or text[span[1] : line_end].strip(" .!?"):
        return False
    words = title_case_words(text[span[0] : span[1]])
    return (
        headline_at(text, span[0]) and words is not None and sum(w[0].isupper() for w in words) >= 2
    )


def tokens_of_quotes(marks: list[Span], in_quote: list[int]) -> list[list[int]]:
    tokens: list[list[int]] = [[] for _ in marks]
    for i, k in enumerate(in_quote):
        if k >= 0:
            tokens[k].append(i)
    return tokens


def _back_past_marks(doc: Doc, i: int, marks: Collection[str]) -> int:
    """The index of the last token at or before ``i`` that is no space and none of ``marks``
    (-1 if there is none): what stands before a quote's opening marks."""
    while i >= 0 and (doc[i].is_space or doc[i].text in marks):
        i -= 1
    return i


def _word_after(doc: Doc, quote: list[int]) -> Token | None:
    """The first token after the quote's last one that is not white space, if any."""
    after = quote[-1] + 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    return doc[after] if after < len(doc) else None


def _after_colon(doc: Doc, quote: list[int]) -> bool:
    before = quote[0] - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    return before >= 0 and doc[before].text == ":"


INTRO_WORDS = 4  # "put it this way:": the most words between an introducing verb and its colon


INTRO_WORDS = 4  # "put it this way:": the most words between an introducing verb and its colon
_OPENING_MARKS = frozenset(['"', "“", "«", "„", "'", "‘"])


def _colon_before(doc: Doc, quote: list[int]) -> int | None:
    """The index of a colon right before the quote's opening marks, with a word before it."""
    before = _back_past_marks(doc, quote[0] - 1, _OPENING_MARKS)
    return before if before >= 1 and doc[before].text == ":" else None


def reads_as_quote(doc: Doc, quote: list[int]) -> bool:
    words = 0  # counted only as far as needed: a quote may be long
    for i in quote:
        token = doc[i]
        if not token.is_punct and not token.is_space:
            words += 1
            if words >= MIN_QUOTE_WORDS:
                return True
    return False


def opens_sentence(doc: Doc, quote: list[int]) -> bool:
    # From its first word: the parse may end the sentence before at the opening mark.
    first = next((i for i in quote if not doc[i].is_punct), quote[0])
    return all(t.is_punct or t.is_space for t in doc[opening(doc[first]) : quote[0]])
