"""Clauses a cue reports that the parse hung elsewhere.

After a phrase of time ("said after the convention he would …"), on the one told ("told the
meeting he would resign"), on the writing the words were in, past a reason given for
anonymity, read as a participle of the cue's object ("said the building dated from …"), or
on a verb above the cue past an aside ("continues to insist, in an interview, that …").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import Verb, lexicons
from newslens.analysis.syntax.cues import put_to
from newslens.analysis.syntax.hearers import a_hearer
from newslens.analysis.syntax.misread import main_verb_read_as_participle
from newslens.analysis.syntax.relatives import told_of_its_noun
from newslens.analysis.syntax.words import OBJECT_DEPS, SUBJECTS
from newslens.analysis.syntax.writings import THROUGH_A_MEDIUM, _handles_the_writing, _on_a_writing

if TYPE_CHECKING:
    from spacy.tokens import Token


# Nouns whose that-clause is their own content: "the idea that …", "no proof that …".
_CONTENT_NOUNS = frozenset(["idea", "fact", "notion", "possibility", "proof", "evidence", "view"])


def _misattached_clauses(cue: Token, verb: Verb, sentence_end: int) -> list[Token]:
    """A reported clause the parse took for something else after a phrase of time or place.

    "Trump said after the convention he would not accept …" (parsed as an adverbial
    clause) and "The Times reported at the time that the editor had …" (a relative
    clause of "time"; "told analysts on a call that demand had …", of "call"): a clause
    with a subject of its own, opened by nothing or by "that", right after the cue and its
    phrase, is what the cue reports. So is one the parse made relative to the one told
    ("told a tribunal that cracks appeared", "told the meeting he would resign"). The cue's
    sentence ends at ``sentence_end``.
    """
    doc = cue.doc
    for child in cue.rights:
        clause = None
        if _reduced_clause(child, verb) or _clause_read_as_modifier(child, verb):
            return [child]
        if child.dep_ == "advcl":
            clause = _past_a_reason_for_anonymity(child) or child
        elif child.dep_ in ("prep", "dative", "dobj"):
            # "told detectives that Keel had …", "wrote in a note to clients that …": the
            # that-clause hung on the one told or on the note.
            objects = (
                [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"]
            )
            told = verb.addressee and child.dep_ == "dobj" and _one_object(cue)
            # Not "dismissed the idea that …" nor "amid concerns that …": the noun's own
            # clause; but the one told has none ("told the inquest that the road was icy").
            hearer = told and a_hearer(child)
            # "put it to him that …": the clause parsed as the "it"'s
            put = child.lower_ == "it" and put_to(cue)
            hung = child.lower_ in ("in", "to") or hearer or put
            kinds = ("relcl", "acl") if hung else ("relcl",)
            objects = [o for o in objects if o.lemma_.lower() not in _CONTENT_NOUNS]
            clause = next((r for o in objects for r in o.rights if r.dep_ in kinds), None)
            written = (
                child.lower_ in THROUGH_A_MEDIUM and clause is not None and _on_a_writing(clause)
            )
            if clause is not None and not _opens_words(clause, told, hearer, written):
                # a true relative clause ("at the meeting that ended late"), or one saying
                # which writing the words were in: "in a letter that it sent to fans that …"
                clause = _that_clause(clause) if written else None
        if clause is None or clause.pos_ not in ("VERB", "AUX"):
            continue
        # "there" too: "put it to him that there had been no label"
        subjects = (*SUBJECTS, "expl")
        if not any(c.dep_ in subjects and c.lower_ != "that" for c in clause.children):
            continue
        if not _asks_when(clause) and any(
            (c.dep_ == "mark" and c.lower_ != "that") or c.tag_ == "WRB" for c in clause.lefts
        ):
            continue  # "if", "when", "because": a condition, a time or a reason, not words
        if any(t.text in (",", ";", ":", "—", "–") for t in doc[cue.i + 1 : clause.left_edge.i]):
            continue
        return [clause]
    elsewhere = _that_clause_on_the_subject(cue) or _that_clause_past_an_aside(cue, sentence_end)
    return [] if elsewhere is None else [elsewhere]


def _that_clause_on_the_subject(cue: Token) -> Token | None:
    """The that-clause after a sentence's verb that the parse read as a participle on its
    subject, and so hung on the subject: "An inquest heard from Dr Moss that the injuries
    were consistent with a fall" (:func:`main_verb_read_as_participle`)."""
    if not main_verb_read_as_participle(cue):
        return None
    return next(
        (
            r
            for r in cue.head.rights
            if r.i > cue.i
            and r.dep_ in ("acl", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)
            and any(c.dep_ in SUBJECTS for c in r.children)
        ),
        None,
    )


