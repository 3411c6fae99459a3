"""A cue in a relative clause, and a relative word about its words.

The relative that is the subject of the words ("a rise, which the union says is below
inflation"; "a man who they say attacked a woman"), a relative clause of a noun the parse hung
on the cue as its words ("…, most of which will …"), and a cue whose object is the noun its
clause qualifies ("the 2.4 million traders had expected"), or whose clause is the sentence's
own verb ("Everything the mayor says is a lie").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.syntax.text import stopped
from newslens.analysis.syntax.words import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token


def _relative_subject(cue: Token, clause: Token) -> Token | None:
    """The relative pronoun that is the reported clause's subject, standing before a cue that
    qualifies a noun: "which" in "a rise, which the union says is below inflation", "that" in
    "a tool that it says can answer most questions" (which the tagger may read as the "that"
    opening a clause: as a subject it is the relative)."""
    if cue.dep_ != "relcl" or clause.i < cue.i:
        return None
    return next(
        (
            c
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and (c.tag_ in ("WDT", "WP") or c.lower_ == "that")
            and c.i < cue.i
        ),
        None,
    ) or _relative_read_as_the_cues(cue)


def told_of_its_noun(clause: Token) -> bool:
    """Whether a relative clause is someone's report with the relative for the subject of
    its words: "the plan that ministers say will cut costs" (not "the plan that ministers
    published")."""
    return any(
        c.dep_ == "ccomp" and _relative_subject(clause, c) is not None for c in clause.children
    )


def _relative_object(cue: Token, clause: Token) -> Token | None:
    """The relative word that is the object of the reported clause, standing before a cue
    that qualifies a noun: "which" in "the figures which officials say they used", "that" in
    "the £22bn gap that ministers say they inherited" (which the tagger may read as the "that"
    opening a clause: with a subject of its own and no object, the clause's object is it).
    Not a relative after a comma, which may stand for a whole clause ("…, which she plans to
    do through a tax rise")."""
    if cue.dep_ != "relcl" or clause.i < cue.i or cue.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if cue.left_edge.i > 0 and cue.doc[cue.left_edge.i - 1].text == ",":
        return None
    kids = list(clause.children)  # walked twice: each walk builds every Token anew
    relative = next(
        (c for c in kids if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") and c.i < cue.i), None
    )
    if relative is not None:
        return relative
    that = next((c for c in cue.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
    deps = {c.dep_ for c in kids}
    if that is None or "nsubj" not in deps or deps & {"dobj", "ccomp", "xcomp", "prep"}:
        return None
    return that


def _relative_read_as_the_cues(cue: Token) -> Token | None:
    """The relative pronoun the parse made a second subject of a cue qualifying a noun, when
    it is the subject of the clause after the cue: "who" in "a man who they say attacked a
    woman", parsed with "who" and "they" both subjects of "say" and "attacked" its xcomp."""
    if cue.dep_ != "relcl":
        return None
    subjects = [c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 2 or not (
        subjects[0].tag_ in ("WDT", "WP") or subjects[0].lower_ == "that"
    ):
        return None
    return subjects[0]


def _relative_read_as_words(clause: Token) -> bool:
    """Whether a clause the parse hung on the cue is a relative clause of a noun before it,
    its subject holding the relative word: "called for help for mortgage holders, around 1.2
    million of whom will …", "most of which"."""
    return any(
        w.tag_ in ("WDT", "WP")
        for c in clause.children
        if c.dep_ in SUBJECTS
        for of in c.children
        if of.dep_ == "prep"
        for w in of.children
        if w.dep_ == "pobj"
    )


def _relativised(cue: Token) -> bool:
    """Whether the cue's object is the noun its clause hangs on, with no relative word: in
    "below the 2.4 million [that] traders had expected on average", what was expected is
    the figure, and the phrase after the verb only says how."""
    if cue.dep_ != "relcl" or any(
        c.dep_ in ("dobj", "dative", "attr", "oprd") for c in cue.children
    ):
        return False
    return not any(t.tag_ in ("WDT", "WP", "WP$") for t in cue.subtree)


def _done_to_its_noun(cue: Token) -> bool:
    """Whether a cue qualifying a noun promises doing something to that noun: in "the
    target it pledged to reach", what was pledged is reaching the target, and "to reach" alone
    says nothing; not "the plan it said would cut costs", whose clause is whole, nor "states
    that may not want to chip in", whose noun is the subject, nor "…, which she plans to do
    through a tax rise", a relative after a comma that may stand for a whole clause."""
    if cue.dep_ != "relcl" or cue.left_edge.i != cue.head.i + 1:
        return False
    subject = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("WDT", "WP") or subject.lower_ == "that":
        return False
    doing = next((c for c in cue.rights if c.dep_ == "xcomp"), None)
    return doing is not None and not any(
        c.dep_ in _OBJECTS and c.tag_ not in ("WDT", "WP") for c in doing.children
    )


# What a verb is done to, or the clause it takes in its place
_OBJECTS = frozenset(["dobj", "dative", "attr", "oprd", "ccomp", "xcomp", "acomp"])


def main_verb_read_as_words(cue: Token) -> bool:
    """Whether the parse hung the sentence's own verb on a cue in a relative clause with no
    relative word, leaving the sentence no verb: "Everything the mayor says is a lie" is
    what is said of everything the mayor says, not his words ("Nothing she said was true").
    A headline with no stop may be only a noun ("The report the mayor said was flawed")."""
    noun = cue.head
    if cue.dep_ != "relcl" or noun.dep_ != "ROOT" or noun.i > cue.i:
        return False
    if not any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return False
    if not stopped(cue.sent):
        return False
    return not any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" for t in cue.lefts)
