"""The sentences claims are made of, and the lines that are titles: the parser's sentences cut at
line breaks (:func:`sentences`), a sentence's words past a dateline, a live blog's entry
headings, which claim nothing, and the headline, left out when a claim of the story repeats it,
as a subheading is when the sentence under it does.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc

from newslens.analysis.claims.parse import _Parse
from newslens.analysis.model import Claim
from newslens.analysis.quotes import line_at, reads_as_headline
from newslens.analysis.syntax.datelines import dateline_end
from newslens.analysis.syntax.text import doc_text
from newslens.article import Span as TextSpan
from newslens.boilerplate import LIST_POINT, Furniture, is_entry_time, strip_span
from newslens.wrapping import wrapped_line_ends

# A headline repeated by a claim of the story's repeats this share of its words at least:
# "Council to close three libraries" in "The council will close three libraries by June".
_REPEATED_SHARE = 0.75
# The opening sentence is written to say what the headline says, in words of its own: half the
# headline's will do there ("Obesity rates climb as one in five adults now classed as obese",
# then "One in five adults in England is now obese, …").
_OPENING_SHARE = 0.5
# A sentence's end: its full stop, question or exclamation mark, inside a closing quote too.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# The words that carry what a headline says: a sentence's own words, not its grammar.
_CARRYING = frozenset(["NOUN", "PROPN", "VERB", "NUM", "ADJ", "ADV"])


def _without_repeated_headings(
    parse: _Parse, claims: list[Claim], furniture: Furniture, units: Sequence[TextSpan]
) -> list[Claim]:
    """``claims`` but the headline's when a claim of the story says the same, and a
    subheading's when the sentence under it does: the story's sentence has the detail and the
    claimant, and a fact-checker checks the one statement once. (A tag already on the headline
    stays on its words, in the article and the library.)"""
    headline = _headline(parse.text, furniture)
    repeated: set[Claim] = set()
    if headline is not None:
        start, end = headline
        heads = [c for c in claims if start <= c.start and c.end <= end]
        story = sorted((c for c in claims if c.start >= end), key=lambda c: c.start)
        if heads and story:
            repeated |= _repeated(parse, heads, _spans(story))
            repeated |= _repeated(parse, heads, _spans(_opening(story, units)), _OPENING_SHARE)
        # "Helixa Reports Positive Phase 2 Results", then "Helixa … today announced positive
        # results from its Phase 2 trial": a title the opening sentence says, though that
        # sentence is no claim, is none either; the points listed under a title stand apart.
        prose = _first_prose(parse.text, units, end)
        if heads and prose is not None:
            repeated |= _repeated(parse, heads, [prose], _OPENING_SHARE)
    for head in claims:
        line = _line_of(parse.text, head)
        if head in repeated or line is None or line == headline:
            continue
        k = bisect_left(units, line[1], key=lambda unit: unit[0])
        if k < len(units):
            start, end = units[k]
            under = [c for c in claims if start <= c.start < end]
            repeated |= _repeated(parse, [head], _spans(under))
    return [c for c in claims if c not in repeated]


def _line_of(text: str, claim: Claim) -> TextSpan | None:
    """The line ``claim`` is the whole of, when that line reads as a heading."""
    start = text.rfind("\n", 0, claim.start) + 1
    end = text.find("\n", claim.end)
    end = len(text) if end < 0 else end
    line = strip_span(text, start, end)
    if line != (claim.start, claim.end) or not _is_heading(text[start:end]):
        return None
    return line


def _spans(claims: list[Claim]) -> list[TextSpan]:
    return [(c.start, c.end) for c in claims]


def _first_prose(text: str, units: Sequence[TextSpan], after: int) -> TextSpan | None:
    """The story's first sentence past ``after`` whose line is neither a list's point nor a
    heading, up to its full stop: the parser may cut a dateline's "LEEDS, March 3 --" apart."""
    first = bisect_left(units, after, key=lambda unit: unit[0])
    for k in range(first, len(units)):
        line_start, line_end = line_at(text, units[k][0])
        line = text[line_start:line_end]
        if LIST_POINT.match(line) is None and not _is_heading(line):
            end = next(
                (b for a, b in units[k:] if a >= line_end or _SENTENCE_END.search(text[a:b])),
                line_end,
            )
            return units[k][0], min(end, line_end)
    return None


def _opening(story: list[Claim], units: Sequence[TextSpan]) -> list[Claim]:
    """The claims of the story's first sentence that holds one (``story`` in text order)."""
    k = bisect_left(units, story[0].start + 1, key=lambda unit: unit[0]) - 1
    end = units[k][1] if k >= 0 else story[0].end
    return [c for c in story if c.start < end]


