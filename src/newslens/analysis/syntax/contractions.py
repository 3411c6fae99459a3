"""A "’s" that is "has", which the parse reads as the "is" of a passive (:func:`mend_perfects`).

"She’s urged voters to stay home" and "who’s called for a recount" are parsed as "she is
urged" and "who is called": the one who urged or called becomes what was urged, and the
report loses its speaker. A participle with an object of its own, or "called for", is active.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LOWER

from newslens.analysis.lexicon import lexicons
from newslens.analysis.speakers import could_speak

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_CONTRACTED = frozenset(["'s", "’s"])


def mend_perfects(doc: Doc) -> None:
    """Relabel each "’s" of a present perfect that the parse read as a passive's "is", or
    gave the subject to: the "’s" an auxiliary, the subject the verb's own."""
    # Only the contractions are read as Tokens: reading every word so costs more than the rest.
    lower = doc.to_array(LOWER)
    ids = numpy.array([doc.vocab.strings[w] for w in _CONTRACTED], dtype=lower.dtype)
    for i in numpy.flatnonzero(numpy.isin(lower, ids)).tolist():
        word = doc[i]
        if word.dep_ not in ("aux", "auxpass"):
            continue
        verb = word.head
        subject = _perfect_subject(word, verb)
        if subject is not None:
            word.dep_ = "aux"
            subject.dep_ = "nsubj"
            subject.head = verb  # "She’s urged …", the parse hanging "She" on "’s"


def _perfect_subject(contraction: Token, verb: Token) -> Token | None:
    """The subject of a reporting verb after "’s" that is active: it has an object or a
    clause of its own ("’s urged voters to …", "’s said that …"), or is "called for", which
    as a passive is said only of what is needed ("a recount is called for"), never of who
    asks. Only one who can speak: "It’s said that …" is a passive all the same."""
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in lexicons()[0]:
        return None
    between = verb.doc[contraction.i + 1 : verb.i]
    if contraction.i > verb.i or not all(t.dep_ in ("advmod", "neg") for t in between):
        return None
    children = list(verb.children)
    if any(c.dep_ in ("agent", "auxpass") and c != contraction for c in children):
        return None  # "she’s been urged", "he’s called for by the members": a passive indeed
    subject = next(
        (c for c in [*children, *contraction.children] if c.dep_ in ("nsubj", "nsubjpass")),
        None,
    )
    if subject is None or not could_speak(subject) or subject.lower_ == "it":
        return None
    if contraction.dep_ == "aux" and subject.head == verb and subject.dep_ == "nsubj":
        return None  # read as a perfect already
    active = any(c.dep_ in ("dobj", "ccomp") for c in children) or (
        verb.lemma_.lower() == "call"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in children)
    )
    return subject if active else None
