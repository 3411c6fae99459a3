"""A live blog's entry heading, the headline of its entry: its "Network operator says …" or
"First minister urges …" is the one body or person the entry below names, as a story's
headline is whom the story names ("SSE Networks", "John Swinney"), not a speaker of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.quotes import reads_as_headline
from newslens.analysis.speakers.antecedents import entry_starts_of
from newslens.analysis.speakers.roles import person_word
from newslens.analysis.speakers.words import _BODIES_BY_NOUN
from newslens.analysis.syntax.text import doc_text

if TYPE_CHECKING:
    from newslens.analysis.speakers.phrases import Mention


def key_entry_headings(mentions: list[Mention]) -> None:
    """Key each role or body noun an entry's heading makes speak to the one person or body
    named in full in the entry below it, if the entry names one only."""
    if not mentions:
        return
    doc = mentions[0].head.doc
    text = doc_text(doc)
    starts = entry_starts_of(doc)  # none for a text that is no live blog
    for start, end in zip(starts, [*starts[1:], len(text)], strict=False):
        heading = _heading(text, start, end)
        if heading is None:
            continue
        below = [m for m in mentions if heading[1] <= m.span[0] < end]
        for m in (m for m in mentions if heading[0] <= m.span[0] < heading[1]):
            named = _named_below(m, below)
            if named is not None:
                m.stand_for(named)


def _heading(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the heading is of the entry from ``start`` to ``end``: the line under its
    time, a paragraph of its own that reads as a headline, with no full stop to end it."""
    opening = text.find("\n", start, end)
    while 0 <= opening < end and text[opening] == "\n":
        opening += 1
    closing = text.find("\n\n", opening, end)
    line = text[opening:closing]
    if opening < 0 or closing <= opening or "\n" in line or line.rstrip().endswith("."):
        return None
    return (opening, closing) if reads_as_headline(line) else None


def _named_below(m: Mention, below: list[Mention]) -> Mention | None:
    """The one person (for a role) or body (for a body's noun) named in ``below``."""
    if not m.resolved or m.head.pos_ == "PROPN":
        return None  # a name says who it is
    if person_word(m.head):
        kind = SpeakerKind.PERSON
    elif m.head.lower_ in _BODIES_BY_NOUN:
        kind = SpeakerKind.ORGANISATION
    else:
        return None
    named = {
        c.key: c
        for c in below
        if c.resolved and c.kind is kind and c.head.pos_ == "PROPN" and " " in c.key
    }
    return next(iter(named.values())) if len(named) == 1 else None
