"""A passive report: whether a passive reporting verb reports its own clause ("the plan was
called a waste", "a curfew was announced"; not "he was asked", nor "yields were forecast at 37
bushels an acre"), and which words that clause is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.syntax.negation import is_negated
from newslens.analysis.syntax.objects import CHARGES, _points_back

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslens.analysis.lexicon import Verb


# Verbs whose passive subject is the one spoken to, let in or given something, or what was
# answered, not what is said: "he was asked", "was admitted to hospital", "were offered jobs".
_PASSIVE_NOT_SAID = frozenset(["ask", "thank", "welcome", "offer", "admit", "answer"])


def _passive_report(cue: Token, verb: Verb) -> bool:
    """Whether a passive reporting verb reports its own clause: "the plan was called a
    waste", "he was accused of lying", "a curfew was announced" (not "he was asked", nor "is
    expected to testify", a plan)."""
    deps = [c.dep_ for c in cue.children]
    if "nsubjpass" not in deps or "auxpass" not in deps or "ccomp" in deps or "xcomp" in deps:
        return False
    if verb.addressee or verb.mind or verb.object_must:
        return False  # "was told", "is expected to …", "was attacked"
    if verb.denies and not _a_charge_denied(cue):
        return False  # "the proposal was rejected"
    if cue.lemma_.lower() in _PASSIVE_NOT_SAID:
        return False
    if cue.dep_ in ("relcl", "acl") or any(c.tag_ == "TO" for c in cue.lefts):
        return False  # "the rules, which were announced …", "a question to be answered"
    if _only_named(cue):
        return False
    done_to = next(c for c in cue.children if c.dep_ == "nsubjpass")
    return not is_negated(cue) and not _points_back(done_to) and not _put_at_a_figure(cue)


def _only_named(cue: Token) -> bool:
    """Whether a passive "call" gives its subject a name and no one calls it so: "Your new
    book is called Comfort", "the bridge is called the Jubilee Link" (not "the plan was
    called a waste", nor "is called Project Fear by its critics")."""
    if cue.lemma_.lower() != "call":
        return False
    named = next((c for c in cue.children if c.dep_ == "oprd"), None)
    return (
        named is not None
        and named.tag_ == "NNP"
        and not any(t.dep_ == "agent" or t.lower_ == "by" for t in cue.subtree)
    )


def _a_charge_denied(cue: Token) -> bool:
    """Whether a passive "deny" has a charge for its subject and who denied it after "by":
    "The charges were denied by both men" is their plea, as "Both men denied the charges"
    is (not "He was denied bail", withheld, nor "the charges were denied", no one's)."""
    done_to = next(c for c in cue.children if c.dep_ == "nsubjpass")
    return (
        cue.lemma_.lower() == "deny"
        and done_to.lemma_.lower() in CHARGES
        and any(c.dep_ == "agent" for c in cue.children)
    )


def _put_at_a_figure(cue: Token) -> bool:
    """Whether a passive verb sets its subject at a figure: "yields were forecast at 37
    bushels an acre" gives a number, not anyone's words."""
    at = next((c for c in cue.rights if c.dep_ == "prep"), None)
    if at is None or at.lower_ != "at":
        return False
    return any(t.like_num or t.ent_type_ in ("MONEY", "QUANTITY", "PERCENT") for t in at.subtree)


# Tags of a word opening the reporter's aside after a comma: "with", "killing", "which".
_ASIDE_TAGS = frozenset(["IN", "VBG", "WDT", "WP", "WRB"])


# Prepositions of where, when or in what words were said, not how long what they tell of
# lasts: "was confirmed on Monday", "was reported in the Post", not "was announced from
# midnight to 6am".
_WHERE_SAID = frozenset(["in", "at", "on", "during", "after", "before", "via", "through"])


def _passive_clause(cue: Token) -> tuple[int, int]:
    """The clause of a passive report, from its subject up to the one who said it or a
    comma: "[the plan was called a waste] by engineers", "[they were blamed for it], with
    …"; only what follows "accused of" and the like: "he was accused of [lying]"; only the
    subject when nothing is said of it after the verb: "[His views] were echoed by experts"."""
    doc = cue.doc
    done_to = next(c for c in cue.children if c.dep_ == "nsubjpass")
    end = cue.i + 1
    said = False  # whether anything after the verb says something of the subject
    for child in cue.rights:
        if child.dep_ in ("agent", "conj", "cc", "punct") or doc[child.left_edge.i - 1].text == ",":
            break
        end = child.right_edge.i + 1
        said = said or not (
            child.dep_ in ("advmod", "npadvmod")
            or (child.dep_ == "prep" and child.lower_ in _WHERE_SAID)
        )
    # However deep the parse hung it, such an aside is no part of the report: "…, killing 40".
    aside = next(
        (
            t.i
            for t in doc[cue.i + 1 : end - 1]
            if t.text == "," and doc[t.i + 1].tag_ in _ASIDE_TAGS
        ),
        end,
    )
    of = doc[cue.i + 1] if cue.i + 1 < end else None
    if of is not None and of.lower_ == "of" and of.head.i == cue.i and of.n_rights:
        # "[she] has been accused of [breaking a promise]": what she is said to have done
        # is the words, not she nor the accusing
        return of.i + 1, aside
    if not said:
        # "[His views] were echoed by experts", "[the deaths] were confirmed on Monday": with
        # nothing said of it after the verb, what was echoed or confirmed is the words
        return done_to.left_edge.i, done_to.right_edge.i + 1
    return done_to.left_edge.i, aside
