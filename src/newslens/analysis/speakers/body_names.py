"""Where a body's name runs that the recogniser cut short or took for something else: a name
that ends with a place ("Water UK"), one with its owner's "'s" ("The Alzheimer's Society",
"Sainsbury's"), a group's ("the Liberal Democrats"), and one that runs on past its "for" or
"of" ("The Campaign for Better Transport", "the Mayor of London")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.speakers.names import _untitled_name_word, name_run, name_start
from newslens.analysis.speakers.roles import _role_word
from newslens.analysis.speakers.words import _BODY_ENDINGS, TITLES
from newslens.analysis.syntax.words import object_of

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


# Words after an "'s" that make the one before it a disease's name, not its owner:
# "Huntington's Disease Association", "the Tourette's Syndrome Trust".
_NAMED_FOR_SOMEONE = frozenset(["disease", "syndrome"])


def _named_for_a_place(head: Token, ent: SpacySpan | None) -> SpacySpan | None:
    """The name of a body that ends with a place the recogniser took for the whole name:
    "Water UK", "Alzheimer's Research UK", "Parkinson's UK", "Sport England"; not "the UK",
    "Premier Ontario", nor a place after a named owner's "'s" ("Google's UK")."""
    if ent is None or head.ent_type_ != "GPE" or ent.end != head.i + 1:
        return None
    doc = head.doc
    run = name_run(head)
    before = doc[run.start : ent.start]
    if any(t.ent_type_ or t.lower_ in TITLES or _role_word(t.lower_) for t in before):
        return None
    start = run.start
    owned = start >= 2 and doc[start - 1].text in ("'s", "’s") and doc[start - 2].pos_ == "PROPN"
    if owned:
        start = name_start(doc[start - 2])  # "Alzheimer's Research UK"
    if not before and not (owned and not doc[start : run.start - 1].ents):
        return None  # the place alone ("the UK"), or a named owner's ("Google's UK")
    return doc[start : head.i + 1]


def _owner_in_name(name: SpacySpan) -> int:
    """Where a body's name starts when the recogniser left out the one it is named for:
    "Alzheimer's" of "The Alzheimer's Society said" and of "Alzheimer's Society said". The
    "the" before it is the body's, as no person's or place's name takes one, and so is an
    owner of a body's noun alone ("Society" is no name); the owner is no name of its own:
    not "Britain's Royal Navy", "Google's DeepMind", nor "the Kremlin's Security Council".
    A disease named for someone is named with them, whatever the recogniser took them for:
    "Huntington's" of "The Huntington's Disease Association"."""
    doc = name.doc
    start = name.start
    if start < 2 or doc[start - 1].text not in ("'s", "’s"):
        return start
    owner = doc[start - 2]
    if owner.pos_ != "PROPN" or owner.dep_ != "poss":
        return start
    if not name.start <= owner.head.i < name.end:
        return start
    first = name_start(owner)
    if doc[start].lower_ in _NAMED_FOR_SOMEONE:
        return first
    if owner.ent_type_:
        return start
    the = first > 0 and doc[first - 1].lower_ == "the"
    return first if the or (len(name) == 1 and name[0].lower_ in _BODY_ENDINGS) else start


# What may follow a firm's name written with its "'s": what the name does, a comma or stop,
# a preposition or a conjunction; never what the name owns ("Marlow's profits").
_AFTER_A_NAME = frozenset(["VERB", "AUX", "ADP", "CCONJ", "PUNCT"])


def _named_with_its_s(name: Token) -> bool:
    """Whether a firm's name is written with the "'s" after it as part of the name, as
    "Sainsbury's" and "Macy's" are: an "'s" that owns nothing ("Shares in Marlow's rose",
    "Marlow's said"; not "Marlow's profits", nor 'Marlow's "value" range')."""
    doc = name.doc
    after = name.i + 1
    if after >= len(doc) or doc[after].text not in ("'s", "’s") or name.dep_ in ("poss", "nmod"):
        return False
    return after + 1 == len(doc) or (
        doc[after + 1].pos_ in _AFTER_A_NAME and doc[after + 1].tag_ not in ("``", "''")
    )


def firm_with_its_s(name: Token) -> bool:
    """Whether a one-word name the recogniser took for a person's is a firm's, written with its
    "'s" as the whole subject: "Now Sainsbury's says …", "…, said Sainsbury's."; not
    "Hale's said he would go", where the "'s" may be "has"."""
    if not _named_with_its_s(name) or name.dep_ not in ("nsubj", "nsubjpass"):
        return False
    doc, after = name.doc, name.i + 2
    return after == len(doc) or doc[after].tag_ not in ("VBD", "VBN")


def _group_name_start(ent: SpacySpan) -> int:
    """Where a group's or a body's name begins when the recogniser left out the proper nouns
    before it: "Liberal" of "the Liberal Democrats said", "Gila" of "the Gila River Indian
    Community"; not a title ("Senator"), nor a capital that only opens the sentence ("Fellow
    Republicans")."""
    doc = ent.doc
    start = ent.start
    while start > 0 and _untitled_name_word(doc[start - 1]):
        start -= 1
    return start if start > 0 and doc[start - 1].lower_ == "the" else ent.start


# Words that join a body's word to what it is for: "Campaign for Better Transport".
_BODY_NAME_LINKS = frozenset(["for", "of"])


def _named_for_its_work(name: str) -> bool:
    """Whether a body's name is what it does, then "for" or "of" and whom or where for
    ("Transport for Wales"), and not a body's word that says it is no firm ("Campaign for
    Better Transport", "University of Leeds"): news calls such a body "the operator" or "the
    company" as it does a firm."""
    words = name.lower().split()
    own = _own_words(words)
    return len(own) < len(words) and own[-1] not in _BODY_ENDINGS


def _own_words(words: list[str]) -> list[str]:
    """A body's name's own words, in lower case, before its first "for" or "of" ("campaign"
    of "campaign for better transport"); all of them when it has none."""
    return next((words[:i] for i, w in enumerate(words) if i and w in _BODY_NAME_LINKS), words)


def _name_past_its_word(word: Token, words: frozenset[str] = _BODY_ENDINGS) -> int | None:
    """Where a name ends that runs on past its body's word, or another of ``words`` (an
    office's), to a name the recogniser took apart: "The Campaign for Better Transport", "the
    Commission for Racial Equality", "the Mayor of London"; None when ``word`` is none of
    ``words`` with a proper noun right after its "for" or "of"."""
    doc = word.doc
    link = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if word.lower_ not in words or link is None or link.lower_ not in _BODY_NAME_LINKS:
        return None
    named = object_of(link) if link.head.i == word.i else None
    if named is None or named.pos_ != "PROPN" or name_start(named) != link.i + 1:
        return None
    return named.i + 1
