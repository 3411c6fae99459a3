"""Whether a reported object holds a clause of words, not only names a topic or a thing: "about
how the talks failed" does, "about housing, her critics and what comes next" lists topics, and
"wrote six books, which sold 400,000 copies" names works."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of making a written work, whose object may be the work rather than its words.
_WRITING = frozenset(["write", "publish"])


def holds_a_clause(cue: Token, obj: Token) -> bool:
    """Whether ``cue``'s object holds a clause: "about how the talks failed", "about the things
    she had come to believe"; not a list of topics that only ends in one ("about housing, her
    critics and what comes next"), which names topics still. A thing written or published is
    only described by a clause on it: "wrote six books, which sold 400,000 copies", "wrote a
    bestselling memoir" name works, not their words; "published returns that showed a loss"
    reports the loss. An object opening with "that" right after the cue is a clause the parse
    broke: "wrote that units had been "bled white"", read as if "white" were written."""
    first = obj.left_edge
    if first.i == cue.i + 1 and first.dep_ == "mark" and first.lower_ == "that":
        return True
    work = obj.dep_ == "dobj" and cue.lemma_.lower() in _WRITING
    return any(
        t.pos_ in ("VERB", "AUX")
        and not _listed_after_a_topic(t, obj)
        and not (work and _describes_the_work(t, obj))
        for t in obj.subtree
    )


def _describes_the_work(word: Token, obj: Token) -> bool:
    """Whether ``word`` hangs, under ``obj``, on a relative clause set off by a comma ("…,
    which sold"), an adjective or a verb read as a preposition ("including"); not on one that
    tells which thing it is ("returns that showed a loss"), which is what was published."""
    doc = word.doc
    while word != obj:
        if word.dep_ in ("amod", "prep"):
            return True
        if word.dep_ == "relcl" and doc[word.left_edge.i - 1].text == ",":
            return True
        word = word.head
    return False


def _listed_after_a_topic(word: Token, obj: Token) -> bool:
    """Whether ``word`` hangs, under ``obj``, on a list that opens with a noun: "housing, her
    critics and what comes next"."""
    while word != obj:
        if word.dep_ == "conj" and word.head.pos_ in ("NOUN", "PROPN"):
            return True
        word = word.head
    return False
