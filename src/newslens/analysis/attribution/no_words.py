"""Cues that report no one's words: a reporting verb used for an act ("called 911",
"declared bankruptcy", "refused to pay the bill", "police questioned the driver"), for a duty
("firms must report a breach") or for a topic ("asked about the delay"); a question put to
someone, a yes-no question or an order to the reader. And the words a refusal is about
("refused to be drawn on the penalty").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicon, physical_targets, withheld
from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers import (
    SOURCE_NOUNS,
    THING_VERBS,
    could_speak,
    mention_for,
    person_word,
)
from newslens.analysis.syntax.misattached import LEAVE_TO_SPEAK
from newslens.analysis.syntax.negation import NOT_DOING, undone_by
from newslens.analysis.syntax.objects import judges
from newslens.analysis.syntax.subjects import subject
from newslens.analysis.syntax.words import SUBJECTS, object_of
from newslens.analysis.syntax.writings import names_the_writing
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _reports_nothing(cue: Token) -> bool:
    """Whether a reporting verb is used for no words: "asked not to be named", "called 911",
    "is asked to call the tip line", "is expected to testify", "when told of his remarks",
    "a film that feels observed"."""
    deps = {c.dep_ for c in cue.children}
    if cue.tag_ == "VBN" and "agent" not in deps and not deps & {"ccomp", "dobj"}:
        passive = bool(deps & {"auxpass", "nsubjpass"}) and "xcomp" in deps
        # "Police were called to the scene": summoned, with nothing they are called
        summoned = (
            cue.lemma_.lower() == "call"
            and bool(deps & {"auxpass", "nsubjpass"})
            and not deps & {"oprd", "xcomp", "attr", "acomp"}
        )
        bare = cue.dep_ in ("advcl", "acl") and not deps & {"nsubj", "nsubjpass", "xcomp"}
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
        if passive or bare or relative or topic or summoned:
            return True
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in LEAVE_TO_SPEAK:
        return True  # "not authorised to discuss the talks": leave to speak, not speech
    if _a_duty(cue):
        return True  # "firms must report a breach within 72 hours": no words said
    if "xcomp" in deps and any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() in ("name", "identify")
        and any(a.dep_ == "auxpass" for a in c.children)
        for c in cue.children
    ):
        return True
    if _refuses_an_act(cue) or _denies_someone(cue) or _a_practice_not_to(cue):
        return True
    if undone_by(cue) is not None and _spares_someone(cue):
        return True
    if _shown_by_someone(cue) or _adds_to_something(cue) or names_the_writing(cue):
        return True  # "… in a letter that the BBC has seen that …": the BBC saw the letter
    lemma = cue.lemma_.lower()
    if "prt" in deps and any(
        c.dep_ == "prt" and (lemma, c.lower_) in _PHRASAL_ACTS for c in cue.children
    ):
        return True
    if lemma in _PERCEIVING and any(_event_seen(c) for c in cue.children):
        return True
    if lemma in _ASKING and _asks_about_a_topic(cue):
        return True
    if lemma in _ACTS_BY_OBJECT and _object_makes_an_act(cue, _ACTS_BY_OBJECT[lemma]):
        return True  # "invoked emergency powers", "declared bankruptcy", "offered a bonus"
    if lemma in ("find", "seek") and _someone_found_or_sought(cue):
        return True
    return lemma == "call" and any(_a_number_rung(c) for c in cue.children)


# What police look for or find where it lies, besides someone or a place: a suspect, a
# body, a weapon.
_LOOKED_FOR = frozenset(
    [
        "suspect",
        "attacker",
        "robber",
        "thief",
        "killer",
        "body",
        "corpse",
        "remains",
        "weapon",
        "gun",
        "handgun",
        "rifle",
        "knife",
        "firearm",
    ]
)


def _someone_found_or_sought(cue: Token) -> bool:
    """Whether "find" or "seek" names coming upon or looking for someone or something, not
    a finding or words sought: "found a man lying in the road", "found the body of a
    woman", "are seeking two men"; not "found him guilty", "found a link between sleep and
    memory", "sought assurances"."""
    children = list(cue.children)
    if any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") for c in children):
        return False
    found = next((c for c in children if c.dep_ == "dobj"), None)
    if found is None:
        return False
    targets = physical_targets()
    return any(
        person_word(thing) or thing.lemma_.lower() in targets | _LOOKED_FOR
        for thing in [found, *found.conjuncts]
    )


