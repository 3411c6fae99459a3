"""Names shown to be a firm by what their sentence says they do: "Northwind is to cut 600
jobs", "Kestrel Brands reported a loss", "Halvex said its profits had fallen"."""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.words import (
    _FIRM_ACTS,
    _FIRM_OPENINGS,
    _FIRM_POSSESSIONS,
    _FIRM_RESULTS,
    _PRONOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslens.analysis.speakers.phrases import Mention


def _shown_a_firm(mention: Mention) -> bool:
    """Whether a name is a firm by what its sentence says it does ("Northwind is to cut 600
    jobs", "Kestrel Brands reported a loss", "Greggs opened 40 stores") or
    says is "its" ("Halvex said it would buy back its shares", "… a tenth of its workforce",
    "Halvex said its profits had fallen"); not by what is "its" in a clause of another subject
    ("Reid said the bank had lost its customers")."""
    name = mention.head
    one_word = mention.name[:1].isupper() and " " not in mention.name  # not "the company"
    # A name of more words taken for a person's may be the firm's chief executive ("Jo Bell
    # cut 600 jobs", "said its profits had fallen"): too few given names are known to tell a
    # firm's from it, so only what no person does makes it a firm ("Ted Baker reported a loss").
    persons = mention.kind is SpeakerKind.PERSON and not one_word
    if not (mention.resolved and (one_word or name.pos_ == "PROPN")):
        return False
    if mention.key in _PRONOUNS or name.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = name.head
    if persons:
        return _does_business(verb, only_a_firm=True)
    if _does_business(verb):
        return True
    owned = (
        t.head
        for t in verb.subtree
        if t.lower_ == "its" and t.dep_ == "poss" and t.head.lemma_.lower() in _FIRM_POSSESSIONS
    )
    return any(
        not any(_has_own_subject(a, noun) for a in takewhile(lambda a: a != verb, noun.ancestors))
        for noun in owned
    )


def _does_business(verb: Token, only_a_firm: bool = False) -> bool:
    """Whether a verb, or one its subject goes on to ("is to cut …", "plans to close …",
    "will cut … and close …", "said it would cut …"), does what a firm does: cuts jobs,
    closes stores, opens stores by the dozen, reports a loss ("a 38% fall in profit" too),
    lays off workers, raises prices, employs people; ``only_a_firm``: what no person does,
    reporting a loss or a profit."""
    acts = [verb]
    for act in acts:
        children = list(act.children)  # walked twice: each walk builds every Token anew
        lemma = act.lemma_.lower()
        if any(
            _firm_act(lemma, thing, only_a_firm)
            for c in children
            if c.dep_ == "dobj"
            for thing in (c, *_what_changed(c))
        ):
            return True
        acts += [
            c
            for c in children
            if (c.dep_ in ("xcomp", "conj") and not _has_own_subject(c))
            or (c.dep_ == "ccomp" and any(s.lower_ == "it" for s in c.children))
        ]
    return False


def _firm_act(verb: str, thing: Token, only_a_firm: bool) -> bool:
    """Whether doing a thing (a verb's lemma) is what a firm does: ``_does_business``."""
    act = (verb, thing.lemma_.lower())
    if only_a_firm:
        return act in _FIRM_RESULTS
    return act in _FIRM_ACTS or (act in _FIRM_OPENINGS and thing.tag_ == "NNS")


def _what_changed(change: Token) -> list[Token]:
    """What a change names its thing by: profit of "a fall in profit", sales of "a rise of
    9% in sales"."""
    return [
        g
        for p in change.children
        if p.dep_ == "prep" and p.lower_ in ("in", "of")
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _has_own_subject(word: Token, owned: Token | None = None) -> bool:
    """Whether a word heads a clause whose subject is another than "it", or than what "its"
    names (``owned``: "its profits" of "its profits had fallen")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it" and c != owned for c in word.children
    )
