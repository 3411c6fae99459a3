"""Cues that report no one's words: a reporting verb used for an act ("called 911",
"declared bankruptcy" (``acts``), "refused to pay the bill" (``refusals``), "police questioned
the driver", "citing a senior source"), for a duty ("firms must report a breach") or for a
topic ("asked about the delay" (``questions``)). A question put to someone, a yes-no question,
an order to the reader and the words a refusal is about are settled in ``questions`` and
``refusals``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.attribution.acts import (
    _ACTS_BY_OBJECT,
    _PHRASAL_ACTS,
    _a_number_rung,
    _calls_an_event,
    _denies_someone_a_thing,
    _object_makes_an_act,
    _someone_found_or_sought,
    _tells_a_like_story,
    _votes_with_someone,
    finds_of_oneself,
    votes_a_tally,
)
from newslens.analysis.attribution.questions import (
    _ANSWERING,
    _ASKING,
    _asks_about_a_topic,
    answers_a_question_named,
)
from newslens.analysis.attribution.refusals import _refuses_an_act, _spares_someone
from newslens.analysis.attribution.unsaid import (
    a_wish_that_picks_out_whom,
    hedges_how_far,
    said_by_anyone,
    supposed_by_an_if,
    tells_no_answer,
    the_writers_own_turn,
)
from newslens.analysis.lexicon import lexicon, mind_nouns
from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers import (
    SOURCE_NOUNS,
    THING_VERBS,
    could_speak,
    mention_for,
    person_word,
)
from newslens.analysis.syntax.misattached import LEAVE_TO_SPEAK
from newslens.analysis.syntax.misread import (
    _subject_past_its_aside,
    main_verb_read_as_participle,
    one_the_writer_heard,
    participle_read_as_a_clause,
)
from newslens.analysis.syntax.negation import undone_by
from newslens.analysis.syntax.objects import CHARGES, judges
from newslens.analysis.syntax.relatives import main_verb_read_as_words
from newslens.analysis.syntax.words import _SPEAKER_WORDS, SUBJECTS, object_of
from newslens.analysis.syntax.writings import names_the_writing

if TYPE_CHECKING:
    from spacy.tokens import Token


def _reports_nothing(cue: Token) -> bool:
    """Whether a reporting verb is used for no words: "asked not to be named", "called 911",
    "is asked to call the tip line", "is expected to testify", "when told of his remarks",
    "a film that feels observed"."""
    return (
        _a_participle_of_no_words(cue)
        # "not authorised to discuss the talks": leave to speak, not speech
        or (cue.dep_ == "xcomp" and cue.head.lemma_.lower() in LEAVE_TO_SPEAK)
        or _why_anonymous(cue)
        # "firms must report a breach within 72 hours": no words said
        or _a_duty(cue)
        or _to_be_named(cue)
        or _refuses_an_act(cue)
        or _denies_someone(cue)
        or _lets_someone_in(cue)
        or _a_practice_not_to(cue)
        or (undone_by(cue) is not None and _spares_someone(cue))
        or _shown_by_someone(cue)
        or _adds_to_something(cue)
        # "… in a letter that the BBC has seen that …": the BBC saw the letter
        or names_the_writing(cue)
        or _an_act_by_its_verb(cue)
        or _a_polled_view(cue)
        or _cites_a_source(cue)
        or hedges_how_far(cue)
        or the_writers_own_turn(cue)
        or _a_plan_listed(cue)
        or main_verb_read_as_words(cue)
        or supposed_by_an_if(cue)
        or said_by_anyone(cue)
        or a_wish_that_picks_out_whom(cue)
        or tells_no_answer(cue)
        or _the_writer_heard_them(cue)
        # "pointed to a new contract agreed this year": a contract, no one agreeing
        or participle_read_as_a_clause(cue)
    )


def _the_writer_heard_them(cue: Token) -> bool:
    """Whether a cue is the writer's hearing of those whose own cue comes next: "spoke" of
    "the owners I spoke to said …" reports nothing; the owners' "said" does."""
    doc, after = cue.doc, cue.i + 1
    if after < len(doc) and doc[after].lower_ in ("to", "with"):
        after += 1
    if after >= len(doc) or doc[after].lemma_.lower() not in lexicon():
        return False
    return one_the_writer_heard(doc[after]) is not None


def _why_anonymous(cue: Token) -> bool:
    """Whether a cue says only why a source was not named: "spoke on condition of anonymity
    to discuss private talks", "speaking on condition of anonymity to describe the plan"."""
    if cue.dep_ not in ("advcl", "acl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in cue.lefts
    ):
        return False
    return any(t.lower_ == "anonymity" for t in cue.doc[max(cue.i - 4, 0) : cue.i])


# Verbs whose objects are what a thing holds: "the budget includes £9m for roads".
_CONTAINING = frozenset(["include", "contain", "comprise", "feature"])


