"""Words the parse joined to a cue that are more of what it reports: an object's source ("cited
endorsements from 40 mayors"), a second that-clause, a question or a gerund joined on, and the
object a clause without "that" qualifies ("cited remarks Trump had made")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicons
from newslens.analysis.syntax.objects import PLACE_ENTITIES
from newslens.analysis.syntax.words import _WHEN_ENTITIES, SUBJECTS, object_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def _source_of_the_object(phrase: Token) -> bool:
    """Whether a "from" phrase the parse hung on the cue right after its object says whose
    the object is: "cited endorsements from 40 mayors", "welcomed support from unions"; not
    where it came from ("from Paris") or when ("from March")."""
    doc = phrase.doc
    source = object_of(phrase)
    return (
        phrase.dep_ == "prep"
        and phrase.lower_ == "from"
        and source is not None
        and source.ent_type_ not in (*PLACE_ENTITIES, *_WHEN_ENTITIES)
        and any(
            c.dep_ == "dobj" and c.right_edge.i == phrase.i - 1 and not doc[c.right_edge.i].is_punct
            for c in phrase.head.children
        )
    )


# Words that open a question a cue reports beside its first words: "spoke of the war, and how
# it ended".
_QUESTION_OPENERS = frozenset(["how", "why", "what", "whether"])


def _more_of_the_same(cue: Token, first: Token) -> list[Token]:
    """The clauses the parse joined to the cue after its first words that are more of them:
    a second that-clause ("said the results fit, and that there was “no downside”"), a
    question ("spoke of the court's history, and how the fight for fair trials shaped it"),
    or a second gerund ("has mentioned refinancing loans and forcing colleges to …": a verb
    not in "-ing" has no gerund for its conjunct). Not a participle after a comma, nor one
    that reports: "…, and calling for …" is an act of its own."""
    return [
        c
        for c in cue.rights
        if c.dep_ == "conj"
        and c.i > first.i
        and (
            any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            or (_after_a_conjunction(c) and c.left_edge.lower_ in _QUESTION_OPENERS)
            or _correction_of_the_words(c, first)
            or (
                _after_a_conjunction(c)
                and c.tag_ == "VBG"
                and cue.tag_ != "VBG"
                and c.left_edge == c
                and c.doc[c.i - 2].text != ","
                and c.lemma_.lower() not in lexicons()[0]
                and not any(g.dep_ in (*SUBJECTS, "aux", "auxpass") for g in c.children)
            )
        )
    ]


# What marks a "but" clause's subject as the one the speaker holds true in place of the first
# clause's: "but the real murderers were …", "but the true culprits were …".
_TRUE_ONES = frozenset(["real", "true", "actual"])


def _correction_of_the_words(conj: Token, first: Token) -> bool:
    """Whether a clause the parse joined to the cue by "but" sets the speaker's own truth
    against the first words, in their past tense: "pointed out that the regime was spreading
    rumours about traitors in the army, but the real traitors were in the palace". A subject
    called the real one is the speaker's contrast; the writer's next fact is not ("…that the
    bridge was safe, but the road was closed")."""
    doc = conj.doc
    start = conj.left_edge.i
    if not (start > 0 and doc[start - 1].lower_ == "but" and conj.lemma_ == "be"):
        return False
    subject = next((c for c in conj.children if c.dep_ == "nsubj"), None)
    if subject is None or conj.tag_ != "VBD" or first.i > conj.i:
        return False
    return any(c.dep_ == "amod" and c.lower_ in _TRUE_ONES for c in subject.children)


def _after_a_conjunction(clause: Token) -> bool:
    """Whether a conjunction comes right before a clause: "…, and how …", "… and forcing"."""
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].dep_ == "cc"


# What a clause has when it is one of its own, not a relative clause missing its object: a
# "that", an object, a clause, a complement.
_A_CLAUSE_OF_ITS_OWN = frozenset(
    ["mark", "dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd"]
)


def _object_of_its_relative(cue: Token, clause: Token) -> Token | None:
    """The cue's object that a clause after it qualifies with no relative word, when the parse
    made the clause the cue's own: "cited disparaging remarks Trump had made about nurses",
    whose "made" has no object of its own, for the remarks are what he made."""
    if clause.dep_ != "ccomp" or clause.i < cue.i or clause.tag_ not in ("VBN", "VBD"):
        return None
    if clause.pos_ != "VERB":
        return None  # "was", "had": no verb that leaves its object to the noun before
    deps = {c.dep_ for c in clause.children}
    if "nsubj" not in deps or deps & _A_CLAUSE_OF_ITS_OWN:
        return None
    return next(
        (
            c
            for c in cue.children
            if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.right_edge.i + 1 == clause.left_edge.i
        ),
        None,
    )
