"""Cues whose words no one is reported to have said: an answer named but not given ("to tell
worried parents whether a rash needs a doctor") and a speaker only supposed ("Anyone who says
the bridge is safe …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.speakers import RELATIVES
from newslens.analysis.syntax.negation import is_negated, undone_by

if TYPE_CHECKING:
    from spacy.tokens import Token

# Marks of a question whose answer a verb of telling may name without giving it.
_QUESTION_MARKS = frozenset(["whether", "if"])


def tells_no_answer(cue: Token) -> bool:
    """Whether "tell" or "say" names the answer to a question without giving it: "they tell
    worried parents whether a rash needs a doctor", "too soon to tell whether it worked".
    An answer held back is still reported ("would not say whether", "declined to say
    whether", "unable to say whether"), as is a question ("Did she say whether …?")."""
    if cue.lemma_.lower() not in ("tell", "say"):
        return False
    if not any(
        c.dep_ == "ccomp"
        and any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in c.children)
        for c in cue.children
    ):
        return False
    if undone_by(cue) is not None or any(is_negated(v) for v in (cue, *cue.ancestors)):
        return False
    if any(a.lower_ == "unable" for a in cue.ancestors):
        return False
    return cue.sent[-1].text != "?"


# Pronouns for whoever might be: "anyone who says …" supposes a speaker, as an "if" does.
_ANY_ONE = frozenset(["anyone", "anybody", "whoever", "whomever"])


def said_by_anyone(cue: Token) -> bool:
    """Whether a cue's speaker is only supposed, anyone at all or a "who" for anyone: "Anyone
    who says the bridge is safe has not seen it", "for anyone who needs a doctor, or who wants
    to ask a question"; "Everyone who spoke said …" reports them."""
    verb = cue  # "who wants to ask a question": the subject of the verb "ask" hangs on
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ == "xcomp":
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in _ANY_ONE:
        return True
    if subject.lower_ not in RELATIVES:
        return False
    if verb.dep_ == "relcl":
        return verb.head.lower_ in _ANY_ONE
    # "…, or who wants to ask a question": a second "who" the parse cut from its noun is the
    # first one's
    doc = cue.doc
    joined = subject.i > 0 and doc[subject.i - 1].dep_ == "cc"
    if not joined:
        return False
    first = next(
        (
            t
            for t in reversed(doc[max(subject.i - 20, 0) : subject.i - 1])
            if t.lower_ == subject.lower_ and t.head.dep_ == "relcl"
        ),
        None,
    )
    return first is not None and first.head.head.lower_ in _ANY_ONE
