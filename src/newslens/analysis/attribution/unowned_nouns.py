"""Reporting nouns with no one's name on them that name a thing, not anyone's words
(:func:`_no_ones_words`): "the demand for coal", "Plans to build 64 homes were approved", "did
not unveil plans to …", "A willingness to compromise would help"; but "There is a reluctance
to …" and "fears that …" are still someone's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.syntax.negation import is_negated
from newslens.analysis.syntax.writings import SOURCE_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


def _no_ones_words(
    noun: Token,
    lead_in: Token | None,
    lead_ins: dict[str, tuple[frozenset[str], bool]],
    minds: frozenset[str],
) -> bool:
    """Whether a reporting noun with no source names a thing, not anyone's words."""
    lemma = noun.lemma_.lower()
    if lead_in is not None and lead_ins[lemma][1]:
        return True  # "the demand for coal", "the threat of flooding": no one's words
    if lemma in minds and _decided_on(noun):
        return True  # "Plans to build 64 homes were approved": a thing done, no one's words
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in SOURCE_VERBS and is_negated(verb):
        return True  # "did not unveil plans to …": none made known
    # "A willingness to compromise would help": the writer's, no one's
    return lemma in _DISPOSITIONS and not _there_is(noun)


# Verbs that decide on, pay for or carry out a plan, so that their object is a thing dealt
# with, not intent reported: "approved a plan to …", "scrapped plans to …". Making a plan
# known ("unveiled a plan to …") is not among them.
_DECIDING_ON = frozenset(
    [
        "approve",
        "adopt",
        "pass",
        "ratify",
        "fund",
        "finance",
        "implement",
        "scrap",
        "shelve",
        "drop",
        "abandon",
        "ditch",
        "axe",
        "block",
        "halt",
        "freeze",
        "suspend",
        "delay",
        "veto",
        "overturn",
    ]
)


# Verbs that take a side on a plan, against or for it: its opponents' or backers' act, not
# the planners' words.
_TAKING_SIDES = frozenset(
    ["fight", "oppose", "protest", "resist", "challenge", "contest", "back", "support"]
)


# Nouns of intent, not belief: a plan with no one's name on it is a thing, where an unowned
# "fears that …" is still a belief reported.
_INTENT_NOUNS = frozenset(["plan", "proposal", "decision"])


# Nouns of someone's will to act, which no one's name on them makes a thing the writer
# wishes or weighs, not a stance reported: "his willingness to talk" is his, "There is a
# reluctance to …" someone's, "A willingness to compromise would help" no one's.
_DISPOSITIONS = frozenset(
    ["willingness", "reluctance", "eagerness", "determination", "desire", "intention"]
)


def _decided_on(noun: Token) -> bool:
    """Whether a noun of intent is something done to, the subject of a passive or the object
    of a verb deciding on it: "Plans … were approved", "approved a plan to …"; or, an intent,
    only there, fought or standing alone as a headline: "There are plans to …", "Residents
    are fighting plans to …", "Ministers backed plans to …", "Plans to close the library"."""
    if noun.dep_ == "nsubjpass":
        return True
    verb = noun.head.lemma_.lower()
    if noun.dep_ == "dobj" and verb in _DECIDING_ON:
        return True
    if noun.lemma_.lower() not in _INTENT_NOUNS:
        return False
    return noun.dep_ == "ROOT" or _there_is(noun) or (noun.dep_ == "dobj" and verb in _TAKING_SIDES)


def _there_is(noun: Token) -> bool:
    """Whether a noun is only said to be there: "There are plans to …"."""
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)
