"""Whose act a verb joined to a report is: the speaker's, or the reported clause's.

"said the plan was rushed and warned that …", ", but refused to give a date": the speaker's;
"said the committee met and agreed that …": the committee's. The tense of a verb, which tells
them apart, and the reporting verbs joined on with a subject of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicons
from newslens.analysis.speakers import could_speak
from newslens.analysis.syntax.words import SUBJECTS, to_infinitive
from newslens.analysis.syntax.writings import said_through

if TYPE_CHECKING:
    from spacy.tokens import Token


def _report_joined_on(conj: Token) -> bool:
    """Whether a conjunct is a report with no subject of its own after ", and" or ", but":
    "added" of "…, the agency said, and added that …", the speaker's next report."""
    reporting = lexicons()[0].get(conj.lemma_.lower())
    return (
        conj.dep_ == "conj"
        and reporting is not None
        and not reporting.mind
        and _after_comma_and(conj)
        and not any(c.dep_ in SUBJECTS for c in conj.children)
    )


def _aside_cue_between(conj: Token) -> Token | None:
    """The cue of an aside set between a clause and a report joined to it: the parse may
    join "added" of "Prices rose, the agency said, and added that …" to "rose", but prices
    add nothing, and it is the agency that added (if the report is in the aside's tense).
    A clause whose subject can speak keeps it: in "The mayor resigned, aides said, and
    thanked voters" the mayor thanked them."""
    if not _report_joined_on(conj) or any(
        could_speak(c) for c in conj.head.children if c.dep_ in SUBJECTS
    ):
        return None
    return next(
        (
            aside
            for aside in conj.head.children
            if aside.dep_ == "parataxis"
            and conj.head.i < aside.i < conj.i
            and _tense(aside) == _tense(conj)
            and _reports_of_its_own(aside)
        ),
        None,
    )


def _reporter_of(clause: Token) -> Token | None:
    """The verb a clause is the words of: "said" of "said that …", and of "said in a
    statement that …", whose clause the parse may hang on the statement."""
    if clause.dep_ == "ccomp":
        return clause.head
    reporter = said_through(clause.head)
    if (
        clause.dep_ == "acl"
        and any(c.dep_ in SUBJECTS for c in clause.children)
        and reporter is not None
        and reporter.pos_ == "VERB"
    ):
        return reporter
    return None


def _closing_participle(verb: Token) -> bool:
    """Whether a participle after a comma closes the sentence of a reported clause:
    "said the city should scrap the fares, calling it a “tax on workers”" is the speaker
    calling it so, whatever the parse hung "calling" on."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False  # asked of every word below a clause: its edges only for a participle's
    doc = verb.doc
    start = verb.left_edge.i
    return (
        start > 0
        and doc[start - 1].text == ","
        and all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1 : verb.sent.end])
    )


def _speakers_act(conj: Token, cue: Token) -> bool:
    """Whether a conjunct the parse hung on the cue's reported clause is the speaker's act.

    ", but did not say when", ", but refused to give a date": after a comma and a
    conjunction, without a subject of its own, in the cue's tense and not the clause's; or
    a verb that cannot share the clause's subject or modal, or that follows the words the
    clause quotes, whatever its tense; not one spelt as the bare form the clause's modal takes.
    """
    tense = _tense(conj) or _past_read_as_bare(conj)
    return (
        conj.dep_ == "conj"
        and not any(c.dep_ in SUBJECTS for c in conj.children)
        and tense is not None
        and _tense(cue) == tense
        and (
            (
                (_after_comma_and(conj) or _reports_words(conj))
                and _tense(conj.head) not in (None, tense)
            )
            or (
                (_mute_clause(conj) or _after_modal(conj) or _after_quoted_words(conj))
                and not _bare_after_modal(conj)
            )
        )
    )


# The modals a past report turns "will", "can" and "may" into.
_BACKSHIFTED = frozenset(["would", "could", "might"])


def backshifted(conj: Token) -> bool:
    """Whether a conjunct with no subject of its own goes on with a past report's words in
    the modal the report turns "will" into, wherever the parse hung it: 'said it was
    "bitterly disappointed" and would seek talks' is what the union said it would do; the
    writer's own "and will seek talks", or "and gave no details", is not."""
    return not any(c.dep_ in SUBJECTS for c in conj.children) and any(
        c.dep_ == "aux" and c.lower_ in _BACKSHIFTED for c in conj.lefts
    )


