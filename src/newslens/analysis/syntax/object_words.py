"""The words of a cue that reports its object (:func:`_object_words`).

Which of the cue's objects are reported, past the one told ("told the jury the car was
speeding") and the day read as a name ("called Friday for …"), and where their words end;
none when the object is another's words, when a reply is denied ("did not confirm this
information"), when the object is the noun the cue's clause qualifies, or only whom it told
("told the city council"). ``objects`` tells what each object is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import Verb
from newslens.analysis.model import Stance
from newslens.analysis.syntax.edges import trimmed
from newslens.analysis.syntax.ends import (
    _closing_report,
    _elliptic_end,
    _past_bare_conjuncts,
)
from newslens.analysis.syntax.hearers import a_hearer
from newslens.analysis.syntax.joined_words import _more_of_the_same, _source_of_the_object
from newslens.analysis.syntax.misread import _subject_past_its_aside, subject_past_its_relative
from newslens.analysis.syntax.negation import is_negated
from newslens.analysis.syntax.objects import (
    _LEAD_IN_PREPOSITIONS,
    _TOPIC_PREPOSITIONS,
    _object_reported,
    _only_whom_told,
    _reported_start,
    _setting,
    _topic_of_the_one_told,
    others_words,
)
from newslens.analysis.syntax.relatives import _relativised, told_of_its_noun
from newslens.analysis.syntax.set_off import _before_summary, before_their_report
from newslens.analysis.syntax.spoken_about import described_by_the_writer
from newslens.analysis.syntax.text import stopped
from newslens.analysis.syntax.with_reports import before_a_report_with
from newslens.analysis.syntax.words import _WHEN_ENTITIES, OBJECT_DEPS, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token


def _object_words(cue: Token, verb: Verb) -> list[tuple[int, int]] | None:
    """Token ranges of the words a cue's object reports: none when the object is another's
    words, None when the cue reports no object here."""
    if not verb.reports_object or not _active_finite(cue):
        return None
    if _denied_without_words(cue, verb) or _relativised(cue):
        return None
    objects = _its_objects(cue, verb)
    if objects and others_words(objects[0]):
        return []  # "The paper published his claim that …": his words, the noun's cue
    if not objects or _only_the_one_told(cue, objects, verb):
        return None
    if _news_confirmed_in_a_headline(cue, objects[0], verb):
        return []
    if not _object_reported(cue, objects, verb):
        return None
    doc = cue.doc
    first = objects[1] if _told_first(objects, verb) else _topic_of_the_one_told(objects[0], verb)
    if first.dep_ == "prep" and described_by_the_writer(first):
        return []
    start = (_content_start(first) if _holds_the_words(verb) else None) or _reported_start(first)
    return trimmed(doc, [(start, _object_end(cue, objects))], _shortest_report(doc[start], verb))


def _news_confirmed_in_a_headline(cue: Token, thing: Token, verb: Verb) -> bool:
    """Whether a headline confirms a piece of news it names by a bare noun: "Maya Lorne
    confirms split from actor husband in emotional Instagram post" names what the story
    tells, and the words she confirmed it in come after; "Police confirm two deaths" counts
    what was confirmed, which is the words."""
    return (
        verb.truth
        and verb.stance is Stance.NEUTRAL
        and cue.dep_ == "ROOT"
        # the noun, which the parse may read as a participle ("split" as "was split")
        and thing.dep_ in ("dobj", "xcomp")
        and not any(c.dep_ in ("det", "poss", "nummod", "aux") for c in thing.children)
        and not stopped(cue.sent)
    )


def _holds_the_words(verb: Verb) -> bool:
    """Whether a verb puts forward or grants what its object's "that" clause says, as its
    own: "reiterated the position that …", "acknowledged the fact that …"; not one that
    takes a side on it or doubts it ("supported claims that …", "dismissed the idea that …"),
    whose noun says whose the words are."""
    return (
        verb.stance in (Stance.ASSERTIVE, Stance.CONCESSIVE)
        and not verb.object_must
        and not verb.side
        and not verb.denies
    )


def _content_start(thing: Token) -> int | None:
    """Where the "that" clause a reported noun holds starts: "reiterated the council's position
    that the library would stay open" repeats that it would stay open; "the council's
    position" is the writer's name for those words. None for a noun with no such clause."""
    content = next(
        (
            c
            for c in thing.rights
            if c.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    return None if content is None else content.left_edge.i


# The pleas a defendant enters: "pleaded guilty", "pleaded not guilty", "pleaded innocent".
_PLEAS = frozenset(["guilty", "innocent"])


def _plea(cue: Token) -> list[tuple[int, int]] | None:
    """Token ranges of the plea "plead" enters to a charge, a statement on the court's record
    as "admitted fraud" is: "pleaded [not guilty to fraud]"; None for a plea to no charge
    named ("pleaded guilty") and for a plea in the other sense ("pleaded for more time")."""
    plea = _plea_entered(cue)
    if plea is None:
        return None
    doc = cue.doc
    start = plea.i - 1 if _plea_negated(plea) else plea.left_edge.i
    end = plea.right_edge.i + 1
    # the charge, hung on the plea ("guilty [to fraud]") or beside it on the verb, however
    # the parse read it ("guilty [to careless driving]" as an infinitive)
    for charge in cue.rights:
        if charge.i > plea.i and charge.dep_ in ("prep", "xcomp") and charge.left_edge.i == end:
            end = charge.right_edge.i + 1
    if not any(t.lower_ == "to" for t in doc[plea.i + 1 : end]):
        return None
    return trimmed(doc, [(start, end)])


def pleads_guilty(cue: Token) -> bool | None:
    """Whether "plead" enters a plea of guilty, which admits the charge (True), or of not
    guilty or innocent, which denies it (False); None when it enters no plea."""
    plea = _plea_entered(cue)
    if plea is None:
        return None
    return plea.lower_ == "guilty" and not _plea_negated(plea)


def _plea_entered(cue: Token) -> Token | None:
    """The plea "plead" enters: "guilty" in "pleaded not guilty"; None in "pleaded for".
    The parse may read it as what the verb makes of its subject (as in "turned red")."""
    if cue.lemma_.lower() != "plead":
        return None
    pleas = (c for c in cue.rights if c.dep_ in ("acomp", "oprd") and c.lower_ in _PLEAS)
    return next(pleas, None)


def _plea_negated(plea: Token) -> bool:
    """Whether the plea is "not" one: "pleaded not guilty"."""
    before = plea.doc[plea.i - 1]
    return before.dep_ == "neg" and before.head in (plea.head, plea)


def _denied_without_words(cue: Token, verb: Verb) -> bool:
    """Whether a denied cue reports no words: "did not confirm this information" and "did
    not respond to requests" report none, the object being what others asked or said; "would
    not tell police anything" tells no one anything. "did not support X" is a position, and
    "did not mention the deal" or "does not want a recount" are the speaker's, denied."""
    return is_negated(cue) and (verb.addressee or cue.lemma_.lower() in _NO_WORDS_WHEN_DENIED)


def _its_objects(cue: Token, verb: Verb) -> list[Token]:
    """The cue's objects after it, but for where or when it spoke ("spoke at a rally"), with
    an infinitive the parse read as the purpose of telling."""
    objects = [
        c
        for c in cue.rights
        if (c.dep_ in OBJECT_DEPS and (not _setting(c) or _source_of_the_object(c)))
        or _bid_read_as_purpose(cue, c, verb)
        or worth_read_as_a_clause(c)
    ]
    if objects and objects[0].i == cue.i + 1 and _when_it_spoke(cue, objects):
        objects = objects[1:]  # the day, read as the name given or as the object
    if len(objects) > 1 and objects[-1].lower_ == "with":
        # "criticises hospital after death of teenager with sepsis": "with" past a time or a
        # place the parse hung on the cue goes on with that setting, not with the words
        settings = (c for c in cue.rights if objects[-2].i < c.i < objects[-1].i)
        if any(_setting(c) for c in settings):
            objects = objects[:-1]
    return objects


def worth_read_as_a_clause(clause: Token) -> bool:
    """Whether the parse read what the cue's object is worth as the cue's clause: "announced a
    package of aid worth 1.3 billion kroner" reports the package, worth and all."""
    if clause.dep_ != "ccomp" or clause.lower_ != "worth" or clause.i == 0:
        return False
    before = clause.doc[clause.i - 1]
    return any(a.dep_ == "dobj" and a.head == clause.head for a in (before, *before.ancestors))


def _when_it_spoke(cue: Token, objects: list[Token]) -> bool:
    """Whether the cue's first object, right after it, is the day it spoke: read as the name
    given ("a Ruiz called Friday"), or as its object before what it called for ("called
    Friday for a recount"; not "called Friday a day of shame")."""
    if _report_read_as_a_naming(cue):
        return True
    return (
        len(objects) > 1
        and objects[0].ent_type_ in _WHEN_ENTITIES
        and objects[0].n_lefts + objects[0].n_rights == 0
        and objects[1].dep_ == "prep"
        and objects[1].lower_ in _LEAD_IN_PREPOSITIONS
    )


def _object_end(cue: Token, objects: list[Token]) -> int:
    """Where the words of the cue's objects end: before a report closing them, past what the
    parse joined on that is more of them ("spoke of the war, and how it ended")."""
    words = list(objects[-1].subtree)  # walked once for both rules: each walk builds Tokens
    closing = _closing_report(objects[-1], words)
    if closing is not None:
        return _elliptic_end(cue, closing.left_edge.i - 1)
    claim = _others_claim_about_it(objects[-1])
    if claim is not None:
        return _elliptic_end(cue, claim.left_edge.i)
    last = _past_bare_conjuncts(cue, objects[-1], before_their_report(objects[-1], words))
    asked = _more_of_the_same(cue, objects[-1])
    if asked and last == objects[-1].right_edge.i + 1:
        last = _before_summary(asked[-1], list(asked[-1].subtree))
    last = before_a_report_with(cue, last)
    return _elliptic_end(cue, _past_the_figures_time_and_change(cue, objects[-1], last))


def _others_claim_about_it(thing: Token) -> Token | None:
    """The relative clause on an object that is someone else's report about it: "cited the
    plan that ministers say will cut costs" cites the plan; what it will do is the ministers'
    words ("cited the plan that the council published" cites all of it)."""
    return next((c for c in thing.rights if c.dep_ == "relcl" and told_of_its_noun(c)), None)


# Words on a report's verb that are its counted object's change: "down 71% from a year
# earlier", "up from 200".
_CHANGES = frozenset(["up", "down"])


def _past_the_figures_time_and_change(cue: Token, thing: Token, end: int) -> int:
    """``end``, or past the change of a counted object that the parse hung on the verb, and
    its month before it: "reported 58,000 encounters in October, down 71% from a year
    earlier" reports the month and the fall with the count ("announced 500 job cuts on
    Monday" tells when it was said)."""
    if not any(c.dep_ == "nummod" for c in thing.children):
        return end
    reach = end
    for word in cue.rights:
        if word.right_edge.i < reach:
            continue
        if word.left_edge.i != reach:
            break
        if word.text == ",":
            reach += 1
            continue
        if word.dep_ == "advmod" and word.lower_ in _CHANGES:
            return word.right_edge.i + 1
        in_a_month = word.lower_ == "in" and any(t.ent_type_ == "DATE" for t in word.children)
        if not in_a_month:
            break
        reach = word.right_edge.i + 1
    return end


def _only_the_one_told(cue: Token, objects: list[Token], verb: Verb) -> bool:
    """Whether a telling verb's one object is whom it told, which is no words of theirs:
    "told the city council", "tell the state government when someone dies" (not "told
    the story", "told his advisers to act", "told the council of her plans")."""
    return len(objects) == 1 and objects[0].dep_ == "dobj" and _only_whom_told(cue, verb)


def _told_first(objects: list[Token], verb: Verb) -> bool:
    """Whether the cue's first object is the one told, not the words: "told Reuters the
    depot supplied fuel", its clause misread as a second object, "told the jury the car was
    speeding", and "warned the council about a blocked culvert"."""
    deps = [o.dep_ for o in objects[:2]]
    return verb.addressee and (
        (deps == ["dobj", "dobj"] and objects[0].pos_ in ("PROPN", "PRON"))
        or (
            deps == ["dobj", "prep"]
            and objects[1].lower_ in _TOPIC_PREPOSITIONS
            and a_hearer(objects[0])
        )
        or (
            deps == ["dobj", "xcomp"]
            and a_hearer(objects[0])
            and any(
                t.dep_ in SUBJECTS for t in objects[1].doc[objects[1].left_edge.i : objects[1].i]
            )
        )  # not "told his advisers to act": an order, whom it was given to with it
    )


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
    if told is None or not a_hearer(told):
        return False
    return not any(t.text == "," for t in cue.doc[told.i : clause.left_edge.i])


# Verbs by which one answers a charge or a wrong put to one: "admitted fraud", "denies murder".
_ANSWERING_A_CHARGE = frozenset(["admit", "deny"])


def _shortest_report(first: Token, verb: Verb) -> int:
    """The fewest words a verb's object may be reported in: one name is the side taken ("Cruz
    endorsed Trump", "criticised Ruiz in a tweet", "Trump was endorsed by Cruz"), one noun
    the charge or wrong admitted or denied ("Smith denied fraud", "admitted liability",
    "admitted errors"; not "the hospital admitted patients", let in), else two."""
    if verb.side and first.pos_ == "PROPN":
        return 1
    answered = first.dep_ == "dobj" and first.head.lemma_.lower() in _ANSWERING_A_CHARGE
    return 1 if answered and first.tag_ in ("NN", "NNS") else 2


# Verbs of a reply to someone else's words: denied, they give no words of their own.
_NO_WORDS_WHEN_DENIED = frozenset(["confirm", "respond", "answer", "reply", "comment"])


def _active_finite(cue: Token) -> bool:
    """A verb in a clause of its own or a gerund ("stopped short of calling it a crime"),
    not a passive or a participle modifying a noun."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return False
    return (
        cue.dep_ not in ("acl", "amod", "prep", "npadvmod")
        or _report_read_as_a_naming(cue)
        or subject_past_its_relative(cue) is not None
    )


def _report_read_as_a_naming(cue: Token) -> bool:
    """ "Ruiz called Friday for a recount", parsed as a Ruiz who is called Friday: a past
    tense right after the noun that heads the sentence, or right after an aside on it ("Ruiz,
    the mayor's rival in the election, called Friday for …", parsed as an election called
    Friday), with a day or a time right after it, is what the noun did ("said Friday that …"
    is parsed as a verb)."""
    doc, head = cue.doc, cue.head
    return (
        cue.dep_ == "acl"
        and (
            (cue.tag_ == "VBD" and head.dep_ == "ROOT" and head.i == cue.i - 1)
            or (cue.tag_ in ("VBD", "VBN") and _subject_past_its_aside(cue) is not None)
        )
        and cue.i + 1 < len(doc)
        and doc[cue.i + 1].head == cue
        and doc[cue.i + 1].ent_type_ in _WHEN_ENTITIES
    )
