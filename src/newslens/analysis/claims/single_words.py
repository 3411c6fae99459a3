"""Tests of single words behind the features (``features``): a duty put and not reported ("we
must act", not "he said we should wait"), a "now" or "still" of the present state of things, a
"you" that addresses no one ("you know"), a superlative that ranks, a past that only sets a
standard of comparison.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from newslens.analysis.claims.parse import _Parse
from newslens.analysis.lexicon import lexicon

_NORMATIVE_MODALS = {"should", "must", "ought"}
_FIRST_PERSON = {"i", "we"}


# Verbs whose "you" is a formula of talk: "you know", "as you see", "I tell you", "I can assure
# you that …".
_KNOWING = frozenset(["know", "see"])
_TELLING = frozenset(["tell", "assure", "promise"])
_SPEAKERS = {"i", "we", "me", "us"}  # "me" of "Let me tell you"


def _talk_formula(parse: _Parse, you: int) -> bool:
    """Whether the "you" at ``you`` only carries the talk on, "You know, the plant closed",
    "as you know", "I can tell you that …", "let me tell you", addressing no one about the
    matter; not "You know that he voted for it", "you voted", "He didn't tell you that …"."""
    verb = parse.head[you]
    if parse.dep[you] == "nsubj" and parse.lemma[verb] in _KNOWING:
        return not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in parse.doc[verb].children)
    return (
        parse.dep[you] in ("dobj", "dative")
        and parse.lemma[verb] in _TELLING
        and parse.has_subject(verb, _SPEAKERS)
    )


def _standard_of_comparison(parse: _Parse, i: int) -> bool:
    """Whether the past verb at ``i`` only sets what the present is compared with, its clause
    the "than" or the second "as" of a degree ("better off than we were four years ago", "not
    as high as it once was", "more than we did"), no act of the past ("just as he did in 2012"
    tells of one)."""
    if parse.lemma[i] not in ("be", "do", "have"):
        return False
    marks = {c.lower_ for c in parse.doc[i].children if c.dep_ == "mark"}
    degree = parse.doc[parse.head[i]]  # "high" of "as high as it once was"
    return "than" in marks or (
        "as" in marks
        and degree.pos_ in ("ADJ", "ADV")
        and any(c.lower_ in ("as", "so") and c.i < degree.i for c in degree.children)
    )


def _qualifies_a_word(parse: _Parse, first: int) -> bool:
    """Whether the first word of a sentence is part of a phrase, not an opening of talk: "So
    far, the council has not paid", "So many firms have closed" ("So, …" and "Well, …" open
    talk)."""
    return parse.lower[first] in ("so", "well") and parse.pos[parse.head[first]] in ("ADJ", "ADV")


def _ranks_highest(parse: _Parse, i: int) -> bool:
    """Whether the superlative at ``i`` ranks a thing above all others ("the largest", "the
    most expensive", "worked hardest"); not "most" and "least" as amounts ("most voters"), nor
    a bound set with "at" ("at least 20", "at best", "at most")."""
    if parse.tag[i] == "JJS" and parse.lower[i] in ("most", "least"):
        return False
    return i == 0 or parse.lower[i - 1] != "at"


# Verbs whose "still" tells how one keeps, not for how long: "America has not stood still".
_KEEPING_STILL = frozenset(["stand", "sit", "keep", "hold", "lie", "stay", "remain"])
# Words that open a sentence before a "still" that concedes: "But still, it worked".
_CONCEDING = frozenset(["and", "but", "yet"])


def _of_the_present(parse: _Parse, word: int, content: Sequence[int]) -> bool:
    """Whether the "now", "today" or "still" at ``word`` tells of the state of things ("the
    plant is still closed", "it is now 12 percent"), not of a time to come ("ten years from
    now"), and "still" not of keeping without moving ("the economy has stood still"), what
    is conceded ("But still, it was a good day") or a degree ("better still")."""
    if word > 0 and parse.lower[word - 1] == "from":
        return False
    return parse.lower[word] != "still" or _lasting(parse, word, content)


def _lasting(parse: _Parse, still: int, content: Sequence[int]) -> bool:
    if parse.lemma[parse.head[still]] in _KEEPING_STILL and parse.head[still] < still:
        return False
    if still == content[1] and parse.lower[content[0]] in _CONCEDING:
        return False
    return parse.tag[still - 1] not in ("JJR", "RBR") if still > 0 else True


def _obliges(parse: _Parse, tokens: Sequence[int]) -> bool:
    """Whether one of ``tokens`` puts a duty, "we must act", "they need to pay", "it has got to
    stop"; not one in words reported as said ("he said we should wait", "a lady who said we
    ought to legalise it"), which are on record, nor the "must" of "I must say", "I should point
    out", which puts forward what follows. A quote's words are said, and their duty is one: the
    verb that reports them must be among ``tokens``."""
    for k, i in enumerate(tokens):
        if parse.lower[i] in _NORMATIVE_MODALS:
            verb = parse.head[i] if parse.dep[i] == "aux" else i
            if parse.has_perfect(verb):
                continue
        elif (
            parse.lemma[i] in ("need", "have", "get")
            and k + 1 < len(tokens)
            and parse.lemma[tokens[k + 1]] == "to"
        ):
            verb = i
        else:
            continue
        if not _said(parse, verb, tokens[0]):
            return True
    return False


def _said(parse: _Parse, verb: int, start: int) -> bool:
    """Whether ``verb`` is a speaker's own verb of saying what follows ("I must say that …", "we
    should point out that …"; not "we must continue to …") or is said in words reported in the
    past ("said we ought to", "has said you've got to") by a verb from ``start`` on."""
    if (
        _speaks(parse.lemma[verb])
        and parse.has_subject(verb, _FIRST_PERSON)
        and parse.children(verb, "ccomp")
    ):
        return True
    cue = parse.head[verb]
    return (
        parse.dep[verb] == "ccomp"
        and start <= cue < verb
        and _speaks(parse.lemma[cue])
        and parse.is_past(cue)
    )


def _speaks(lemma: str) -> bool:
    """Whether ``lemma`` is a verb that reports words said ("say", "point out", "warn"), not
    what one thinks or how one says it ("believe", "laugh")."""
    verb = lexicon().get(lemma)
    return verb is not None and not verb.mind and not verb.after_quote_only


def _has_pair(lemmas: list[str], firsts: tuple[str, ...]) -> bool:
    """ "going to", "need to": one of ``firsts`` followed by "to"."""
    return any(a in firsts for a, b in itertools.pairwise(lemmas) if b == "to")