def _a_plan_listed(cue: Token) -> bool:
    """Whether a cue is a noun of intent the tagger read as a verb joined to a verb of
    containing, or to its object: "The budget includes £9m for roads and plans to build 80
    homes" lists plans, no one voices them; "The council cut £9m and plans to build 80 homes"
    does."""
    plural = cue.lower_.endswith("s") and cue.lower_[:-1] in mind_nouns()
    if cue.dep_ != "conj" or cue.tag_ != "VBZ" or not plural:
        return False
    verb = cue.head.head if cue.head.dep_ == "dobj" else cue.head
    return verb.lemma_.lower() in _CONTAINING


_SHARES = _SPEAKER_WORDS["shares_of_people"]
_POLLED_VIEWS = _SPEAKER_WORDS["polled_views"]


def _a_polled_view(cue: Token) -> bool:
    """Whether a verb of taking a side, with a thing for its object and no clause, is the
    view of a share of people: "58 percent of Americans oppose a shutdown", "Most voters back
    the plan" count heads, they quote no one."""
    if cue.lemma_.lower() not in _POLLED_VIEWS or any(c.dep_ == "ccomp" for c in cue.children):
        return False
    who = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return who is not None and (
        who.lower_ in _SHARES or any(c.lower_ in _SHARES for c in who.lefts)
    )


def _a_participle_of_no_words(cue: Token) -> bool:
    """Whether a past participle with no agent and no clause or object of its own reports no
    words: a passive bidden to do something ("is expected to testify"), someone summoned, one
    with no subject hung on another word, one said of a thing, or a topic within someone's
    words."""
    deps = {c.dep_ for c in cue.children}
    if cue.tag_ != "VBN" or "agent" in deps or deps & {"ccomp", "dobj"}:
        return False
    passive = bool(deps & {"auxpass", "nsubjpass"}) and "xcomp" in deps
    # "Police were called to the scene": summoned, with nothing they are called
    summoned = (
        cue.lemma_.lower() == "call"
        and bool(deps & {"auxpass", "nsubjpass"})
        and not deps & {"oprd", "xcomp", "attr", "acomp"}
    )
    # not "Ortiz, Lee's rival in the election, called Friday for …", read as an election
    # called Friday: what Ortiz did
    bare = (
        cue.dep_ in ("advcl", "acl")
        and not deps & {"nsubj", "nsubjpass", "xcomp"}
        and _subject_past_its_aside(cue) is None
        and not main_verb_read_as_participle(cue)
    )
    # "with the new pool expected to open in 2029": a passive participle, whatever
    # subject the parse gave it, and no one named who expects it
    passive = passive or (
        cue.dep_ == "pcomp" and cue.head.lower_ in ("with", "without") and "aux" not in deps
    )
    # "a film that feels observed": what is observed is the film, not any words
    relative = cue.dep_ == "relcl" and "nsubjpass" in deps
    # "a source said the policy had been discussed for months": within someone's words,
    # a topic of theirs, not words of its own
    topic = (
        "nsubjpass" in deps
        and "xcomp" not in deps
        and cue.dep_ == "ccomp"
        and cue.head.lemma_.lower() in lexicon()
    )
    return passive or bare or relative or topic or summoned


def _to_be_named(cue: Token) -> bool:
    """Whether a verb is about being named, not words: "asked not to be named"."""
    return any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() in ("name", "identify")
        and any(a.dep_ == "auxpass" for a in c.children)
        for c in cue.children
    )


def _an_act_by_its_verb(cue: Token) -> bool:
    """Whether the verb itself, with its particle, clause or object, names an act: "called
    off", "saw the visitors score", "asked about the delay", "declared bankruptcy", "found a
    man lying in the road", "called 911", "called a snap election", "denied him a job"."""
    lemma = cue.lemma_.lower()
    if any(c.dep_ == "prt" and (lemma, c.lower_) in _PHRASAL_ACTS for c in cue.children):
        return True
    if lemma in _PERCEIVING and any(_event_seen(c) for c in cue.children):
        return True
    if lemma in _ASKING and _asks_about_a_topic(cue):
        return True
    if lemma in _ANSWERING and answers_a_question_named(cue):
        return True
    if lemma in _ACTS_BY_OBJECT and _object_makes_an_act(cue, _ACTS_BY_OBJECT[lemma]):
        return True  # "invoked emergency powers", "declared bankruptcy", "offered a bonus"
    if _denies_someone_a_thing(cue):
        return True
    if lemma == "tell" and _tells_a_like_story(cue):
        return True
    if lemma in ("find", "seek") and _someone_found_or_sought(cue):
        return True
    if lemma == "find" and finds_of_oneself(cue):
        return True
    if lemma == "vote" and (_votes_with_someone(cue) or votes_a_tally(cue)):
        return True
    return lemma == "call" and (
        any(_a_number_rung(c) for c in cue.children) or _calls_an_event(cue)
    )


def _a_practice_not_to(cue: Token) -> bool:
    """Whether a verb denied in the simple present tells what a body does as a rule, in the
    reporter's words, not what it would not say when asked: "The company does not disclose
    the pay of its staff" (unlike "did not say", "declined to say"). A person's "does not
    say" in a feature's present is still words held back."""
    children = list(cue.children)
    present = any(c.dep_ == "aux" and c.lower_ in ("does", "do") for c in children)
    if not present or not any(c.dep_ == "neg" for c in children):
        return False
    who = next((c for c in children if c.dep_ == "nsubj"), None)
    return who is not None and who.pos_ == "NOUN" and who.ent_type_ != "PERSON"


