"""What a cue reports (:func:`complement`): token ranges of its words.

Its clause or the infinitive it vows or urges, a relative's clause ("which the union says is
…"), the words before a cue that closes its sentence, the words around an aside, its object or
a passive's clause; whom it bids (:func:`bidden`) and others' reports the parse hung on it
(:func:`others_reports`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import Verb, lexicons
from newslens.analysis.syntax.asides import (
    _before_someone_elses,
    _before_speakers_participle,
    _subject_around_aside,
    _verbless_tail,
    _words_around_aside,
    _words_going_on,
)
from newslens.analysis.syntax.cues import _clause_before_a_closing_cue
from newslens.analysis.syntax.edges import trimmed
from newslens.analysis.syntax.ends import (
    _before_summary,
    _closing_report,
    _elliptic_end,
    _past_a_stranded_particle,
    _past_bare_conjuncts,
    before_their_report,
    reported_end,
)
from newslens.analysis.syntax.inherited import _headline_act_before
from newslens.analysis.syntax.joined_words import (
    _more_of_the_same,
    _object_of_its_relative,
    _source_of_the_object,
)
from newslens.analysis.syntax.misattached import _misattached_clauses, _reported_from_below
from newslens.analysis.syntax.misread import _subject_after_conjunction
from newslens.analysis.syntax.negation import is_negated
from newslens.analysis.syntax.objects import (
    _LEAD_IN_PREPOSITIONS,
    _TOPIC_PREPOSITIONS,
    _a_hearer,
    _object_reported,
    _only_whom_told,
    _passive_clause,
    _passive_report,
    _points_back,
    _reported_start,
    _setting,
    _topic_of_the_one_told,
    judges,
    others_words,
    stood_for,
    taken_as,
)
from newslens.analysis.syntax.words import (
    _FINITE,
    _NOUNS,
    _WHEN_ENTITIES,
    OBJECT_DEPS,
    SUBJECTS,
    object_of,
)

if TYPE_CHECKING:
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


def _semicolon_between(clause: Token, cue: Token) -> bool:
    """Whether a semicolon ends a clause before the cue: "Ukraine says …; Moscow reports
    downed drones" is two reports, the first none of Moscow's words."""
    doc = cue.doc
    return clause.i < cue.i and any(t.text == ";" for t in doc[clause.right_edge.i + 1 : cue.i])


