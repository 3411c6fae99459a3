"""Reporting verbs made acts by what they take: "invoked emergency powers", "declared
bankruptcy", "offered her a job", "sought asylum", "denied access", "reported a loss of
£3m", "found a way to …", "called a snap election" by their object, "called off the
wedding" by their particle; "voted with the opposition", "found a man lying in the road" and
"called 911" by whom or what they take."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import physical_targets
from newslens.analysis.speakers import person_word
from newslens.analysis.speakers.words import _FEMALE, _MALE, _RESEARCH_GROUPS, SOURCE_NOUNS
from newslens.analysis.syntax.words import object_of

if TYPE_CHECKING:
    from spacy.tokens import Token

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
# "sought asylum", "is seeking damages", "asked for donations", "asked ministers for a fund"
# (not "sought assurances", "asked for clarification", which are asked for in words, nor
# "asked ministers to fund the wall", a bid reported); and comment, which a reporter asks for
# ("sought comment from Hale", "calls seeking comment"): the asking is no one's words.
# Denied, they are withheld, not disputed: "denied access to the site", "denied him entry".
_THINGS_SOUGHT = frozenset(
    [
        "comment",
        "access",
        "entry",
        "visa",
        "permission",
        "leave",
        "approval",
        "consent",
        "funding",
        "fund",
        "grant",
        "loan",
        "money",
        "cash",
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


# What a court is asked to hold or grant, sought as a step in a case, not said: "seek a
# judicial review", "sought a retrial", "are seeking a warrant" (asked for, it may be a call:
# "asked for a review of the case").
_STEPS_SOUGHT = _THINGS_SOUGHT | frozenset(
    ["review", "retrial", "hearing", "warrant", "extradition", "writ"]
)


# What is found as a way to act, not a finding: "found a way to cut the bill", "found ways to
# avoid the rules", "found the money for a new pier" say that something was managed.
_WAYS_FOUND = frozenset(["way", "means", "route", "path", "time", "money"])


# What is called to be held or to take effect, not named: "called an extraordinary meeting",
# "called a snap election", "called a strike", "called a halt to the works" (not "called the
# vote a farce", which names it, nor "called for a referendum", which asks for one).
_EVENTS_CALLED = frozenset(
    [
        "meeting",
        "session",
        "summit",
        "conference",
        "election",
        "vote",
        "ballot",
        "referendum",
        "strike",
        "walkout",
        "halt",
        "ceasefire",
        "truce",
        "recess",
        "inquiry",
    ]
)


def _calls_an_event(cue: Token) -> bool:
    """Whether "call" has an event for its object and nothing it calls that event: "called a
    snap election", "called a halt to the works"; not "called the strike a necessary step"."""
    children = list(cue.children)
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp") for c in children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _EVENTS_CALLED for c in children)


def _denies_someone_a_thing(cue: Token) -> bool:
    """Whether "deny" withholds a thing from someone, the one and the thing its two objects:
    "denied him a contract", "denied staff a pay rise" (not "denied the claim")."""
    if cue.lemma_.lower() != "deny":
        return False
    deps = [c.dep_ for c in cue.rights]
    return "dative" in deps or deps.count("dobj") > 1