def _a_number_rung(called: Token) -> bool:
    """Whether what "call" takes is a telephone number: "called 911", "call Kent Police on
    101"."""
    if called.dep_ == "dobj" and called.like_num:
        return True
    number = object_of(called) if called.dep_ == "prep" and called.lower_ == "on" else None
    return number is not None and number.like_num


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


# What is invoked to be used, not voiced: powers, rights and the laws that grant them.
_POWERS_INVOKED = frozenset(
    [
        "power",
        "right",
        "privilege",
        "law",
        "act",
        "amendment",
        "article",
        "clause",
        "section",
        "provision",
        "statute",
        "rule",
        "mechanism",
        "procedure",
        "veto",
    ]
)


# What is declared to take effect, not to be believed: "declared force majeure", "declared
# bankruptcy", "declared a state of emergency", "declared a dividend", a count's "after the
# result was declared" (not "declared that …", nor "declared the vote a sham").
_DECLARED_IN_FORCE = frozenset(
    [
        "majeure",
        "bankruptcy",
        "insolvency",
        "emergency",
        "dividend",
        "martial",
        "curfew",
        "result",
        "winner",
    ]
)


# What is offered to be taken, not words: money, a deal, a job ("offered a 3% rise",
# "offered her a job"; not "offered an apology", "offered no explanation").
_THINGS_OFFERED = frozenset(
    [
        "increase",
        "rise",
        "raise",
        "bonus",
        "deal",
        "job",
        "contract",
        "loan",
        "payment",
        "pay",
        "sum",
        "discount",
        "refund",
        "compensation",
        "reward",
        "settlement",
        "place",
        "seat",
        "scholarship",
        "salary",
        "wage",
        "money",
        "cash",
        "package",
        "incentive",
        "subsidy",
        "stake",
        "bid",
        "ticket",
        "voucher",
        "accommodation",
        "shelter",
    ]
)


# A firm's results, which it reports as figures in its accounts, not as words: "reported a
# loss of £3m", "reported record sales", "reported a 38% fall in profit" (not "reported a
# rise in crime", nor "reported that its loss had widened").
_RESULTS_REPORTED = frozenset(
    [
        "loss",
        "profit",
        "revenue",
        "earnings",
        "sale",
        "turnover",
        "income",
        "deficit",
        "surplus",
        "margin",
        "ebitda",
        "result",
        "writedown",
        "impairment",
    ]
)


# What is sought or asked for to be granted or given, not said: "seek permission to appeal",
# "sought asylum", "is seeking damages", "asked for donations" (not "sought assurances",
# "asked for clarification", which are asked for in words); and comment, which a reporter
# asks for ("sought comment from Hale", "calls seeking comment"): the asking is no one's words.
_THINGS_SOUGHT = frozenset(
    [
        "comment",
        "permission",
        "leave",
        "approval",
        "consent",
        "funding",
        "money",
        "donation",
        "asylum",
        "refuge",
        "shelter",
        "help",
        "assistance",
        "treatment",
        "compensation",
        "damages",
        "injunction",
        "bail",
        "custody",
        "job",
        "work",
        "election",
        "nomination",
        "office",
    ]
)


# Reporting verbs that an object of these makes an act.
_ACTS_BY_OBJECT = {
    "invoke": _POWERS_INVOKED,
    "declare": _DECLARED_IN_FORCE,
    "offer": _THINGS_OFFERED,
    "seek": _THINGS_SOUGHT,
    "ask": _THINGS_SOUGHT,
    "request": _THINGS_SOUGHT,
    "report": _RESULTS_REPORTED,
    "post": _RESULTS_REPORTED,
}


