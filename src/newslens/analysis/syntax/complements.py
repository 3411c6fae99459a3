"""What a cue reports (:func:`complement`): token ranges of its words.

Which clause of the cue is its words: its clause or the infinitive it vows or urges, the clause
the parse hung it on, one the parse hung elsewhere or one before a cue that closes its sentence;
not what its subject did before it nor others' reports the parse hung on it
(:func:`others_reports`). Else the words around a cue the parse read as an aside, a view, the
clause or sentence before that its object points back to, its object or a passive's clause.
``clause_words``, ``parsed_asides`` and ``object_words`` give the words of each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import Verb, lexicons
from newslens.analysis.syntax.asides import _subject_around_aside, _words_around_aside
from newslens.analysis.syntax.clause_words import _words_of_the_clauses
from newslens.analysis.syntax.closing_cues import _clause_before_a_closing_cue
from newslens.analysis.syntax.edges import trimmed
from newslens.analysis.syntax.inherited import _headline_act_before
from newslens.analysis.syntax.misattached import _misattached_clauses, _reported_from_below
from newslens.analysis.syntax.misread import (
    _subject_after_conjunction,
    main_verb_read_as_participle,
)
from newslens.analysis.syntax.negation import is_negated
from newslens.analysis.syntax.object_words import (
    _object_words,
    _plea,
    _shortest_report,
    worth_read_as_a_clause,
)
from newslens.analysis.syntax.objects import (
    _points_back,
    judges,
    names_what_was_told,
    said_about,
    stood_for,
    taken_as,
)
from newslens.analysis.syntax.parsed_asides import _parsed_aside, _words_around_the_aside
from newslens.analysis.syntax.passives import _passive_clause, _passive_report
from newslens.analysis.syntax.relatives import (
    _done_to_its_noun,
    _relative_read_as_the_cues,
    _relative_read_as_words,
)
from newslens.analysis.syntax.spoken_about import spoken_about
from newslens.analysis.syntax.words import _FINITE, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


COMPLEMENTS = ("ccomp",)


# Verbs whose infinitive complement is what is reported: "vowed to fight", "urged X to …".
XCOMP_CUES = frozenset(
    [
        "promise",
        "pledge",
        "vow",
        "urge",
        "call",
        "threaten",
        "demand",
        "claim",
        "deny",
        "warn",
        "ask",
        "expect",
        "hope",
        "plan",
        "agree",
        "refuse",
        "offer",
        "propose",
        "decline",
        "decide",
        "seek",
        "aim",
        "intend",
        "vote",
    ]
)


def complement(cue: Token, in_quote: list[int], verb: Verb) -> list[tuple[int, int]]:
    """Token ranges [start, end) of what the cue reports: one, or two around the cue's clause."""
    doc = cue.doc
    sentence = cue.sent  # read once for all the rules: Token.sent walks the sentence
    subject_and_verb = _subject_around_aside(cue, in_quote, verb, sentence)
    if subject_and_verb is not None:
        return trimmed(doc, subject_and_verb, shortest=1)  # "Sales, the firm said, rose …"
    around = _words_around_aside(cue, in_quote, verb, sentence)
    if around is not None:
        return trimmed(doc, around)
    if _done_to_its_noun(cue):
        return []  # "the target it pledged to reach"
    plea = _plea(cue)
    if plea is not None:
        return plea
    clause_words = _clause_words(cue, verb, sentence)
    if clause_words is not None:
        return clause_words
    if _parsed_aside(cue, verb):
        return _words_around_the_aside(cue)
    view = (
        taken_as(cue, verb)
        or stood_for(cue, verb)
        or said_about(cue, verb)
        or spoken_about(cue, verb)
    )
    if view is not None:
        return trimmed(doc, [view], shortest=1)
    this = next((c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if verb.denies and this is not None and _points_back(this) and not judges(cue):
        return []  # "The minister denied this": what was said before is someone else's
    if this is not None and this.dep_ == "dobj" and names_what_was_told(verb, this):
        return []  # "confirmed the story": the story, told before, is not told here
    if this is not None and _bare_this(this):
        # "I think the minister knows that": what one knows or believes is no words of theirs;
        # "ruled that out", "played this down": what was said before is acted on, not said
        if (verb.mind and not verb.reports_object) or any(c.dep_ == "prt" for c in cue.children):
            return []
        return _what_this_stands_for(cue)
    object_words = _object_words(cue, verb)
    if object_words is not None:
        return object_words
    if verb.reports_object and _passive_report(cue, verb):
        start, end = _passive_clause(cue)
        if this is not None and end == this.right_edge.i + 1 and names_what_was_told(verb, this):
            return []  # "The deaths were confirmed by the coroner", as "confirmed the deaths"
        return trimmed(doc, [(start, end)], _shortest_report(doc[start], verb))
    return []


def _clause_words(cue: Token, verb: Verb, sentence: SpacySpan) -> list[tuple[int, int]] | None:
    """Token ranges of the words of the clause a cue reports in its ``sentence``, none when it
    denies saying the one before it, None when it reports no clause."""
    doc = cue.doc
    clauses = _clauses_on(cue)
    if not clauses and (head := _head_read_as_words(cue)) is not None:
        return trimmed(doc, [(cue.right_edge.i + 1, head.right_edge.i + 1)])
    if not clauses:
        clauses = _misattached_clauses(cue, verb, sentence.end)
    if verb.act or _next_in_turn(cue):
        # "The crowd cheered, then the president spoke": speaking names no words of its own,
        # and "then" makes what comes before it what happened first, however the parse
        # hung it; only what follows the cue can be its words
        clauses = [c for c in clauses if c.i > cue.i]
    elif not clauses and (heard := _clause_before_a_closing_cue(cue, sentence)) is not None:
        return trimmed(doc, [heard])
    if clauses and is_negated(cue) and all(c.i < cue.i for c in clauses):
        return []  # "She voted for Navarro; he would not say": he said nothing of it
    theirs = others_reports(cue, sentence)
    clauses = _its_own_clauses(cue, clauses, theirs)
    return _words_of_the_clauses(cue, clauses, verb, theirs) if clauses else None


def _clauses_on(cue: Token) -> list[Token]:
    """The clauses the parse hung on the cue that may be its words: its clause, the infinitive
    of a cue that vows or urges, a gerund read as its clause."""
    return [
        c
        for c in cue.children
        if (c.dep_ in COMPLEMENTS and not worth_read_as_a_clause(c))
        or (c.dep_ == "xcomp" and cue.lemma_.lower() in XCOMP_CUES and _finite(cue))
        # "a man who they say attacked a woman": what the relative did is what is said
        or (c.dep_ == "xcomp" and c.tag_ in _FINITE and _relative_read_as_the_cues(cue))
        or _gerund_subject_read_as_xcomp(c)
    ]


def _finite(cue: Token) -> bool:
    """Whether a cue is a clause's own verb, not a participle on a noun ("a man urged to
    stay"); so is one on a noun the parse made the sentence's root, after a name set
    beside it (:func:`main_verb_read_as_participle`)."""
    return cue.dep_ != "acl" or main_verb_read_as_participle(cue)


def _its_own_clauses(cue: Token, clauses: list[Token], theirs: dict[int, Token]) -> list[Token]:
    """The clauses that are the cue's words: not what its subject did before it, a report
    before a semicolon, a noun's relative clause, a clause reported from below the cue, nor
    another's report (``theirs``)."""
    act = _headline_act_before(cue)  # "Fed holds rates steady, signals …": what Fed did
    return [
        c
        for c in clauses
        if c != act
        and not _semicolon_between(c, cue)
        and not _relative_read_as_words(c)
        and not _reported_from_below(c, cue)
        and c.i not in theirs
        and not (c.i < cue.i and _closes_a_quote(c))
    ]


def _closes_a_quote(clause: Token) -> bool:
    """Whether a clause before the cue is another cue, closing a quote of its own: in
    "“You winning?” she said, but Kevin was drifting off, and … Melanie said yes", the parse
    hangs "she said, …" on "Melanie said", yet it only tells who asked."""
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECTS), None)
    return (
        subject is not None
        and subject.left_edge.i > 0
        and clause.doc[subject.left_edge.i - 1].tag_ == "''"
        and clause.lemma_.lower() in lexicons()[0]
    )