def complement(cue: Token, in_quote: list[int], verb: Verb) -> list[tuple[int, int]]:
    """Token ranges [start, end) of what the cue reports: one, or two around the cue's clause."""
    doc = cue.doc
    subject_and_verb = _subject_around_aside(cue, in_quote, verb)
    if subject_and_verb is not None:
        return trimmed(doc, subject_and_verb, shortest=1)  # "Sales, the firm said, rose …"
    around = _words_around_aside(cue, in_quote, verb)
    if around is not None:
        return trimmed(doc, around)
    clauses = [
        c
        for c in cue.children
        if c.dep_ in COMPLEMENTS
        or (c.dep_ == "xcomp" and cue.lemma_.lower() in XCOMP_CUES and cue.dep_ != "acl")
        # "a man who they say attacked a woman": what the relative did is what is said
        or (c.dep_ == "xcomp" and c.tag_ in _FINITE and _relative_read_as_the_cues(cue))
        or _gerund_subject_read_as_xcomp(c)
    ]
    if not clauses and (head := _head_read_as_words(cue)) is not None:
        return trimmed(doc, [(cue.right_edge.i + 1, head.right_edge.i + 1)])
    if not clauses:
        clauses = _misattached_clauses(cue, verb)
    if verb.act or _next_in_turn(cue):
        # "The crowd cheered, then the president spoke": speaking names no words of its own,
        # and "then" makes what comes before it what happened first, however the parse
        # hung it; only what follows the cue can be its words
        clauses = [c for c in clauses if c.i > cue.i]
    elif not clauses and (heard := _clause_before_a_closing_cue(cue)) is not None:
        return trimmed(doc, [heard])
    if clauses and is_negated(cue) and all(c.i < cue.i for c in clauses):
        return []  # "She voted for Navarro; he would not say": he said nothing of it
    act = _headline_act_before(cue)  # "Fed holds rates steady, signals …": what Fed did
    theirs = others_reports(cue)
    clauses = [
        c
        for c in clauses
        if c != act
        and not _semicolon_between(c, cue)
        and not _relative_read_as_words(c)
        and not _reported_from_below(c, cue)
        and c.i not in theirs
    ]
    if clauses:
        # What follows the verb is what it reports ("…; the team says she will …"); clauses
        # before it only when nothing follows ("The economy is growing, he said").
        after = [c for c in clauses if c.i > cue.i] or clauses
        end = _past_a_stranded_particle(cue, _elliptic_end(cue, reported_end(cue, after[-1])))
        # "said the results fit, and that there was “no downside”": a second that-clause
        # or question the parse hung on the cue is said too.
        more = _more_of_the_same(cue, after[-1])
        if more and end == after[-1].right_edge.i + 1:
            end = _before_summary(more[-1])
        if end == after[-1].right_edge.i + 1:
            end = _past_bare_conjuncts(cue, after[-1], end)
        end = min([end] + [n.left_edge.i - 1 for n in theirs.values() if cue.i < n.i < end])
        start = after[0].left_edge.i if verb.reports_object else _subject_start(cue, after[0])
        # "cited remarks Trump had made": the remarks too; not "told the forum he was …",
        # whom it was told
        described = (
            _object_of_its_relative(cue, after[0])
            if verb.reports_object and not verb.addressee
            else None
        )
        if described is not None:
            start = described.left_edge.i
        bidden_one = bidden(cue, after[0])
        if bidden_one is not None:
            start = bidden_one.left_edge.i
        relative = _relative_subject(cue, after[0])
        if relative is not None:
            # "a 4.5% rise, which the union says is below inflation": what the union says is
            # the rise, then what follows its verb; not "which the union says".
            antecedent = cue.head
            return trimmed(doc, [(antecedent.left_edge.i, relative.i), (cue.i + 1, end)])
        going_on = _words_going_on(cue, after[-1]) if after[-1].i < cue.i else None
        if going_on is not None:
            # "Prices rose in May, the agency said on Tuesday, and wages fell": both clauses
            conjunction = going_on.left_edge.i - 1
            return trimmed(doc, [(start, end), (conjunction, going_on.right_edge.i + 1)])
        return trimmed(doc, [(start, end)])
    # "as his adviser pointed out" and "as Varley told reporters" report the clause around
    # it; "as unions reject the pay offer", "as critics accused ministers of …" and "as she
    # called for a recount" have an object of their own, and "as the minister spoke" only
    # says when.
    as_said = (
        cue.dep_ == "advcl"
        and not verb.act
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and (
            not any(
                (c.dep_ == "dobj" and c.lower_ != "it") or _led_in(c, verb) for c in cue.children
            )
            or _only_whom_told(cue, verb)
        )
    )
    aside = cue.dep_ in ("parataxis", "appos") or as_said
    if aside and any(c.dep_ == "nsubj" for c in cue.children):
        # "…, as his adviser pointed out, …" reports the clause around it just the same.
        # "The economy, officials said, is growing": the cue's clause interrupts the words;
        # "Business, Marchetti admits, is better" too, though the parse hangs it on "Business".
        head = cue.sent.root if cue.dep_ == "appos" else cue.head
        if _verbless_tail(head, cue):
            # "A gust of 91mph was recorded, the Met Office said, the highest so far": the
            # parse hangs the cue on the phrase after it, but the words are the clause before
            head = head.head
        while head.dep_ == "advcl" and head.i < cue.i and head.head.i != head.i:
            head = head.head  # "Though it went well, he said, the next will not": all of it
        start, end = head.left_edge.i, head.right_edge.i + 1
        lo, hi = cue.left_edge.i, cue.right_edge.i + 1
        going_on = _words_going_on(cue, head)
        if going_on is not None:
            # "Prices rose, officials said, and wages fell", the parse hanging "fell" on "said"
            hi, end = going_on.left_edge.i - 1, max(end, going_on.right_edge.i + 1)
        end = _before_speakers_participle(head, hi, end)
        end = _before_someone_elses(head, hi, end)
        if head.i < lo or head.i >= hi:
            # "Sales, Cole said, are up": one noun before the cue is words all the same.
            parts = trimmed(doc, [(start, lo), (hi, end)], shortest=1)
            return [(a, b) for a, b in parts if b - a > 1 or doc[a].pos_ in _NOUNS]
        return []
    view = taken_as(cue, verb) or stood_for(cue, verb)
    if view is not None:
        return trimmed(doc, [view], shortest=1)
    this = next((c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if verb.denies and this is not None and _points_back(this) and not judges(cue):
        return []  # "The minister denied this": what was said before is someone else's
    if (
        this is not None
        and this.lower_ in ("this", "that")
        and this.tag_ != "WDT"
        and this.n_lefts + this.n_rights == 0
    ):
        # "This was revealed by …", "Peskov said this": the sentence before is what was said;
        # not "the story that her father had written", whose "that" is the story.
        sent = cue.sent
        if sent.start > 0 and "\n" not in doc[sent.start - 1].text:
            before = doc[sent.start - 1].sent
            return trimmed(doc, [(before.start, before.end)])
        return []
    # "did not confirm this information" and "did not respond to requests" report no words:
    # the object is what others asked or said; "would not tell police anything" tells no one
    # anything. "did not support X" is a position, and "did not mention the deal" or "does
    # not want a recount" are the speaker's, denied.
    denied = is_negated(cue) and (verb.addressee or cue.lemma_.lower() in _NO_WORDS_WHEN_DENIED)
    if verb.reports_object and _active_finite(cue) and not denied and not _relativised(cue):
        objects = [
            c
            for c in cue.rights
            if (c.dep_ in OBJECT_DEPS and (not _setting(c) or _source_of_the_object(c)))
            or _bid_read_as_purpose(cue, c, verb)
        ]
        if objects and objects[0].i == cue.i + 1 and _report_read_as_a_naming(cue):
            objects = objects[1:]  # the day, read as the name given
        if objects and others_words(objects[0]):
            return []  # "The paper published his claim that …": his words, the noun's cue
        if objects and _object_reported(cue, objects, verb):
            closing = _closing_report(objects[-1])
            last = before_their_report(objects[-1]) if closing is None else closing.left_edge.i - 1
            if closing is None:
                last = _past_bare_conjuncts(cue, objects[-1], last)
                asked = _more_of_the_same(cue, objects[-1])
                if asked and last == objects[-1].right_edge.i + 1:
                    last = _before_summary(asked[-1])
            end = _elliptic_end(cue, last)
            # "told Reuters the depot supplied fuel", its clause misread as a second object,
            # "told the jury the car was speeding", and "warned the council about a blocked
            # culvert": the one told is not the words
            deps = [o.dep_ for o in objects[:2]]
            told = verb.addressee and (
                (deps == ["dobj", "dobj"] and objects[0].pos_ in ("PROPN", "PRON"))
                or (
                    deps == ["dobj", "prep"]
                    and objects[1].lower_ in _TOPIC_PREPOSITIONS
                    and _a_hearer(objects[0])
                )
                or (
                    deps == ["dobj", "xcomp"]
                    and _a_hearer(objects[0])
                    and any(t.dep_ in SUBJECTS for t in doc[objects[1].left_edge.i : objects[1].i])
                )  # not "told his advisers to act": an order, whom it was given to with it
            )
            first = objects[1] if told else _topic_of_the_one_told(objects[0], verb)
            start = _reported_start(first)
            return trimmed(doc, [(start, end)], _shortest_report(doc[start], verb))
    if verb.reports_object and _passive_report(cue, verb):
        start, end = _passive_clause(cue)
        return trimmed(doc, [(start, end)], _shortest_report(doc[start], verb))
    return []


def _bid_read_as_purpose(cue: Token, clause: Token, verb: Verb) -> bool:
    """Whether an infinitive the parse hung on a telling verb as its purpose is what the one
    told was bid to do: "tells his supporters at a rally to vote early", the place between
    making the parse read "to vote" as why he tells them. After a comma it is a purpose:
    "told reporters the plan, to calm fears"."""
    if not verb.addressee or clause.dep_ != "advcl" or clause.tag_ != "VB" or clause.i < cue.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.lefts):
        return False
    if any(c.dep_ in (*SUBJECTS, "mark") for c in clause.children):
        return False
    told = next((c for c in cue.rights if c.dep_ == "dobj" and c.i < clause.i), None)
    if told is None or not _a_hearer(told):
        return False
    return not any(t.text == "," for t in cue.doc[told.i : clause.left_edge.i])


def _shortest_report(first: Token, verb: Verb) -> int:
    """The fewest words a verb's object may be reported in: one name is the side taken ("Cruz
    endorsed Trump", "criticised Ruiz in a tweet", "Trump was endorsed by Cruz"), else two."""
    return 1 if verb.side and first.pos_ == "PROPN" else 2


# Prepositions that bring in a verb's object, never where or when it spoke: "called for",
# "warned against", "warned of" (not "on", as in "noted on his blog").
_OBJECT_PREPOSITIONS = _LEAD_IN_PREPOSITIONS - {"on"}


def _led_in(phrase: Token, verb: Verb) -> bool:
    """Whether a phrase on a verb that reports its object is that object, brought in by a
    preposition: "for a recount" of "as she called for a recount"."""
    return (
        verb.reports_object
        and phrase.dep_ == "prep"
        and phrase.lower_ in _OBJECT_PREPOSITIONS
        and object_of(phrase) is not None
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


# Verbs of a reply to someone else's words: denied, they give no words of their own.
_NO_WORDS_WHEN_DENIED = frozenset(["confirm", "respond", "answer", "reply", "comment"])


def _subject_start(cue: Token, clause: Token) -> int:
    """Where the reported clause starts, with a subject the parse made the cue's object.

    "She said the alternative, patching the road, would cost as much": a clause with no
    subject of its own after the object of a verb that reports no object ("say", not
    "tell") has that object for its subject.
    """
    start = clause.left_edge.i
    that = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if (
        that is not None
        and (cue.i < start or clause.is_ancestor(cue))
        and start < that.i
        and cue.doc[that.i - 1].text == ","
    ):
        # "said, speaking on condition of anonymity, that …": the aside before "that" is
        # the reporter's, however the parse hung it, and so is the cue the parse hung below
        # the clause ("She continues to insist, …, that he lied", "lied" over "continues")
        return that.i
    if (
        clause.dep_ != "ccomp"
        or clause.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in (*SUBJECTS, "csubj", "csubjpass", "expl", "mark") for c in clause.children)
    ):
        return start  # a clause of its own: "told Ruiz on Friday that …", "told them that …"
    taken = next(
        (c for c in cue.rights if (c.dep_ == "dobj" or _counted(c)) and cue.i < c.i < clause.i),
        None,
    )
    if taken is None or any(t.text in (":", ";") for t in cue.doc[taken.i : start]):
        return start  # "described a way to pay: Draw on …" gives an order, not a subject
    return min(start, taken.left_edge.i)


def bidden(cue: Token, clause: Token) -> Token | None:
    """Whom a cue bids do what its infinitive says, as an order keeps whom it was given to:
    "the administration" of "urged the administration to take a harder line", "Trump" of
    "called on Trump to stop", "the crowd" of "asked the crowd to welcome him"."""
    if clause.dep_ != "xcomp" or clause.i < cue.i:
        return None
    for child in cue.children:
        if not cue.i < child.i < clause.i:
            continue
        if child.dep_ == "dobj":
            return child
        if child.dep_ in ("prep", "prt") and child.lower_ == "on" and cue.lemma_.lower() == "call":
            return object_of(child)
    return None


def _counted(phrase: Token) -> bool:
    """Whether a phrase the parse hung on the cue is a count of people or things: "between
    200 and 300 people", "up to 40 homes" (the subject of the clause after it)."""
    return phrase.dep_ == "prep" and any(
        g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children) for g in phrase.children
    )


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