def _object_makes_an_act(cue: Token, acts: frozenset[str]) -> bool:
    """Whether the object of a verb is one that makes it an act: read from the object's
    noun, the words that qualify it ("force majeure", "martial law") and what it is "of" or
    "in" ("a state of emergency", "a fall in profit"); a sum ("offered residents £300") is
    money."""
    for thing in cue.children:
        if thing.dep_ == "prep" and thing.lower_ == "for":
            # "asked for donations": what is asked for is the object
            thing = next((c for c in thing.children if c.dep_ == "pobj"), thing)
        if thing.dep_ not in ("dobj", "pobj", "nsubjpass"):  # "a curfew was declared"
            continue
        words = {thing.lemma_.lower(), "money" if thing.ent_type_ == "MONEY" else ""}
        for c in thing.children:
            if c.dep_ in ("compound", "amod", "conj"):
                words.add(c.lemma_.lower())
            elif c.dep_ == "prep" and c.lower_ in ("of", "in"):
                words.update(g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
        if not words.isdisjoint(acts):
            return True
    return False


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


_ASKING = frozenset(["ask", "inquire", "enquire", "query"])


def _asks_about_a_topic(cue: Token) -> bool:
    """Whether a verb of asking names only what the question was about, not the question:
    "Reporters asked about the delay", "When she asked him about the cost". The asker says
    nothing there; "asked whether …" and "asked about how …" still report a question."""
    about = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "about"]
    if not about or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return False
    if any(c.dep_ == "dobj" and c.pos_ not in ("PRON", "PROPN") for c in cue.children):
        return False  # "asked questions about …" is no topic alone; the object is the words
    # "about how it happened" holds a question; "about the delay" only its topic
    return all(
        object_of(p) is not None and not any(c.dep_ == "pcomp" for c in p.children) for p in about
    )


# Reporting verbs that a particle makes an act: "called off the wedding", "wrote off the
# debt", "put off the vote" (not "backed off the pledge", a position given up).
_PHRASAL_ACTS = frozenset([("call", "off"), ("write", "off"), ("put", "off"), ("call", "up")])


def _denies_someone(cue: Token) -> bool:
    """Whether a verb of denial or doubt has someone for its object, and nothing said of
    them: "police questioned the driver", "a survey questioned 2,000 people", "the club
    dismissed the manager" question, poll or sack someone; only words are denied or
    doubted ("dismissed him as a liar" says what he is)."""
    verb = lexicon().get(cue.lemma_.lower())
    if verb is None or not verb.denies:
        return False
    thing = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if thing is None or judges(cue):
        return False
    if any(t.lower_ == "as" for t in thing.subtree):
        return False
    kind = mention_for(thing, thing.doc[thing.i : thing.i + 1]).kind
    counted = any(c.dep_ == "nummod" for c in thing.children)
    return kind is SpeakerKind.PERSON or (kind is SpeakerKind.GROUP and counted)


# Verbs of finding someone at fault: refused, they say nothing of anyone. Refusing to back
# someone ("refused to endorse Trump") is a position taken, and reported.
_FAULTING = frozenset(["blame", "criticise", "criticize", "fault"])


def _spares_someone(refused: Token) -> bool:
    """Whether a refused verb of finding fault has someone for its object and no words of
    its own: "refused to blame the referee", "declined to criticise her deputy"."""
    if refused.lemma_.lower() not in _FAULTING or any(c.dep_ == "ccomp" for c in refused.children):
        return False
    thing = next((c for c in refused.children if c.dep_ == "dobj"), None)
    if thing is None:
        return False
    return (
        person_word(thing)
        or mention_for(thing, thing.doc[thing.i : thing.i + 1]).kind is SpeakerKind.PERSON
    )


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


def _refused(cue: Token) -> Token | None:
    """The verb a refusal refuses: "pay" of "refused to pay", "comment" of "declined to
    comment"; None for a cue that refuses nothing."""
    if cue.lemma_.lower() not in NOT_DOING:
        return None
    return next((c for c in cue.children if c.dep_ == "xcomp"), None)


def _refuses_an_act(cue: Token) -> bool:
    """Whether the cue refuses something other than words: "refused to pay the bill" or "to
    blame the referee", not "declined to comment" nor "refused to release the report"."""
    refused = _refused(cue)
    if refused is None:
        return False
    keeping_back = withheld()
    return _spares_someone(refused) or not any(
        v.lemma_.lower() in keeping_back for v in [refused, *refused.conjuncts]
    )


