"""Whose a quote with no cue of its own is, when it is not the last speaker's: the person
the sentence before it is about, the one two turns back in an exchange of questions and
answers, or the one person the paragraph before introduces.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from newslens.analysis.attribution.words import _Attribution
from newslens.analysis.syntax.words import SUBJECTS
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _newcomer_before(
    doc: Doc,
    quote: list[int],
    in_quote: list[int],
    last: _Attribution | None,
    pronoun: bool = False,
) -> Token | None:
    """A person other than the last speaker who is the subject of the sentence right before
    a quote that has no cue: the one the quote now follows. With ``pronoun``, a "he" or
    "she" there is one too, for a caller who knows whom it stands for."""
    before = quote[0] - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    colon = before >= 0 and doc[before].text == ":"
    while before >= 0 and (doc[before].is_space or doc[before].is_punct):
        before -= 1
    if before < 0 or in_quote[before] >= 0:
        return None
    sent = doc[before].sent
    who = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    # A title quoted before the subject ('On "Face the Nation," Sanders identified …') is
    # no words of the sentence's own.
    if who is None or any(in_quote[t.i] >= 0 for t in doc[who.i : sent.end]):
        return None
    # "He gave a long account, reproduced here in full:" opens the quote that follows.
    introduced = who.lower_ in ("he", "she") and (colon or pronoun)
    if not introduced and (who.pos_ != "PROPN" or who.ent_type_ != "PERSON"):
        return None
    if last is not None and last.speaker is not None and last.speaker.lower_ == who.lower_:
        return None
    return who


def _turn_before(direct: list[_Attribution], span: Span, text: str) -> _Attribution | None:
    """Who speaks a quoted paragraph in an exchange of questions and answers between two
    speakers, each turn a paragraph of its own: the one two turns back, when the quote asks
    as that turn did and the last did not ("“…?” asked the barrister. “…,” the witness
    replied. “So …?”" is the barrister's; the answer after it the witness's)."""
    if len(direct) < 2 or not _whole_paragraph(text, span):
        return None
    before, last = direct[-2], direct[-1]
    spans = [(a.parts[0][0], a.parts[-1][1]) for a in (before, last)] + [span]
    if not all(_opens_paragraph(text, a) for a, _ in spans):
        return None
    if any(text.count("\n\n", b, c) != 1 for (_, b), (c, _) in pairwise(spans)):
        return None  # another paragraph between two turns
    first, second = before.carried_from or before, last.carried_from or last
    if first.speaker is None or second.speaker is None:
        return None
    if first.speaker.lower_ == second.speaker.lower_:
        return None
    asks = [_asks(text, a) for a in spans]
    return first if asks[0] == asks[2] != asks[1] else None


# The texts here are whole chunks of an article: these look only around the quote, never
# slice to the text's start or end.


def _whole_paragraph(text: str, span: Span) -> bool:
    """Whether a quoted span opens its paragraph and nothing follows it there."""
    line_end = text.find("\n", span[1])
    after = text[span[1] : line_end if line_end != -1 else len(text)]
    return _opens_paragraph(text, span[0]) and not after.strip()


def _opens_paragraph(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text.endswith("\n\n", 0, i)


def _asks(text: str, span: Span) -> bool:
    """Whether the quoted words end in a question mark."""
    return text[span[0] : span[1]].rstrip("\"”’' ,").endswith("?")


_NOT_SPACE = re.compile(r"\S")
# A line heading the quotes on one topic in a write-up of a news conference: "On his future:".
_TOPIC_HEADING = re.compile(r"(?:^|\n)On [^\n.!?:\"“”]{1,60}:[ \t]*\n\s*$")


def _topic_heading_before(text: str, start: int) -> int | None:
    """Where the topic heading on the line or paragraph right before ``start`` opens."""
    heading = _TOPIC_HEADING.search(text, max(0, start - 80), start)
    if heading is None:
        return None
    return heading.start() + (1 if heading.group().startswith("\n") else 0)


def _token_at(doc: Doc, offset: int) -> list[int] | None:
    """The token opening at ``offset``, as the one word of a span."""
    words = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return None if words is None else [words.start]


def _paragraph_subject(
    doc: Doc, text: str, span: Span, quote: list[int], in_quote: list[int]
) -> Token | None:
    """The one person the paragraph before a quote is about, when the quote is whole
    paragraphs of its own and nobody has been quoted before it: the subject of that
    paragraph's last sentence, the only person the paragraph names. A topic heading over
    the quote ("On his future:") stands between them and names no one."""
    heading = _topic_heading_before(text, span[0])
    if heading is None and not _opens_paragraph(text, span[0]):
        return None
    after = span[1]
    while after < len(text) and text[after] in " \t":
        after += 1
    if not text.startswith("\n", after) and _NOT_SPACE.search(text, span[1]):
        return None
    before = span[0] if heading is None else heading
    while before > 0 and text[before - 1].isspace():
        before -= 1
    opened = text.rfind("\n\n", 0, before)
    anchor = quote if heading is None else _token_at(doc, heading)
    who = None if anchor is None else _newcomer_before(doc, anchor, in_quote, None, pronoun=True)
    if who is None:
        # "He learned the trade from his father. The Pryces have built boats …": the
        # paragraph's last sentence is about a family; an earlier one about the person.
        who = _pronoun_subject_in(doc, opened, before)
        opened = text.rfind("\n\n", 0, max(0, opened))  # "he" is named a paragraph up
    if who is None:
        return None
    named = [e for e in doc.ents if e.label_ == "PERSON" and opened < e.start_char < span[0]]
    if who.lower_ in ("he", "she"):
        # "Margaret Ellis will retire. She spoke to us.": the paragraph's subject is named
        # before its "she", who is whom that paragraph is about.
        return who if any(e.root.dep_ in SUBJECTS for e in named) else None
    return who if {e[-1].lower_ for e in named} == {who.lower_} else None


def _pronoun_subject_in(doc: Doc, start: int, end: int) -> Token | None:
    """The last "he" or "she" that is the subject of a main clause in the paragraph between
    ``start`` and ``end``, when no other person is."""
    span = doc.char_span(max(0, start), end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    people: list[Token] = []
    i = span.start
    while i < span.end:
        sent = doc[i].sent
        if sent.start >= span.start:  # not the sentence before, which the break ends
            people += [
                c
                for c in sent.root.children
                if c.dep_ in ("nsubj", "nsubjpass")
                and (c.lower_ in ("he", "she") or c.ent_type_ == "PERSON")
            ]
        i = sent.end
    if len({c.lower_ for c in people}) != 1 or people[-1].lower_ not in ("he", "she"):
        return None
    return people[-1]
