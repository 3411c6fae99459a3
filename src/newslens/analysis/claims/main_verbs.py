"""What the verb a span hangs from tells that the score weighs apart from its tense and
subject: a denial or a rejection ("Peskov denied that troops had fired", "We reject the
claims"), and the speaker's telling of what they saw or where they went ("I've seen it ten
times now", "I have been to the clinic three times").
"""

from __future__ import annotations

from newslens.analysis.claims.parse import _Read
from newslens.analysis.claims.words import word_lists
from newslens.analysis.syntax.negation import is_negated

# Marks that open a quote, never an apostrophe ("I've"): two of them may open one ("''I …").
_OPENING_MARKS = ('"', "“", "”", "«", "»", "‘", "''")


def _head_verb(s: _Read, verbs: frozenset[str]) -> int | None:
    """The verb of ``verbs`` that the span ``s`` hangs from, if it hangs from one: its root, or
    in a quote's words set before their cue ('"We deny …," Peskov said') the verb the cue's
    clause hangs from."""
    if s.lemmas_used.isdisjoint(verbs):
        return None
    parse, first, last = s.parse, s.tokens[0], s.tokens[-1]
    return next(
        (
            i
            for i in s.tokens
            if parse.lemma[i] in verbs
            and (parse.head[i] == i or not first <= parse.head[i] <= last)
        ),
        None,
    )


def _denies(s: _Read) -> bool:
    """ "Peskov denied that troops had fired", "The minister rejected claims that …": someone
    says a charge is false, which a fact-checker checks as a denied act; not "have been denied
    handguns", a thing refused, nor "can't deny", "did not dispute"."""
    verb = _head_verb(s, word_lists()["denying_verbs"])
    parse = s.parse
    return (
        verb is not None
        and parse.pos[verb] == "VERB"
        and bool(parse.children(verb, "nsubj"))
        and not parse.children(verb, "auxpass")
        and not parse.has_modal(verb)
        and not is_negated(parse.doc[verb])
    )


def _tells_an_experience(s: _Read) -> bool:
    """ "I've seen it ten times now", "I met a lady in Colorado", "I have been to the clinic":
    what the speaker saw, met or where they went, which no record holds (not "I voted for it",
    nor "I have been a senator for 20 years"). An "I" quoted within the span is someone
    else's: '… Stevie Wonder, who joked, "I haven't seen it yet"'."""
    parse = s.parse
    verb = _head_verb(s, word_lists()["experience_verbs"] | {"be"})
    if verb is None or not any(parse.lower[i] == "i" for i in parse.children(verb, "nsubj")):
        return False
    start = parse.doc[s.tokens[0]].idx
    if any(mark in parse.text[start + 1 : parse.doc[verb].idx] for mark in _OPENING_MARKS):
        return False
    if parse.lemma[verb] == "be":
        return parse.has_perfect(verb) and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in parse.doc[verb].children
        )
    return parse.tag[verb] == "VBD" or parse.has_perfect(verb)