def _gerund_subject_read_as_xcomp(clause: Token) -> bool:
    """Whether a cue's xcomp is a gerund opening the reported clause as its subject, the
    clause's verb hung on it: "said making the film had been the hardest job", parsed as
    "said making" with "the film had been …" what the making holds."""
    return (
        clause.dep_ == "xcomp"
        and clause.tag_ == "VBG"
        and clause.i == clause.left_edge.i
        and any(c.dep_ == "ccomp" and c.i > clause.i for c in clause.children)
    )


def _semicolon_between(clause: Token, cue: Token) -> bool:
    """Whether a semicolon ends a clause before the cue: "Ukraine says …; Moscow reports
    downed drones" is two reports, the first none of Moscow's words."""
    doc = cue.doc
    return clause.i < cue.i and any(t.text == ";" for t in doc[clause.right_edge.i + 1 : cue.i])


def others_reports(cue: Token, sentence: SpacySpan) -> dict[int, Token]:
    """The reporting verbs after ``cue`` in its ``sentence`` that are another's report, which the
    parse hung on the cue or in its words, each with its subject: "said the inquiry was
    mishandled and Democrats accused …". The cue's words end at the "and" before it."""
    verbs = lexicons()[0]
    return {
        v.i: n
        for v in cue.doc[cue.i + 1 : sentence.end]
        if v.lemma_.lower() in verbs and (n := _subject_after_conjunction(v)) is not None
    }