def _that_clause_past_an_aside(cue: Token, end: int) -> Token | None:
    """The that-clause right after an aside that follows the cue, which the parse hung on a
    verb the cue hangs on: "continues to insist, most recently in a radio interview, that he
    opposed the war" hangs "opposed" on "continues", not on "insist"; "went on to argue, in
    a long speech, that …" hangs the speech there too. The cue's sentence ends at ``end``."""
    doc = cue.doc
    opening = next((t.i for t in doc[cue.i + 1 : end] if t.text == ","), None)
    if opening is None or any(not cue.is_ancestor(t) for t in doc[cue.i + 1 : opening]):
        return None  # the cue's own phrase first: "insist to reporters, …"
    if any(c.dep_ == "xcomp" and c.i < opening for c in cue.children):
        return None  # "continues to insist, …": the words are the later verb's
    closing = next((t.i for t in doc[opening + 1 : end] if t.text == ","), None)
    if closing is None or closing + 1 >= len(doc) or closing == opening + 1:
        return None
    that = doc[closing + 1]
    clause = that.head
    if that.lower_ != "that" or that.dep_ != "mark" or clause.i < that.i:
        return None
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    # hung on a verb above the cue, though not as the clause that verb reports, or made the
    # verb the cue's clause hangs on ("The mayor continues to insist, …, that he opposed
    # it", parsed as "opposed" over "continues")
    hung_above = clause.dep_ != "ccomp" and clause.head != clause and clause.head.is_ancestor(cue)
    if not (hung_above or clause.is_ancestor(cue)):
        return None
    # the aside says when, where or how: it hangs on the cue or a verb above, nothing else
    above = {cue.i, *(t.i for t in cue.ancestors), *range(opening + 1, closing)}
    if any(t.head.i not in above for t in doc[opening + 1 : closing]):
        return None
    if not any(c.dep_ in SUBJECTS and c.lower_ != "that" for c in clause.children):
        return None
    return clause


def _reported_from_below(clause: Token, cue: Token) -> bool:
    """Whether a clause the parse hung on the cue before it holds the cue that reports the
    cue's own clause past an aside: "The mayor continues to insist, …, that he opposed it",
    parsed with "continues" under "opposed", is what the mayor insists, not what he opposed."""
    verbs = lexicons()[0]
    return clause.i < cue.i and any(
        t.lemma_.lower() in verbs and _that_clause_past_an_aside(t, t.sent.end) == cue
        for t in clause.subtree
    )


# Verbs that give leave to speak: "not authorised to discuss the talks" is no speech.
LEAVE_TO_SPEAK = frozenset(["authorise", "authorize", "allow", "permit", "empower"])


def _past_a_reason_for_anonymity(reason: Token) -> Token | None:
    """The that-clause ending a reason the cue gives for anonymity, which the parse hung on
    a word of the reason: "said on condition of anonymity because he was not authorised to
    speak to the press that the sides remained divided" reports what the sides did, not
    what he may speak of."""
    cue = reason.head
    if not any(
        m.dep_ == "mark" and m.lower_ in ("because", "as", "since") for m in reason.children
    ):
        return None
    if not any(t.lower_ == "anonymity" for t in cue.doc[cue.i : reason.i]):
        return None
    return next(
        (
            t
            for t in reason.subtree
            if t.right_edge == reason.right_edge
            and t.pos_ in ("VERB", "AUX")
            # its "that" read as a mark or as the object of a relative clause
            and t.left_edge.lower_ == "that"
            and any(c.dep_ in SUBJECTS and c.lower_ != "that" for c in t.children)
        ),
        None,
    )


def _asks_when(clause: Token) -> bool:
    """Whether a clause opened by "when" or "where" asks it, its verb under "would" or "will":
    "have not said when they would vote on it" (not "said when he arrived that …", a time)."""
    return clause.doc[clause.left_edge.i].tag_ == "WRB" and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children
    )


def _reduced_clause(thing: Token, verb: Verb) -> bool:
    """Whether the object of a verb that reports no object is the subject of the reported
    clause, whose verb the parse took for a participle after it: "said the building dated
    from the 1820s", "said the results held after the team allowed for age" (not "said the
    words spoken", which has nothing after the participle, nor "said a prayer written after
    the flood", whose verb has a form for the participle alone)."""
    if thing.dep_ != "dobj" or verb.reports_object:
        return False
    after = next((r for r in thing.rights if r.dep_ == "acl"), None)
    return (
        after is not None
        and after.tag_ in ("VBD", "VBN")
        and not _only_a_participle(after)
        and after.left_edge.i == thing.i + 1
        and any(c.dep_ in OBJECT_DEPS or _clause_of_its_own(c) for c in after.children)
        and not any(c.dep_ in SUBJECTS for c in after.children)
    )


