"""Writings and media words are said in.

"said in a statement that …", "told analysts on a call that …" (:func:`said_through`); a clause
that only says which writing ("in a letter that the BBC has seen", :func:`names_the_writing`);
the nouns of writings and the verbs that make or give one out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicons
from newslens.analysis.syntax.words import _SPEAKER_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token


# Nouns (lemmas) of things that bear words someone wrote or issued: "shared a post, which
# read: …" is the sharer's, and "said in a letter to parents that …" reports what follows.
WRITTEN_NOUNS = _SPEAKER_WORDS["written_nouns"]

# Verbs whose subject is the source of the words their object names: "issued a warning",
# "sounded a call for …", "signed an agreement to …", "reached the conclusion that …",
# "unveiled a plan to …", "proposed a plan to …".
SOURCE_VERBS = frozenset(
    [
        "make",
        "issue",
        "release",
        "give",
        "deliver",
        "repeat",
        "offer",
        "put",
        "publish",
        "post",
        "share",
        "sign",
        "reach",
        "strike",
        "sound",
        "unveil",
        "present",
        "propose",
    ]
)
# Verbs that make or give out a writing: "the report that the clerk filed".
MAKING_A_WRITING = SOURCE_VERBS | frozenset(
    ["file", "write", "submit", "draft", "commission", "prepare", "produce", "compile", "send"]
)
# Verbs that make, pass on or come by a writing, so that a clause after "in a letter" whose
# "that" is their object says which letter, not what it said: "in a letter that the BBC has
# seen", "in a statement that it issued on Monday".
_HANDLING_A_WRITING = MAKING_A_WRITING | frozenset(
    ["see", "read", "obtain", "receive", "sign", "leak", "circulate", "distribute", "record"]
)


# Prepositions that give the noun a thing was said in: "said in a statement that …",
# "told analysts on a call that …", "warned through a spokesman that …".
THROUGH_A_MEDIUM = frozenset(["in", "through", "on"])


def said_through(noun: Token) -> Token | None:
    """The word ``noun`` is the medium of, when it is one: "said" of "said in a statement",
    "told" of "told analysts on a call"; else None. Others' words are no medium but what is
    spoken of: "commented on reports that …", "on claims that …"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in THROUGH_A_MEDIUM:
        return None
    lemma = noun.lemma_.lower()
    if noun.head.lower_ == "on" and lemma in lexicons()[1] and lemma not in _SPOKEN_ON:
        return None
    return noun.head.head


# Reporting nouns that are a medium after "on": "on a call", "in a message posted on X".
_SPOKEN_ON = WRITTEN_NOUNS | {"call"}


def _handles_the_writing(clause: Token) -> bool:
    """Whether a relative clause on a writing makes, passes on or comes by it, its "that"
    the verb's object: "that it issued on Monday", "that the BBC has seen"."""
    first = clause.doc[clause.left_edge.i]
    return (
        first.lower_ == "that"
        and first.dep_ == "dobj"
        and first.head.i == clause.i
        and clause.lemma_.lower() in _HANDLING_A_WRITING
    )


def names_the_writing(verb: Token) -> bool:
    """Whether a verb only says which writing a cue's words were said in: "seen" of "said
    in a letter that the BBC has seen that …", whose words are the sayer's, not the BBC's."""
    sayer = said_through(verb.head)
    return (
        verb.dep_ == "relcl"
        and sayer is not None
        and sayer.lemma_.lower() in lexicons()[0]
        and _on_a_writing(verb)
        and _handles_the_writing(verb)
    )


def _on_a_writing(clause: Token) -> bool:
    """Whether the noun a clause was hung on is a writing words are said in: "letter" of
    "said in a letter to parents that …", "statement" of "said in a statement that …"."""
    noun = clause.head.lemma_.lower()
    return noun in WRITTEN_NOUNS or noun in lexicons()[1]