# What a cue may carry besides its words when the parse hangs it on the clause it reports.
_CUE_ALONE = frozenset(["nsubj", "aux", "neg", "mark", "advmod", "npadvmod", "prep"])


def _next_in_turn(cue: Token) -> bool:
    """Whether "then" opens the cue's clause, before its subject: "…, then the president
    replied" tells what happened next; "…, the minister then added" closes her words."""
    who = next((c for c in cue.lefts if c.dep_ in SUBJECTS), None)
    return who is not None and any(
        c.dep_ == "advmod" and c.lower_ == "then" and c.i < who.i for c in cue.lefts
    )


def _head_read_as_words(cue: Token) -> Token | None:
    """The clause the parse hung the cue on, when that clause is the cue's words: "after he
    admitted under questioning he had not read the file" hangs "admitted" on "read", and
    reports "he had not read the file", not "under questioning". Only a clause whose subject
    comes right after the cue and its phrase, with no comma between."""
    head = cue.head
    if cue.dep_ != "advcl" or head.i < cue.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if not all(c.dep_ in _CUE_ALONE for c in cue.children):
        return None
    subject = next((c for c in head.lefts if c.dep_ in SUBJECTS), None)
    if subject is None or subject.left_edge.i != cue.right_edge.i + 1:
        return None
    return head


def _bare_this(this: Token) -> bool:
    """Whether the cue's object or passive subject is a bare "this" or "that", standing for
    what was said before: "This was revealed by …", "Peskov said this"; not "the story that
    her father had written", whose "that" is the story."""
    return (
        this.lower_ in ("this", "that") and this.tag_ != "WDT" and this.n_lefts + this.n_rights == 0
    )


def _what_this_stands_for(cue: Token) -> list[tuple[int, int]]:
    """Token range of what a bare "this" object points back to: the clause before the cue's
    own in its sentence, else the sentence before the cue's, in the same paragraph."""
    doc, sent = cue.doc, cue.sent
    end = _end_of_the_clause_before(cue)
    if end is not None:
        return trimmed(doc, [(sent.start, end)])
    if sent.start > 0 and "\n" not in doc[sent.start - 1].text:
        before = doc[sent.start - 1].sent
        return trimmed(doc, [(before.start, before.end)])
    return []


def _end_of_the_clause_before(cue: Token) -> int | None:
    """Where a clause before the cue's own in its sentence ends, when a semicolon, a dash or
    a conjunction joins them: "Prices fell; the minister admits this", "Prices fell, and
    …"; None when only a comma parts them ("In May, the minister admitted this")."""
    doc, sent = cue.doc, cue.sent
    who = next((c for c in cue.lefts if c.dep_ in SUBJECTS), None)
    if who is None:
        return None
    end = start = who.left_edge.i
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    joined = any(t.dep_ == "cc" or t.tag_ == ":" for t in doc[end:start])
    if not joined or not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : end]):
        return None
    return end
