"""The words an attribution holds: the record each rule makes of who said which words
(``_Attribution``), whether reported words are indirect or mixed, and where they run: merged,
widened to whole quoted spans, taken as the quoted passage that holds them, found before or
after a colon, and weighed against the words already attributed (``_covered``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newslens.analysis.model import QuoteKind
from newslens.analysis.speakers import Mention
from newslens.analysis.syntax.complements import COMPLEMENTS
from newslens.analysis.syntax.edges import trimmed
from newslens.analysis.syntax.subjects import ATTRIBUTION_WORDS
from newslens.article import Span
from newslens.boilerplate import is_header_line
from newslens.wrapping import ITEM_MARK

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


@dataclass
class _Attribution:
    parts: list[Span]
    kind: QuoteKind
    cue: Token | None
    speaker: Token | None
    phrase: SpacySpan | None = None
    mention: Mention | None = None
    carried_from: _Attribution | None = None
    confidence: float = 0.9
    extra: list[Span] = field(default_factory=list)
    # Said by the interviewee of the text's Q&A: with no speaker, the one an earlier chunk's
    # intro names.
    interviewee: bool = False


def _reported_kind(parts: list[Span], marks: list[Span]) -> QuoteKind:
    """Reported words holding a quoted fragment ('said the plan was "a disaster"') are
    mixed; without one, indirect."""
    if any(p[0] <= a and b <= p[1] + 1 for a, b in marks for p in parts):
        return QuoteKind.MIXED
    return QuoteKind.INDIRECT


def _union(spans: list[Span]) -> list[Span]:
    """Overlapping spans merged: reported words the parse found inside a quote that goes
    on with them become that quote, marks and all."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _whole_marks(part: Span, marks: list[Span]) -> Span:
    """``part`` widened so that it never cuts a quoted span: 'them "lone wolves' takes its mark.

    The parse may hang a closing mark on the verb rather than on the words it closes.
    """
    start, end = part
    for a, b in marks:
        if a < end < b and a >= start:
            end = b
        if a < start < b and b <= end:
            start = a
    return start, end


def _quoted_whole(
    found: list[_Attribution],
    marks: list[Span],
    taken: list[Span],
    woven: set[Span],
    text: str,
) -> list[_Attribution]:
    """Reported words that lie wholly inside one pair of quotation marks are that passage.

    "According to the mayor, “The bridge … in May. …”": what the cue reports is the quoted
    passage, all of it, whichever clause of it the parse handed the cue; a direct quote,
    unless the reporter's sentence runs through the passage ("told her that “this …”",
    ``woven``), which makes it mixed. A verb whose clause is all of the quoted words keeps
    the kind the rules before gave it: 'said “the timing is wrong.”' finishes the
    reporter's sentence.
    """
    out = []
    used = set(taken)
    for a in found:
        # The mark holding every part holds the first start and the last end (parts: one or more).
        lo, hi = min(p[0] for p in a.parts), max(p[1] for p in a.parts)
        mark = next((m for m in marks if m[0] <= lo and hi <= m[1]), None)
        if mark is None or (_all_words(text, mark, a.parts) and _verb_cue(a)):
            if mark is not None and a.kind is QuoteKind.INDIRECT and a.cue is not None:
                # "''We must not overreact,'' said X" is a quote; '…, and, he said, “mad that
                # everyone was making a fuss.”' finishes the reporter's sentence in quotes.
                before = a.cue.idx < mark[0]
                a.parts, a.kind = [mark], QuoteKind.MIXED if before else QuoteKind.DIRECT
            out.append(a)
        elif mark not in used:
            used.add(mark)
            a.parts, a.kind = [mark], QuoteKind.MIXED if mark in woven else QuoteKind.DIRECT
            out.append(a)
    return out


def _all_words(text: str, mark: Span, parts: list[Span]) -> bool:
    """Whether ``parts`` hold every word of the quoted span ``mark``."""
    inside = set().union(*(range(a, b) for a, b in parts))
    return all(i in inside for i in range(mark[0], mark[1]) if text[i].isalnum())


def _verb_cue(a: _Attribution) -> bool:
    return a.cue is not None and a.cue.pos_ in ("VERB", "AUX") and a.cue.lower_ != "according"


def _after_colon_paragraph(doc: Doc, text: str, cue: Token) -> list[Span]:
    """ "Limbaugh added:" ending a sentence: the next paragraph is what was said."""
    end = cue.sent.end
    while end > cue.i + 1 and doc[end - 1].is_space:
        end -= 1
    if doc[end - 1].text != ":" or end - cue.i > ATTRIBUTION_WORDS:
        return []
    start = doc[end - 1].idx + 1
    while start < len(text) and text[start].isspace():
        start += 1
    item = ITEM_MARK.match(text, start)  # "said:\n\n- The bridge …": the list's mark is no word
    if item is not None:
        start = item.end()
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    if stop - start < 10 or text[start] in '"“«„':
        return []
    if is_header_line(text[start:stop]):
        return []  # "The council said:" over a mail's header line, which says nothing
    return [(start, len(text[:stop].rstrip()))]


def _full_stop_after_colon(doc: Doc, text: str, cue: Token, parts: list[Span]) -> list[Span]:
    """Words a cue's colon sets out on its line keep their full stop ("said: The bridge will
    close on Monday."), as the paragraph under "said:" and a transcript's turn do, and a
    quote's words inside their marks: the speaker's sentence, not the writer's."""
    start, end = parts[0][0], parts[-1][1]
    between = text[cue.idx + len(cue.text) : start]
    if not between.rstrip().endswith(":") or "\n" in between:
        return parts
    stop = doc.char_span(end, end + 1)
    if stop is None or stop.text != ".":
        return parts
    return [*parts[:-1], (parts[-1][0], end + 1)]


def _reported_before_colon(cue: Token, in_quote: list[int]) -> tuple[int, int] | None:
    """Token range [start, end) of a clause the cue reports that ends at a colon right before
    a quotation mark: "engineers were waiting for parts" in 'said engineers were waiting for
    parts: "We expect …"'."""
    doc = cue.doc
    clause = next(
        (c for c in cue.rights if c.dep_ in COMPLEMENTS and in_quote[c.left_edge.i] < 0), None
    )
    if clause is None:
        return None
    start = clause.left_edge.i
    for i in range(start, cue.sent.end - 1):
        if in_quote[i] >= 0:
            return None
        if doc[i].text == ":":
            if in_quote[i + 1] < 0:
                return None
            found = trimmed(doc, [(start, i)])
            return found[0] if found else None
    return None


def _covered(parts: list[Span], taken: list[Span]) -> bool:
    """Whether at least half of ``parts`` lies inside ``taken``."""
    size = sum(b - a for a, b in parts)
    shared = 0
    for a, b in taken:
        for c, d in parts:
            if a < d and c < b:  # only spans that meet share any: the rest cost no min or max
                shared += max(0, min(b, d) - max(a, c))
    return shared * 2 >= size
