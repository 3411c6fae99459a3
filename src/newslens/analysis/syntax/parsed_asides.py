"""A cue the parse reads as an aside in the words it reports, and those words around it.

"…, as his adviser pointed out, …" and "as Varley told reporters" report the clause around
them, as "The economy, officials said, is growing" does; "as she called for a recount" has an
object of its own and "as the minister spoke" only says when. ``asides`` finds a cue set
between commas, however the parse hung it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import Verb
from newslens.analysis.syntax.asides import (
    _before_someone_elses,
    _before_speakers_participle,
    _verbless_tail,
    _words_going_on,
)
from newslens.analysis.syntax.edges import trimmed
from newslens.analysis.syntax.objects import _LEAD_IN_PREPOSITIONS, _only_whom_told
from newslens.analysis.syntax.words import _NOUNS, object_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def _parsed_aside(cue: Token, verb: Verb) -> bool:
    """Whether the parse set the cue, with a subject of its own, in the words it reports: a
    clause beside them, in apposition, or "as" someone said."""
    aside = cue.dep_ in ("parataxis", "appos") or _as_said(cue, verb)
    return aside and any(c.dep_ == "nsubj" for c in cue.children)


def _as_said(cue: Token, verb: Verb) -> bool:
    """Whether an "as" clause is the cue's, reporting the clause around it: "as his adviser
    pointed out", "as Varley told reporters"; not "as unions reject the pay offer", "as critics
    accused ministers of …" or "as she called for a recount", which have an object of their
    own, nor "as the minister spoke", which only says when."""
    return (
        cue.dep_ == "advcl"
        and not verb.act
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and (
            not any(
                (c.dep_ == "dobj" and c.lower_ != "it") or _led_in(c, verb) for c in cue.children
            )
            or _only_whom_told(cue, verb)
        )
    )


def _words_around_the_aside(cue: Token) -> list[tuple[int, int]]:
    """Token ranges of the clause around a cue the parse read as an aside, on both sides of
    it: "…, as his adviser pointed out, …", "The economy, officials said, is growing"; and
    "Business, Marchetti admits, is better", though the parse hangs it on "Business"."""
    doc = cue.doc
    head = cue.sent.root if cue.dep_ == "appos" else cue.head
    if _verbless_tail(head, cue):
        # "A gust of 91mph was recorded, the Met Office said, the highest so far": the
        # parse hangs the cue on the phrase after it, but the words are the clause before
        head = head.head
    while head.dep_ == "advcl" and head.i < cue.i and head.head.i != head.i:
        head = head.head  # "Though it went well, he said, the next will not": all of it
    start, end = head.left_edge.i, head.right_edge.i + 1
    lo, hi = cue.left_edge.i, cue.right_edge.i + 1
    going_on = _words_going_on(cue, head)
    if going_on is not None:
        # "Prices rose, officials said, and wages fell", the parse hanging "fell" on "said"
        hi, end = going_on.left_edge.i - 1, max(end, going_on.right_edge.i + 1)
    end = _before_speakers_participle(head, hi, end)
    end = _before_someone_elses(head, hi, end)
    if head.i < lo or head.i >= hi:
        # "Sales, Cole said, are up": one noun before the cue is words all the same.
        parts = trimmed(doc, [(start, lo), (hi, end)], shortest=1)
        return [(a, b) for a, b in parts if b - a > 1 or doc[a].pos_ in _NOUNS]
    return []


# Prepositions that bring in a verb's object, never where or when it spoke: "called for",
# "warned against", "warned of" (not "on", as in "noted on his blog").
_OBJECT_PREPOSITIONS = _LEAD_IN_PREPOSITIONS - {"on"}


def _led_in(phrase: Token, verb: Verb) -> bool:
    """Whether a phrase on a verb that reports its object is that object, brought in by a
    preposition: "for a recount" of "as she called for a recount"."""
    return (
        verb.reports_object
        and phrase.dep_ == "prep"
        and phrase.lower_ in _OBJECT_PREPOSITIONS
        and object_of(phrase) is not None
    )