def others_reports(cue: Token) -> dict[int, Token]:
    """The reporting verbs after ``cue`` in its sentence that are another's report, which the
    parse hung on the cue or in its words, each with its subject: "said the inquiry was
    mishandled and Democrats accused …". The cue's words end at the "and" before it."""
    verbs = lexicons()[0]
    return {
        v.i: n
        for v in cue.doc[cue.i + 1 : cue.sent.end]
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


def _active_finite(cue: Token) -> bool:
    """A verb in a clause of its own or a gerund ("stopped short of calling it a crime"),
    not a passive or a participle modifying a noun."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return False
    return cue.dep_ not in ("acl", "amod", "prep", "npadvmod") or _report_read_as_a_naming(cue)


def _report_read_as_a_naming(cue: Token) -> bool:
    """ "Ruiz called Friday for a recount", parsed as a Ruiz who is called Friday: a past
    tense right after the noun that heads the sentence, with a day or a time right after it,
    is what the noun did ("said Friday that …" is parsed as a verb)."""
    doc, head = cue.doc, cue.head
    return (
        cue.dep_ == "acl"
        and cue.tag_ == "VBD"
        and head.dep_ == "ROOT"
        and head.i == cue.i - 1
        and cue.i + 1 < len(doc)
        and doc[cue.i + 1].head == cue
        and doc[cue.i + 1].ent_type_ in _WHEN_ENTITIES
    )
