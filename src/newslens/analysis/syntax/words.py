"""The parse labels and word lists the modules share.

A subject's and an object's dependencies, the entities that say when (or how many) and never
who, the tags of a finite verb, the parts of speech of a noun, the speaker word lists, the
noun a preposition governs (:func:`object_of`), whether a verb is an infinitive with "to"
(:func:`to_infinitive`), and the "think" of "think tank" the parse may
read as a verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import word_sections

if TYPE_CHECKING:
    from spacy.tokens import Token


SUBJECTS = ("nsubj", "nsubjpass")
# The words that open a question asked of someone or something: "how", "who", "whose" …
WH_WORDS = frozenset(["how", "why", "what", "who", "whom", "whose", "which", "when", "where"])


def object_of(preposition: Token) -> Token | None:
    """The noun a preposition governs: Eurostat of "by Eurostat"."""
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is an infinitive with "to": "extend" of "urged them to extend it"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


_SPEAKER_WORDS = word_sections("speaker_words.txt")


# Entities that say when, never who.
_WHEN_ENTITIES = ("DATE", "TIME")
# Entities that say when or how many, never who: "wrote three times asking …".
_NOT_WHO = (*_WHEN_ENTITIES, "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")


# The dependents of an "object" verb that carry what is reported: "called [the plan]
# [a disaster]", "cited [problems in …]", "spoke [about the death of …]".
OBJECT_DEPS = ("dobj", "dative", "oprd", "xcomp", "ccomp", "prep", "attr", "acomp", "pcomp")


# The tags of a verb with a tense (or a modal before one): "said", "says", "will".
_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])


_NOUNS = frozenset(["NOUN", "PROPN", "PRON"])
# The fine-grained tags of a noun, common or proper.
_NOUN_TAGS = frozenset(["NN", "NNS", "NNP", "NNPS"])


# The noun after "think" in a body's kind: "think tank", "think tanks".
_TANKS = frozenset(["tank", "tanks"])


def think_of_a_think_tank(word: Token) -> bool:
    """Whether a word is the "think" of "think tank", which the parse may read as a verb:
    "The Institute for Fiscal Studies think tank said …" reports no thinking. A think tank
    has a name or "the" before it: "Ministers think tanks are obsolete" is thinking."""
    doc = word.doc
    return (
        word.lower_ == "think"
        and 0 < word.i < len(doc) - 1
        and doc[word.i + 1].lower_ in _TANKS
        and (doc[word.i - 1].tag_ in ("NNP", "DT") or doc[word.i - 1].ent_type_ == "ORG")
    )


def body_before_its_think_tank(subject: Token) -> Token | None:
    """The body named before "think tank", where the parse made "tank" the subject of the
    cue: "Institute" of "The Institute for Fiscal Studies think tank said …", read with
    "think" a verb the body is the subject of, or with two subjects of "said"."""
    if subject.lower_ not in _TANKS or subject.i == 0:
        return None
    think = subject.doc[subject.i - 1]
    if not think_of_a_think_tank(think):
        return None
    holder = think if think.pos_ in ("VERB", "AUX") else subject.head
    return next((c for c in holder.children if c.dep_ == "nsubj" and c.i < think.i), None)