def _only_a_participle(verb: Token) -> bool:
    """Whether a verb's form is a participle and never a past tense: "written", "spoken",
    "taken", a form ending in "n" of a verb whose plain form does not ("won" and "began" are
    the past tenses of "win" and "begin")."""
    return verb.lower_.endswith("n") and not verb.lemma_.lower().endswith("n")


def _clause_of_its_own(clause: Token) -> bool:
    """Whether a word is the verb of a clause opened by a conjunction and with a subject of
    its own: "after the team allowed for age", "until the rain stopped"."""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" for c in clause.children)
        and any(c.dep_ in SUBJECTS for c in clause.children)
    )


def _clause_read_as_modifier(thing: Token, verb: Verb) -> bool:
    """Whether the object of a verb that reports no object ends a reported clause whose verb,
    with its own subject and auxiliary, the parse took for a word describing that object:
    "said on Monday it had parted company with its coach", parsed as "said … company"."""
    if thing.dep_ != "dobj" or verb.reports_object:
        return False
    return any(
        c.dep_ == "amod"
        and c.pos_ == "VERB"
        and c.left_edge.i == thing.left_edge.i
        and any(s.dep_ in SUBJECTS for s in c.children)
        and any(a.dep_ == "aux" for a in c.children)
        for c in thing.lefts
    )


def _opens_words(clause: Token, told: bool, hearer: bool, written: bool) -> bool:
    """Whether a clause the parse made relative opens as reported words: with "that" before
    a subject of its own (the parse may take "that" for the subject, or, after the one
    ``told`` or the writing the words were ``written`` in, for the object), or, after the
    one ``told``, with no relative word and either a pronoun for its subject when the one
    told is a ``hearer`` ("told the meeting he would resign", "told the paper they had been
    sacked"; not "the meeting which he chaired", nor "told the story he had written") or no
    place left for the noun it follows (:func:`_no_gap`)."""
    children = list(clause.children)
    if any(c.lower_ == "that" and c.dep_ in ("advmod", "mark", "nsubj") for c in children):
        return True
    first = clause.doc[clause.left_edge.i]
    if first.lower_ == "that" and first.head.i != clause.i:
        # "on a call that he expected volumes to …": "that" hung on a verb below; not "the
        # plan that ministers say will cut costs", the plan's
        return not told_of_its_noun(clause)
    if told and first.lower_ == "that" and first.dep_ == "dobj":
        # "told an audience of developers that the company had spent four years …": "that"
        # taken for the object of a verb that has one of its own opens what was told (not
        # "told the story that her father had written")
        return any(c.dep_ == "dobj" and c.i != first.i for c in children)
    if written and first.lower_ == "that" and first.dep_ == "dobj":
        # "said in a letter to parents that Ms Ames had retired": "that" taken for the object
        # of a verb that does nothing to the letter (not "in a letter that the BBC has seen")
        return not _handles_the_writing(clause)
    relative = any(c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in children)
    if not told or relative:
        return False
    pronoun = any(c.dep_ in SUBJECTS and c.tag_ == "PRP" for c in children)
    return (hearer and pronoun) or _no_gap(clause)


def _no_gap(clause: Token) -> bool:
    """Whether a clause with no relative word leaves no place for the noun before it, so
    cannot describe it: a subject of its own, an object or complement of its own, no
    preposition left without one: "told the paper they had been given two days' notice"; not
    "told the story her father had written", nor "the story her father had told her", whose
    bare pronoun may be the first of two objects."""
    children = list(clause.children)
    if not any(c.dep_ in SUBJECTS and c.lower_ != "that" for c in children):
        return False
    if any(t.dep_ in ("prep", "agent") and not t.n_rights for t in clause.subtree):
        return False  # "the paper they wrote for"
    return any(
        (c.dep_ == "dobj" and c.pos_ != "PRON") or c.dep_ in ("attr", "acomp", "oprd")
        for c in children
    )


def _that_clause(verb: Token) -> Token | None:
    """The clause opened by "that" that the parse hung on a verb: "the ground would close"
    of "sent to fans that the ground would close"."""
    return next(
        (
            c
            for c in verb.rights
            if c.dep_ == "ccomp"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _one_object(cue: Token) -> bool:
    """Whether the cue has a single object: "told the IRS nothing it knew" has two, and the
    clause is then the second one's."""
    return sum(c.dep_ in ("dobj", "dative") for c in cue.children) == 1
