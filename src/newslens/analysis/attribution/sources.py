"""Who speaks through a noun: the budget office behind "a report by the budget office",
Trump behind "Trump's claim", Hale behind "Hale shared a post, which read: …", the family
whose statement a later "the statement" goes on with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import mind_nouns
from newslens.analysis.speakers import RELATIVES, publisher
from newslens.analysis.syntax.negation import is_negated
from newslens.analysis.syntax.words import object_of
from newslens.analysis.syntax.writings import (
    MAKING_A_WRITING,
    SOURCE_VERBS,
    WRITTEN_NOUNS,
    said_through,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _behind(source: Token, nouns: set[int]) -> Token:
    """Who speaks through a reporting noun (one of ``nouns``): the budget office behind "a
    report by the budget office", Harlow's office behind "a statement" it released; or
    through data: Eurostat behind "figures released by Eurostat"; else ``source`` itself."""
    found = _noun_source(source) if source.i in nouns else None
    return found or _maker(source) or publisher(source) or source


def _maker(made: Token) -> Token | None:
    """Who made the thing a relative clause with no "that" right after it says they made:
    Clinton of "according to a speech Clinton delivered in July", the clerk of "the report
    the clerk filed"; not the signers of "The convention, which most nations signed, …"."""
    for clause in made.rights:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in MAKING_A_WRITING:
            continue
        if clause.left_edge.i != made.i + 1 or any(c.lower_ in RELATIVES for c in clause.children):
            continue
        maker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if maker is not None:
            return maker
    return None


def _writer_behind(speaker: Token) -> Token:
    """Who wrote or issued the thing a relative "which" stands for, when it bears written
    words: Hale of "Hale shared a post, which read: …", the council of "the council issued a
    statement, which read: …"; the thing itself when no one is named ("a sign which read");
    else ``speaker``.

    The parse may hang the relative on the time before it ("a post on Sunday, which read"),
    which is then read as the object of the verb the time goes with.
    """
    clause = speaker.head
    if speaker.lower_ not in RELATIVES or clause.dep_ != "relcl":
        return _issued_before(speaker) or speaker
    written = clause.head
    if written.ent_type_ in ("DATE", "TIME") and written.dep_ == "pobj":
        act = written.head.head
        written = next((c for c in act.children if c.dep_ == "dobj"), written)
    if written.lemma_.lower() not in WRITTEN_NOUNS:
        return speaker
    return _noun_source(written) or written


WRITING_LOOKBACK = 120  # tokens back to the statement "the statement" goes on with


def _issued_before(writing: Token) -> Token | None:
    """Who issued the statement "the statement" goes on with: the family of "In a statement
    …, the victim's family said …. “…,” the statement said."; None when ``writing`` is no
    such "the" noun, or the one before names no one."""
    lemma = writing.lemma_.lower()
    if (
        writing.pos_ != "NOUN"
        or lemma not in WRITTEN_NOUNS
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in writing.children)
        or _noun_source(writing) is not None
    ):
        return None
    doc = writing.doc
    earlier = (
        t
        for t in reversed(doc[max(0, writing.i - WRITING_LOOKBACK) : writing.i])
        if t.lemma_.lower() == lemma
    )
    first = next(earlier, None)
    return None if first is None else _noun_source(first)


def _noun_source(noun: Token) -> Token | None:
    """Whose claim: "Trump's claim", "a claim by Trump", "Trump issued a warning"."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            return child
        if child.dep_ == "amod" and child.ent_type_ == "NORP" and child.i == noun.i - 1:
            return child  # "the European reluctance to …", "Russian claims that …"
        if _subject_read_as_a_name(child, noun):
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return object_of(child)
    verb = noun.head
    if _made_known(noun):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    sayer = said_through(noun)
    if sayer is not None and sayer.pos_ == "VERB":
        # "The buyer said in a statement that …": whoever says it in the statement.
        return next((c for c in sayer.children if c.dep_ == "nsubj"), None)
    return None


# Verbs whose subject holds the belief or intent their object names: "holds the view that
# …", "took the decision to …", "have reservations about …".
_HOLDING = frozenset(["hold", "take", "have"])


def _made_known(noun: Token) -> bool:
    """Whether a reporting noun is the object of a verb by which its subject makes it known:
    "issued a warning", "unveiled a plan to …", or holds it, "holds the view that …"; not
    "did not unveil plans to …"."""
    verb = noun.head
    lemma = verb.lemma_.lower()
    held = lemma in _HOLDING and noun.lemma_.lower() in mind_nouns()
    return noun.dep_ == "dobj" and (lemma in SOURCE_VERBS or held) and not is_negated(verb)


def _subject_read_as_a_name(word: Token, noun: Token) -> bool:
    """Whether the word opening a sentence is the subject of a reporting verb the tagger read
    as a plural noun, the sentence's only head: "Price charges that …", "Young claims that …",
    parsed as one noun phrase with no verb, the name a word qualifying the noun."""
    return (
        word.dep_ in ("compound", "amod", "nsubj")
        and noun.dep_ == "ROOT"
        and noun.tag_ == "NNS"
        and word.is_title
        and word.i == noun.i - 1
        and bool(word.is_sent_start)
    )
