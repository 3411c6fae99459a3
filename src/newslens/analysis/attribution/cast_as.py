"""Someone cast "as" quoted words by any verb: "has gone after her rival as a “career fixer”",
"pounded the governor as a “fraud”", "admires the chancellor as a “steady hand”". The quotation
marks say the label is someone's words, and whoever does the casting uses them: the verb's
subject says the object and its label, as "called the plan a disaster" says the plan and its
name. A name given to a thing ("relaunched the drink as “Fizz Zero”") labels nothing, nor does
a label out of quotation marks ("signed Ruiz as a striker"); a reporting verb of the lexicon
says what it reports by its own frame ("described the plan as “reckless”").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LOWER

from newslens.analysis.attribution.words import _Attribution, _covered, _reported_kind
from newslens.analysis.syntax.cues import Scan
from newslens.analysis.syntax.edges import chars, trim
from newslens.analysis.syntax.subjects import subject
from newslens.analysis.syntax.text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newslens.article import Span


def _cast_as_cues(doc: Doc, scan: Scan, marks: list[Span], taken: list[Span]) -> list[_Attribution]:
    """The object and its quoted label of each verb outside quotes that casts someone or
    something "as" words in quotation marks, said by the verb's subject."""
    out = []
    # only the "as" words are read as Tokens: each Token read builds a new object
    for i in numpy.flatnonzero(doc.to_array(LOWER) == doc.vocab.strings["as"]).tolist():
        word = doc[i]
        if word.dep_ != "prep" or word.right_edge.i == i or scan.in_quote[i] >= 0:
            continue
        held = _cast(word, scan)
        if held is None:
            continue
        verb, thing = held
        label = (doc[word.i + 1].idx, doc[word.right_edge.i].idx + len(doc[word.right_edge.i]))
        end = _quoted_label_end(doc_text(doc), label, marks)
        span = trim(doc, thing.left_edge.i, word.right_edge.i + 1)
        if end is None or span is None:
            continue
        # the words end with the label's last quotation mark, not with a time the parse hangs
        # on it: "as a “fraud” since June"
        parts = [(chars(doc, *span)[0], end)]
        if _covered(parts, taken):
            continue
        # a gerund's subject is not the sentence's: "The choice was between going after …"
        speaker = None if verb.dep_ == "pcomp" else subject(verb, scan.in_quote)
        out.append(_Attribution(parts, _reported_kind(parts, marks), verb, speaker, confidence=0.7))
    return out


def _cast(word: Token, scan: Scan) -> tuple[Token, Token] | None:
    """The active verb and the object an "as" casts, hung on either: "pounded the governor as
    …", "gone after her rival as …"; None when the verb is a cue of its own or has no object
    before the "as"."""
    verb = word.head if word.head.pos_ == "VERB" else word.head.head
    if verb.pos_ != "VERB" or verb.i in scan.cues or scan.in_quote[verb.i] >= 0:
        return None
    thing = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if thing is None:
        # "gone after her rival": the object of a preposition right after the verb
        after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
        if after is not None and after.dep_ == "prep" and after.head.i == verb.i:
            thing = next((c for c in after.children if c.dep_ == "pobj"), None)
    if thing is None or not thing.i < word.i or word.head.i not in (verb.i, thing.i):
        return None
    return verb, thing


def _quoted_label_end(text: str, label: Span, marks: list[Span]) -> int | None:
    """Where the last quotation of a label after "as" ends, when the label opens with a
    description in quotation marks: "a “fraud”", "“unfit and reckless”"; None for a name the
    marks only set off ("“Fizz Zero”"), for a quotation further on ("as part of a “reset”")
    and for words after "as" with no quotation."""
    start, end = label
    inside = [(a, b) for a, b in marks if start <= a < end]
    if not inside:
        return None
    first = inside[0][0]
    before = text[start:first].split()
    quoted = next((ch for ch in text[first : inside[0][1]] if ch.isalpha()), "")
    if [w.lower() for w in before] in (["a"], ["an"]) or (not before and quoted.islower()):
        return inside[-1][1]
    return None