def _after_quoted_words(conj: Token) -> bool:
    """Whether a conjunct follows the closing mark of words the clause quotes, with only its
    conjunction between: 'said the delegation had "a clear mandate" but gave no details' —
    the quote closes the words, and the act after it is the speaker's."""
    doc = conj.doc
    before = conj.left_edge.i - 1
    if before >= 0 and doc[before].dep_ == "cc":
        before -= 1
    return before >= 0 and doc[before].tag_ == "''"


def _after_modal(conj: Token) -> bool:
    """Whether a finite verb is joined to a clause that a modal governs, which it cannot
    share: "said members should attend and called for a vote" — no one "should called", so
    it is the speaker who called."""
    return conj.tag_ in ("VBD", "VBZ") and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in conj.head.children
    )


def _bare_after_modal(conj: Token) -> bool:
    """Whether a verb the tagger read as a past is spelt as its bare form, joined to a clause
    a modal governs, and so shares the modal: 'said it would "cut hours" and put staff on
    notice' is what it would do ("put", "set" and "cut" are past and bare alike)."""
    return conj.lower_ == conj.lemma_.lower() and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in conj.head.children
    )


def _mute_clause(conj: Token) -> bool:
    """Whether a reporting verb joined to a reported clause cannot share its subject:
    "said the plan was rushed and warned that …" — a plan warns no one, so the speaker
    warned; "said the committee met and agreed that …" is the committee's agreeing. A
    passive one is done to the clause's subject, whatever it is: "said two men had been
    arrested and were being questioned"."""
    if conj.lemma_.lower() not in lexicons()[0]:
        return False
    if any(c.dep_ == "auxpass" for c in conj.children):
        return False
    clause_subject = next((c for c in conj.head.children if c.dep_ in SUBJECTS), None)
    return clause_subject is not None and not could_speak(clause_subject)


def _reports_of_its_own(verb: Token) -> bool:
    """Whether a verb reports words with a subject of its own: "Avery said", "the union
    called it a cut"; not one of mind ("and its figures show wages fell", "and drivers should
    expect delays" go on with the words)."""
    reporting = lexicons()[0].get(verb.lemma_.lower())
    return (
        reporting is not None
        and not reporting.mind
        and verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ in SUBJECTS for c in verb.children)
    )


def _tense(verb: Token) -> str | None:
    """Past, present or past perfect, from the verb or the first auxiliary that carries it.

    The past perfect tells a reported clause ("the council had never looked") from the
    reporter's past ("…, and accused it of …").
    """
    for token in [*(c for c in verb.lefts if c.dep_ in ("aux", "auxpass")), verb]:
        if token.tag_ == "VBD":
            return "past perfect" if token.lemma_ == "have" and token.i != verb.i else "past"
        if token.tag_ in ("VBZ", "VBP"):
            return "present"
    return None


def _past_read_as_bare(conj: Token) -> str | None:
    """ "past" for a verb whose past is its bare form ("cut", "put", "set"), which the tagger
    read as bare though nothing before it could take one: in 'said the fall was "smaller
    than feared" but cut its target' no "to" or modal comes before "cut", and the verb it is
    joined to is in the past."""
    if conj.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass") for c in conj.children):
        return None
    return "past" if conj.head.tag_ == "VBD" else None


def _after_comma_and(conj: Token) -> bool:
    """Whether a conjunct follows a comma and a conjunction: ", but refused …".

    The comma sets it apart from the clause before ("was born in Ohio and was raised
    there" goes on with the same subject).
    """
    i = conj.left_edge.i
    doc = conj.doc
    return i >= 2 and doc[i - 1].dep_ == "cc" and doc[i - 2].text == ","


def _reports_words(conj: Token) -> bool:
    """Whether a conjunct is a reporting verb with words of its own: "acknowledged that …
    had been disrupted but insisted that …" needs no comma to be the speaker's act, nor does
    bidding someone act: "had worked and urged the government to extend it", "called on
    ministers to …" (not "had met and agreed to cut fees", which binds no one else)."""
    reporting = lexicons()[0].get(conj.lemma_.lower())
    if reporting is None:
        return False
    children = list(conj.children)
    if any(c.dep_ == "ccomp" for c in children):
        return True
    return (
        not reporting.mind
        and any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on") for c in children)
        and any(c.dep_ == "xcomp" and to_infinitive(c) for c in children)
    )