def _repeated(
    parse: _Parse, heads: list[Claim], story: list[TextSpan], share: float = _REPEATED_SHARE
) -> set[Claim]:
    """The ``heads`` (a title's claims) that words of ``story`` repeat, ``share`` of their
    words at least, with the same numbers."""
    body = [
        (set().union(*_carrying_words(parse, start, end)), _numbers(parse, start, end))
        for start, end in story
    ]
    repeated = set()
    for claim in heads:
        words = _carrying_words(parse, claim.start, claim.end)
        numbers = _numbers(parse, claim.start, claim.end)
        if len(words) >= 2 and any(
            sum(bool(forms & said) for forms in words) >= share * len(words)
            and all(any(_rounds_to(n, m) for m in said_numbers) for n in numbers)
            for said, said_numbers in body
        ):
            repeated.add(claim)
    return repeated


def _numbers(parse: _Parse, start: int, end: int) -> list[str]:
    words = parse.doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return []
    return [
        parse.lower[i].replace(",", "") for i in range(words.start, words.end) if i in parse.numbers
    ]


def _rounds_to(headline: str, story: str) -> bool:
    """Whether the story's number is the headline's, or the headline's rounds it ("12-point
    swing" of a swing of 12.4 points); "three libraries" is not "two libraries"."""
    if headline == story:
        return True
    try:
        return round(float(story)) == float(headline)
    except ValueError:
        return False


def _headline(text: str, furniture: Furniture) -> TextSpan | None:
    """The text's first line past any furniture (a masthead, a site's menu), when it reads
    as a headline: short, one sentence, no full stop at its end."""
    for line in re.finditer(r"[^\n]+", text):
        span = strip_span(text, *line.span())
        if span[0] == span[1] or furniture.covers(span):
            continue
        return span if _is_heading(text[slice(*span)]) else None
    return None


def _carrying_words(parse: _Parse, start: int, end: int) -> set[frozenset[str]]:
    """The words in ``start:end`` that carry what it says, each as its lemma and as written:
    a headline's "blocked culvert" (an adjective) is the story's "a blocked culvert" (a verb,
    lemma "block")."""
    words = parse.doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return set()
    return {
        frozenset((parse.lemma[i], parse.lower[i]))
        for i in range(words.start, words.end)
        if parse.pos[i] in _CARRYING
    }


def _past_dateline(doc: Doc, start: int, end: int) -> int:
    """Where a sentence's own words start, past a dateline or a live blog's time in front of
    them ("NEW YORK, Feb 6 (Reuters) - ", "MUMBAI: ", "14:52 "): the story's, not a claim."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return start
    after = dateline_end(doc, words.start)
    if after is None:
        return start
    return doc[after].idx if after < words.end else end


# A live blog's entry heading ("Power cut to 38,000 homes" under "12.10 GMT") is a title, no
# claim, whatever figures it states: the entry under it tells the same in sentences. A heading
# reads as a headline does, with no full stop or colon at its end, inside a closing quotation
# mark too; a list's point is no heading.


def _entry_headings(text: str) -> list[TextSpan]:
    """The lines of ``text`` that head a live blog's entries: each the line under an entry's
    time, or over it ("Minister resigns", then "10.42 GMT"), with more of its entry under it.
    An entry of one short line, the next entry's time under it, is the entry's own words, not
    a heading."""
    lines = [strip_span(text, *line.span()) for line in re.finditer(r"[^\n]+", text)]
    lines = [(start, end) for start, end in lines if start < end]
    # Padded with a line that is no time at either end: each line has neighbours to look at.
    timed = [False, *(is_entry_time(text[start:end]) for start, end in lines), False, False]
    return [
        lines[k - 1]
        for k in range(1, len(lines))
        if not timed[k]
        and (
            (timed[k - 1] and not timed[k + 1])  # under its time
            or (not timed[k - 1] and timed[k + 1] and k + 1 < len(lines) and not timed[k + 2])
        )
        and _is_heading(text[slice(*lines[k - 1])])
    ]


def _is_heading(line: str) -> bool:
    return (
        reads_as_headline(line)
        and not line.rstrip("\"'”’)").endswith((".", ",", ";", ":"))
        and LIST_POINT.match(line) is None
    )


def sentences(doc: Doc) -> list[TextSpan]:
    """The parser's sentences, also cut at line breaks, without surrounding whitespace.

    A headline or a paragraph never runs on into the next line, though the small model's
    sentence boundaries often do ("Council approves barrier\n\nThe council …"). A line break
    inside a paragraph wrapped by hand (an email, a PDF) is no cut: "… to cost about
    180,000\npounds." is one sentence.
    """
    text = doc_text(doc)
    soft = wrapped_line_ends(text)
    spans = []
    for sent in doc.sents:
        start = sent.start_char
        while start < sent.end_char:
            end = text.find("\n", start, sent.end_char)
            while end in soft:
                end = text.find("\n", end + 1, sent.end_char)
            end = sent.end_char if end < 0 else end
            piece = strip_span(text, start, end)
            if piece[0] < piece[1]:
                spans.append(piece)
            start = end + 1
    return spans
