"""The parse labels and word lists the modules share.

A subject's and an object's dependencies, the entities that say when (or how many) and never
who, the tags of a finite verb, the parts of speech of a noun, the speaker word lists, and the
noun a preposition governs (:func:`object_of`).
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


_SPEAKER_WORDS = word_sections("speaker_words.txt")


# Entities that say when, never who.
_WHEN_ENTITIES = ("DATE", "TIME")
# Entities that say when or how many, never who: "wrote three times asking …".
_NOT_WHO = (*_WHEN_ENTITIES, "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")


# The dependents of an "object" verb that carry what is reported: "called [the plan]
# [a disaster]", "cited [problems in …]", "spoke [about the death of …]".
OBJECT_DEPS = ("dobj", "dative", "oprd", "xcomp", "ccomp", "prep", "attr", "acomp", "pcomp")


_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])


_NOUNS = frozenset(["NOUN", "PROPN", "PRON"])
# The fine-grained tags of a noun, common or proper.
_NOUN_TAGS = frozenset(["NN", "NNS", "NNP", "NNPS"])