# Modals of a duty: "must report", "should explain" say what is owed, not what was said.
_OBLIGING = frozenset(["must", "should", "ought"])


def _a_duty(cue: Token) -> bool:
    """Whether a reporting verb says what someone is bound to tell, not what they told:
    "firms must report a serious breach to the regulator", "ministers should explain the
    delay"; not the speaker's own "I must say that …", nor what someone "should know"."""
    verb = lexicon().get(cue.lemma_.lower())
    if verb is None or verb.mind:
        return False
    subject = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    return (
        subject is not None
        and subject.lower_ not in ("i", "we")
        and any(c.dep_ == "aux" and c.lower_ in _OBLIGING for c in cue.children)
    )


def _adds_to_something(cue: Token) -> bool:
    """Whether "add" means making more of something: "the results added to a growing pile of
    evidence", "the row added to pressure on her"; "he added to reporters that …" says."""
    to = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if cue.lemma_.lower() != "add" or to is None or to.lower_ != "to" or to.head.i != cue.i:
        return False
    what = object_of(to)
    return what is not None and not (person_word(what) or could_speak(what))


# Verbs of the senses that also report a view: "sees the plan as a mistake", "heard that …".
_PERCEIVING = frozenset(["see", "hear", "feel", "watch", "notice", "witness"])
_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD", "VBG"])


def _event_seen(clause: Token) -> bool:
    """Whether a clause a verb of the senses takes is an event witnessed, a bare infinitive
    with no tense ("saw the visitors score", "heard her scream") or a gerund seen in the past
    ("saw people running"), not a view ("saw that the scheme had failed", "see rates
    rising")."""
    # "saw people running": witnessed as it went on; "sees the economy growing", foreseen
    witnessed = clause.tag_ == "VBG" and clause.head.tag_ == "VBD"
    return (
        clause.dep_ == "ccomp"
        and (clause.tag_ not in _FINITE_TAGS or witnessed)
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children)
    )


def _denies_someone(cue: Token) -> bool:
    """Whether a verb of denial or doubt has someone for its object, and nothing said of
    them: "police questioned the driver", "a survey questioned 2,000 people", "the club
    dismissed the manager" question, poll or sack someone; only words are denied or
    doubted ("dismissed him as a liar" says what he is, "denied two counts of fraud" what
    he did not do)."""
    verb = lexicon().get(cue.lemma_.lower())
    if verb is None or not verb.denies:
        return False
    thing = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if thing is None or judges(cue):
        return False
    if any(t.lower_ == "as" for t in thing.subtree):
        return False
    counted = any(c.dep_ == "nummod" for c in thing.children)
    if counted and thing.lemma_.lower() in CHARGES:
        return False
    return _people(thing, as_group=counted)


def _lets_someone_in(cue: Token) -> bool:
    """Whether "admit" lets someone in, its object people, not a wrong owned: "the school
    admitted girls", "the hospital admitted patients from three counties", "admitted 40 new
    members" (not "admitted mistakes", "admitted 40 breaches of the rules")."""
    if cue.lemma_.lower() != "admit":
        return False
    thing = next((c for c in cue.children if c.dep_ == "dobj"), None)
    return thing is not None and _people(thing, as_group=person_word(thing))


def _people(thing: Token, *, as_group: bool) -> bool:
    """Whether a verb's object is someone ("the driver"), or, when ``as_group``, a group
    ("2,000 people" counted, "patients" named as people)."""
    kind = mention_for(thing, thing.doc[thing.i : thing.i + 1]).kind
    return kind is SpeakerKind.PERSON or (as_group and kind is SpeakerKind.GROUP)


def _cites_a_source(cue: Token) -> bool:
    """Whether "cite" has for its object who gave the words, not the words: "Al-Qahera News,
    citing a senior source, said …" names a source ("citing rising costs" gives a reason,
    reported; "cited the audit as the reason" says what it is)."""
    if cue.lemma_.lower() != "cite":
        return False
    thing = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if thing is None or any(t.lower_ == "as" for t in [*cue.children, *thing.subtree]):
        return False
    return could_speak(thing)


def _shown_by_someone(cue: Token) -> bool:
    """Whether a verb that reports what a thing found has a person showing an object, a
    state or a thing, not words: "Dunmore showed no emotion", unlike "figures showed a
    rise" or "she showed that the test was wrong"."""
    if cue.lemma_.lower() not in THING_VERBS:
        return False
    deps = {c.dep_ for c in cue.children}
    doer = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if doer is None or "dobj" not in deps or "ccomp" in deps:
        return False
    if doer.lemma_.lower() in SOURCE_NOUNS:
        return False  # "New Poll Shows …": a headline's capitals make no name of the poll
    return (
        person_word(doer)
        or mention_for(doer, doer.doc[doer.i : doer.i + 1]).kind is SpeakerKind.PERSON
    )