def _past_the_refusal(cue: Token, parts: list[Span]) -> list[Span]:
    """The words a refusal is about, after the verb refused that its cue shows whole
    ("refused to be drawn" on "on the penalty", "declined to give" on "a date"); as they
    were when nothing follows that verb ("declined to elaborate")."""
    refused = _refused(cue)
    if refused is None or refused.i + 1 >= len(cue.doc):
        return parts
    after = cue.doc[refused.i + 1].idx
    return [(max(start, after), end) for start, end in parts if end > after] or parts


def _imperative(cue: Token) -> bool:
    """Whether the cue tells the reader to do something: "Now tell us …", "ask yourself …".

    An order to the reader reports nobody's words, and neither does "Thank you, Cardiff!"
    opening a post (the tagger reads it as present tense, "VBP").
    """
    opening = cue.tag_ == "VBP" and cue.is_sent_start and cue.dep_ == "ROOT"
    if (cue.tag_ != "VB" and not opening) or cue.dep_ not in ("ROOT", "conj"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in cue.children):
        return False
    return cue.dep_ == "ROOT" or _imperative(cue.head)  # "go further, and ask …"


def _asked_not_told(cue: Token, in_quote: list[int], text: str) -> bool:
    """Whether the cue is asked about, not reported: "Do you know when the council will
    vote?", "Did they say the road would reopen?". A yes-no question, or one put to the
    reader or listener, tells nobody's words. A question in quotation marks is someone's words: "as Bown observed, 'what
    would you pick?'" still reports them. ``text``: the doc's."""
    if text.find("?", cue.idx) < 0:
        return False  # no question after the cue, so none in its sentence (Token.sent is slow)
    sentence = cue.sent
    if not text[sentence.start_char : sentence.end_char].rstrip().rstrip("\"”’'").endswith("?"):
        return False
    root = sentence.root
    if in_quote[root.i] >= 0:
        return False
    subject = next((c for c in root.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    inverted = next((c for c in root.lefts if c.dep_ == "aux" and c.i < subject.i), None)
    if inverted is None:
        return False
    # "How do you know when …?" asks how, and takes the knowing as given.
    opener = sentence.doc[sentence.start : inverted.i]
    if any(t.tag_ in ("WRB", "WP", "WDT") for t in opener):
        return False
    return subject.lower_ == "you" or inverted.i == sentence.start


def _questioned(doc: Doc, cues: set[int]) -> set[int]:
    """The words of the questions put to someone: "whether she worries about …" of "Asked
    whether she worries about …", "if she had said …" of "asked her if she had said …". A cue
    among them is what the question is about, not anything anyone said."""
    out: set[int] = set()
    for ask in (doc[i] for i in cues if doc[i].lemma_.lower() == "ask"):
        for clause in ask.children:
            marks = (m for m in clause.children if m.dep_ == "mark")
            questions = clause.dep_ in ("ccomp", "advcl")
            if questions and any(m.lower_ in ("whether", "if") for m in marks):
                out.update(t.i for t in clause.subtree)
    return out


def _asked_by_nobody_named(cue: Token, in_quote: list[int]) -> bool:
    """Whether the cue is someone being asked, with no asker named: "Asked whether she
    would sell, Trent said no", "Vogt, asked whether …, said", "were asked to leave". The
    question is the reporter's or an unnamed official's, and the one asked is not its source;
    only the cue's subject, had it one, would be."""
    if cue.lemma_.lower() != "ask" or cue.tag_ not in ("VBN", "VBD"):
        return False
    # "Asked whether …, she laughs", parsed as what she laughs: a participle opening the
    # sentence has no subject of its own, whatever the parse climbs to; nor has one after
    # the word that opens it ("When asked about the delay, the spokesman said …"), whatever
    # tense the tagger gave it.
    opening = (cue.tag_ == "VBN" and cue.is_sent_start) or _opened_by_a_subordinator(cue)
    return (opening and not any(c.dep_ in SUBJECTS for c in cue.children)) or subject(
        cue, in_quote
    ) is None


def _opened_by_a_subordinator(verb: Token) -> bool:
    """Whether the one word before ``verb`` opens its sentence and is its subordinator:
    "When asked …", "If elected …", "Once confirmed …"."""
    if verb.i == 0:
        return False
    before = verb.nbor(-1)
    return bool(before.is_sent_start) and before.head == verb and before.dep_ in ("advmod", "mark")