# Reporting verbs that an object of these makes an act.
_ACTS_BY_OBJECT = {
    "find": _WAYS_FOUND,
    "invoke": _POWERS_INVOKED,
    "declare": _DECLARED_IN_FORCE,
    "offer": _THINGS_OFFERED,
    "seek": _STEPS_SOUGHT,
    "deny": _THINGS_SOUGHT,
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


# Reporting verbs that a particle makes an act: "called off the wedding", "wrote off the
# debt", "put off the vote" (not "backed off the pledge", a position given up).
_PHRASAL_ACTS = frozenset([("call", "off"), ("write", "off"), ("put", "off"), ("call", "up")])


# What a vote's words say besides a side or a matter: when, again, and the joins.
_BESIDE_A_VOTE = frozenset(["punct", "cc", "conj", "advmod", "npadvmod"])


def _votes_with_someone(vote: Token) -> bool:
    """Whether a vote says only whom it sided with or what it was held on: "voted with the
    opposition", "voted with his feet", "will vote again on the measure"; not what for or
    against ("voted against the budget", "voted on Tuesday to strike")."""
    after = [c for c in vote.rights if c.dep_ not in _BESIDE_A_VOTE]
    return bool(after) and all(c.dep_ == "prep" and c.lower_ in ("with", "on") for c in after)


def votes_a_tally(vote: Token) -> bool:
    """Whether a vote's object is its tally, a count of hands and no words: "voted seven to
    four", "voted 7-2 in favour", "voted by 91% in favour of a strike" (its infinitive,
    "voted seven to four to approve it", is still what was voted for)."""
    return any(
        (c.dep_ == "dobj" and c.tag_ == "CD") or _a_margin(c) for c in vote.children
    ) and not any(c.dep_ in ("xcomp", "ccomp") for c in vote.children)


def _a_margin(word: Token) -> bool:
    """Whether a word on a vote is the margin it was carried by: "by 91%", "by 300 votes"."""
    if word.dep_ != "prep" or word.lower_ != "by":
        return False
    margin = object_of(word)
    return margin is not None and (
        margin.like_num or any(c.dep_ == "nummod" for c in margin.children)
    )


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


# Subjects whose finding is a result: "the team", "researchers", "the study", "the review".
_RESEARCHERS = _RESEARCH_GROUPS | SOURCE_NOUNS


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
    # "The team found no extra benefit": researchers or a study find results, not things
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _RESEARCHERS for c in children):
        return False
    targets = physical_targets()
    return any(
        person_word(thing) or thing.lemma_.lower() in targets | _LOOKED_FOR
        for thing in [found, *found.conjuncts]
    )


# The words that make someone the one a clause's "she" or "he" stands for.
_OF_A_SEX = {"she": _FEMALE, "he": _MALE}


def finds_of_oneself(find: Token) -> bool:
    """Whether "find" tells what someone came to know of their own state, not a finding:
    the daughter "who comes home and finds she does not recognise him", "she found she could
    not sleep", the clause's "she" or "he" the finder (not "the coroner found he had died")."""
    finder = _finder(find)
    if finder is None:
        return False
    for clause in find.children:
        if clause.dep_ != "ccomp":
            continue
        pronoun = next((c.lower_ for c in clause.children if c.dep_ == "nsubj"), "")
        if pronoun in _OF_A_SEX and finder.lower_ in _OF_A_SEX[pronoun]:
            return True
    return False


def _finder(find: Token) -> Token | None:
    """Who finds: the subject of "find" or of the verb it is joined to, or the noun a relative
    "who" stands for."""
    verb = find
    while verb.dep_ == "conj":
        verb = verb.head
    finder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if finder is not None and finder.tag_ == "WP" and verb.dep_ == "relcl":
        return verb.head
    return finder


def _a_number_rung(called: Token) -> bool:
    """Whether what "call" takes is a telephone number: "called 911", "call Kent Police on
    101"."""
    if called.dep_ == "dobj" and called.like_num:
        return True
    number = object_of(called) if called.dep_ == "prep" and called.lower_ == "on" else None
    return number is not None and number.like_num


# "The figures tell a different story", "Police data tell the same tale": a story told only as
# like or unlike another says what the facts show, in no one's words; "told the story her
# father had written" still tells which story.
_LIKENED = frozenset(["different", "similar", "same", "another", "other", "mixed", "familiar"])


def _tells_a_like_story(tell: Token) -> bool:
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in ("story", "tale")
        and any(a.lower_ in _LIKENED for a in c.children if a.dep_ in ("amod", "det"))
        for c in tell.children
    )
