"""Cues whose words no one is reported to have said: an answer named but not given ("to tell
worried parents whether a rash needs a doctor"), a speaker only supposed ("Anyone who says
the bridge is safe …"), words an "if" supposes ("If we want people to stay"), a wish that only
picks out whom a noun means ("Residents who want to object have until Friday"), and the writer's
own turns of phrase ("as far as I can tell", "It is worth noting that", "assuming that the
budget holds")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicon
from newslens.analysis.speakers import RELATIVES, could_speak
from newslens.analysis.syntax.negation import is_negated, undone_by
from newslens.analysis.syntax.words import SUBJECTS, to_infinitive

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


def a_wish_that_picks_out_whom(cue: Token) -> bool:
    """Whether a verb of intent with only an act to do is a "who" clause that picks out whom
    its noun means: "Residents who want to object have until Friday", "those who hope to
    speak must register". Set off by a comma it tells what someone wants ("The minister, who
    wants to cut taxes, …"), and a wish that holds a clause is reported ("who hope that …")."""
    # "Shoppers who plan to travel should …" may be parsed as a clause subject
    if cue.dep_ not in ("relcl", "csubj") or not any(
        c.dep_ == "xcomp" and to_infinitive(c) for c in cue.children
    ):
        return False
    verb = lexicon().get(cue.lemma_.lower())
    if verb is None or not verb.mind:
        return False
    # a "that" or "which" clause on a body tells its intent: "a super PAC that intends to …"
    who = next((c for c in cue.children if c.lower_ == "who" and c.i < cue.i), None)
    return who is not None and (who.i == 0 or cue.doc[who.i - 1].text != ",")


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


def supposed_by_an_if(cue: Token) -> bool:
    """Whether what a cue says is only supposed, by an "if" on it: "If we want people to
    stay, …", "I would go back if I believed the job could be done" ("unless it wants to …"
    says what it does not want, short of that)."""
    return any(c.dep_ == "mark" and c.lower_ == "if" for c in cue.children)


def hedges_how_far(cue: Token) -> bool:
    """Whether a verb hedges how far the writer's words go: "as far as I can tell", "as far
    as we know" say how much someone knows, not what."""
    marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
    return marked and cue.dep_ == "advcl" and cue.head.lower_ == "far"


# Participles that open the writer's condition: "assuming that the budget holds, …".
SUPPOSING_PARTICIPLES = frozenset(["assume", "suppose", "presume"])


def the_writers_own_turn(cue: Token) -> bool:
    """Whether a cue is the writer's own turn of phrase: "It is worth noting that …", and
    "assuming that the budget holds" with what will or would be, or with no one who could
    assume it: a condition; "The mayor left, assuming that the line was finished" is her
    belief."""
    if cue.dep_ == "xcomp" and cue.head.lower_ == "worth":
        return True
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "conj"):
        return False
    if cue.lemma_.lower() not in SUPPOSING_PARTICIPLES:
        return False
    if any(c.dep_ in SUBJECTS for c in cue.children):
        return False
    # "For starters, and assuming that …, we would know": up past the words it hangs on
    verb = cue.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # "there are economists who …, assuming that …": no one there to assume it
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or not could_speak(subject):
        return True
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
