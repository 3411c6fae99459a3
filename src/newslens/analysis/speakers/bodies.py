"""Which body a body's noun stands for ("the company", "the authority", "the force", "the
Cambridge-based group": one named before), one body named for two owners ("Russia's Defence
Ministry" beside "Ukraine's"), and which names taken for a person or a place are bodies or
firms: the one-word names "its spokesman", "the regulator" or "the union" goes on with (names
their sentence shows doing what a firm does are firm_acts's)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicon
from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.body_names import _named_for_its_work
from newslens.analysis.speakers.kinds import _corporate
from newslens.analysis.speakers.names import name_run, name_start
from newslens.analysis.speakers.phrases import Mention
from newslens.analysis.speakers.roles import _after_honorific, brokers_workplace, worker_at
from newslens.analysis.speakers.words import (
    _BODY_ANSWERS,
    _BODY_ENDINGS,
    _BODY_NOUNS,
    _DESCRIBED_BODIES,
    _FIRM_DESCRIPTORS,
    _FIRM_KINDS,
    _FIRM_NOUNS,
    _NAMES_ENDING_AS,
    _OPERATING_VERBS,
    _PORTFOLIOS,
)
from newslens.analysis.syntax.text import words_text
from newslens.given_names import GIVEN_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Token


def _lone_name(mention: Mention) -> bool:
    """Whether a person's mention is one capitalised word that no full name, given name or
    title makes a person's: "Acas", that the recogniser may take for someone, and that an
    "its spokesman" standing for it shows to be a body."""
    return (
        mention.kind is SpeakerKind.PERSON
        and mention.resolved
        and mention.head.pos_ == "PROPN"
        and " " not in mention.key
        and mention.key not in GIVEN_NAMES
        and name_start(mention.head) == mention.head.i  # not "Priya Nair", cut by the recogniser
        and not _after_honorific(mention.head)
    )


def _named_body(mention: Mention, before: Callable[[], list[Mention]]) -> Mention | None:
    """The body named before (``before()``) that "the authority" or "the union" stands for,
    if any.

    "National Flood Authority … the authority said": the nearest organisation whose
    name holds the noun; "Crestline Motors … the company said": the nearest firm.
    """
    # "Police said …" opening a sentence: the tagger may call the capitalised noun a name, and
    # a plural a group.
    alone = mention.name.lower() == mention.key
    if not (
        (mention.kind is SpeakerKind.ORGANISATION and mention.head.pos_ == "NOUN")
        or (alone and mention.kind in (SpeakerKind.ORGANISATION, SpeakerKind.GROUP))
    ):
        return None
    if _PLACED_BODY.fullmatch(mention.name):
        return _placed_body(mention.head.lower_, before())
    noun = mention.key
    if " " in noun and mention.head.lower_ in _BODY_NOUNS:
        # "the energy company", "the local council": a body noun with a word in lower case
        # before it stands for a name as the noun alone does.
        words = mention.name.split()
        if words[0].lower() == "the" and len(words) == 3 and words[1].islower():
            noun = mention.head.lower_
        if noun in _FORCE_NOUNS and _other_force(mention.head):
            return None  # "the air force", "the task force": no police force
    if noun not in _BODY_NOUNS:
        return None  # "the Russian army" says more than a noun standing for a name
    # "the retailer", "the group": a firm named before, as "the company" is
    return _body_called(noun, before(), firm=noun in _FIRM_DESCRIPTORS)


# "the Cambridge-based group", "the New York-based group", "the Nasdaq-listed company": a
# noun after a name joined by a hyphen to a word in lower case.
_PLACED_BODY = re.compile(r"(?i:the) (?:[A-Z][\w.&']* )*[A-Z][\w.&']*-[a-z]+ [a-z]+")


def _other_force(force: Token) -> bool:
    """Whether "force" is given a noun naming another force than the police: "the air
    force", "the task force", not "the police force"."""
    before = force.nbor(-1) if force.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lower_ not in _POLICE_WORDS


def _placed_body(noun: str, before: list[Mention]) -> Mention | None:
    """The body named before that "the Cambridge-based group" stands for: where a body is
    based or listed tells of one the story named, not of a new one, whatever noun the writer
    varies its name with; a firm, when the noun may call a firm so."""
    if noun not in _BODY_NOUNS:
        return None
    firm = _body_called(noun, before, firm=noun in _FIRM_DESCRIPTORS)
    named = (c for c in reversed(before) if c.kind is SpeakerKind.ORGANISATION)
    return firm or next((c for c in named if c.head.pos_ == "PROPN"), None)


def _body_called(noun: str, before: list[Mention], firm: bool = False) -> Mention | None:
    """The nearest organisation named before that a body noun ("authority", "company")
    stands for, if any; ``firm``: the noun stands for a firm, whatever it is.

    A firm named only as someone's workplace ("Priya Raman, an analyst at Hollis & Co.") is
    not the story's firm that a later "the company" stands for, unless no other firm fits;
    "the broker" is first the firm whose analysts spoke ("Analysts at Peel Hunt said")."""
    if firm or noun in _FIRM_NOUNS:
        broker = _FIRM_KINDS.get(noun) is _FIRM_KINDS["broker"]
        workplaces = {
            c.key
            for c in before
            if _workplace(c.head) and not (broker and brokers_workplace(c.head))
        }
        workplaces -= {c.key for c in before if not _workplace(c.head)}
        told = [c for c in before if c.key not in workplaces]
        found = _nearest_body_called(noun, told, before, firm)
        if found is not None:
            return found
    return _nearest_body_called(noun, before, before, firm)


def _workplace(name: Token) -> bool:
    """Whether a name is where a person named or described works: "an analyst at Hollis &
    Co.", "an economist with Corvane Bank", "Kate Byrne, of Usdaw"."""
    return worker_at(name) is not None


def _nearest_body_called(
    noun: str, candidates: list[Mention], before: list[Mention], firm: bool
) -> Mention | None:
    """The nearest of ``candidates`` that a body noun stands for (``_body_called``)."""
    return next(
        (
            c
            for c in reversed(candidates)
            if c.kind is SpeakerKind.ORGANISATION
            # "giant Northwind", tagged a noun; "the Clinton campaign", "Russia's defence
            # ministry", a body's noun that a name makes one body
            and (c.head.pos_ == "PROPN" or c.called or _named_noun(c.head))
            and (
                noun in c.name.lower().split()
                or noun == c.called  # "the union Usdaw … the union said"
                # "the company" for a firm: "Crestline Motors", "grid operator E-Redes"
                or ((firm or noun in _FIRM_NOUNS) and _firm_it_calls(noun, c, before))
                # "the National Weather Service … the agency said", "Harrow Council will
                # close …, the authority said"
                or c.name.lower().split()[-1] in _NAMES_ENDING_AS.get(noun, ())
                # "West Ridings Police …, the force added", "Police Scotland … the force"
                or (noun in _FORCE_NOUNS and not _POLICE_WORDS.isdisjoint(c.name.lower().split()))
            )
        ),
        None,
    )


def _firm_it_calls(noun: str, firm: Mention, before: list[Mention]) -> bool:
    """Whether a noun for a firm may stand for a firm named before: "the company" for any
    firm; "the bank" or "the lender" for one named or described as that kind in any mention
    of ``before`` ("Corvane Bank", "Halden, a lender"), never for one of another kind (the
    supermarket chain named before it), and for a firm of no kind stated ("Wilko cut 400
    jobs. The retailer said …": news seldom says what a firm it names is)."""
    corporate = (
        _corporate(firm.name) is not None
        or firm.called in _FIRM_DESCRIPTORS
        or _named_for_its_work(firm.name)
        or any(c.key == firm.key and _operator(c.head) for c in before)
    )
    kind = _FIRM_KINDS.get(noun)
    if kind is None:
        return corporate
    called = {c.called for c in before if c.key == firm.key}
    words = firm.name.lower().split()
    # "Air Accidents Investigation Branch", "Energy Council": a public body's name, whatever
    # kind of firm its words may name, is no firm's
    if firm.head.pos_ == "PROPN" and words[-1] not in _BODY_ENDINGS:
        called.update(words)
    # "Analysts at Peel Hunt said …": a firm whose analysts speak is a broker.
    if kind is _FIRM_KINDS["broker"] and any(
        c.key == firm.key and brokers_workplace(c.head) for c in before
    ):
        called.add("broker")
    stated = called & _FIRM_KINDS.keys()
    return not kind.isdisjoint(stated) if stated else corporate


def _operator(name: Token) -> bool:
    """Whether a name is who a service is run "by": "the ATR 72, operated by Northern
    Skylink", which runs a business whatever its name says."""
    by = name.head
    return name.dep_ == "pobj" and by.dep_ == "agent" and by.head.lemma_.lower() in _OPERATING_VERBS


def _named_noun(noun: Token) -> bool:
    """Whether a noun is given a name before it: "the Clinton campaign", "Clinton's
    campaign", "the UN human rights mission" (the name parsed as a modifier); not a
    headline's capital ("Popular Website Shows …")."""
    return any(
        c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN" and c.ent_type_
        for c in noun.lefts
    )


def _owner_left_out(mention: Mention) -> Token | None:
    """The named owner before a body's name that the name leaves out: "Russia" of
    "Russia's Defence Ministry"."""
    if mention.kind is not SpeakerKind.ORGANISATION or not mention.resolved:
        return None
    owner = next((c for c in mention.head.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return owner if owner is not None and not mention.key.startswith(owner.lower_) else None


def _bodies_of_two_owners(mentions: list[Mention]) -> None:
    """Name a body with its owner ("Russia's Defence Ministry") when the story names the
    same body for another owner too ("Ukraine's Defence Ministry"): two bodies, two
    speakers. A mention of it with no owner ("the Defence Ministry said") is the one
    named nearest before it. A body named for its portfolio alone shows its one owner
    ("Russia's defence ministry"): every country has a defence ministry."""
    owners: dict[str, dict[int, Token]] = {}
    for m in mentions:
        if (owner := _owner_left_out(m)) is not None:
            owners.setdefault(m.key, {})[id(m)] = owner
    for key, owned in owners.items():
        if len({name_run(o).text.lower() for o in owned.values()}) < 2:
            _show_the_owner_of_a_portfolio(mentions, key, next(iter(owned.values())))
            continue
        last: Mention | None = None
        for m in sorted((m for m in mentions if m.key == key), key=lambda m: m.span):
            owner = owned.get(id(m))
            if owner is not None:
                m.name = _owned_name(owner, m.name)
                m.key = m.name.lower()
                last = m
            elif last is not None:
                m.key, m.name = last.key, last.name


def _owned_name(owner: Token, name: str) -> str:
    """``name`` after its owner's "'s": "Russia's defence ministry"."""
    mark = owner.nbor(1).text if owner.nbor(1).lower_ in ("'s", "’s") else "'s"
    return f"{words_text(owner.doc, name_run(owner).start, owner.i + 1)}{mark} {name}"


def _show_the_owner_of_a_portfolio(mentions: list[Mention], key: str, owner: Token) -> None:
    """Show a body named for its portfolio with its one owner in every mention keyed to it
    ("defence ministry" as "Russia's defence ministry"); the key stays, so that "the
    ministry" still finds it."""
    *portfolio, body = key.split()
    if not portfolio or body not in _BODY_NOUNS or not set(portfolio) <= _PORTFOLIOS:
        return
    for m in mentions:
        if m.key == key:
            m.name = _owned_name(owner, m.name)


def _body_described_after(mention: Mention, before: list[Mention]) -> Mention | None:
    """The one-word name that "the regulator", opening the next sentence, describes: "Ofwat
    said …. The regulator said …". A noun that only a body is called (regulator, watchdog,
    carmaker), or "the union", makes the name the model took for a place, or a person, that
    body's."""
    words = mention.name.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1] not in _DESCRIBED_BODIES:
        return None
    return _lone_name_just_before(mention.head.sent.start, before)


def _body_spoken_for(
    bodies: list[Token], mention: Mention, before: list[Mention]
) -> Mention | None:
    """The one-word name that "the operator" of "A spokeswoman for the operator", opening
    the next sentence, describes: "Northline said …. A spokeswoman for the operator said"
    makes the name the model took for a place, or a person, that body. Only a noun that a
    body alone is called, as for "The regulator said" after "Ofwat said"; "a spokesman for
    the firm" may speak for a firm never named."""
    if len(bodies) != 1 or bodies[0].lower_ not in _DESCRIBED_BODIES:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in bodies[0].children):
        return None
    return _lone_name_just_before(mention.head.sent.start, before)


def _lone_name_just_before(opening: int, before: list[Mention]) -> Mention | None:
    """The last name of ``before``, when it is one word the model took for a place or a
    person, or a body's in capitals ("RMT", "BBC", which hold no "union" or "broadcaster"),
    the subject of the sentence ending at ``opening``: "Unite said …", not "Officials met
    Patel" (a bare surname, whom "the union" after it is not)."""
    name = next((c for c in reversed(before) if c.head.pos_ == "PROPN"), None)
    if name is None or " " in name.key or name.head.sent.end != opening:
        return None
    if name.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    capitals = name.kind is SpeakerKind.ORGANISATION and name.head.is_upper
    return name if capitals or name.kind is SpeakerKind.PLACE or _lone_name(name) else None


def _says_it_of_itself(mention: Mention) -> bool:
    """Whether a one-word name is a body by reporting its own stance or answer as "it":
    "Corvex said it welcomed the competition", "Castleford said it would appeal" (a person
    says "he" or "she"), though "it welcomed" is part of Corvex's words and no speaker of its
    own."""
    name = mention.head
    verbs = lexicon()
    if not _lone_name(mention) or name.head.lemma_.lower() not in verbs:
        return False
    return any(
        _speaks_of_itself(it, name)
        and (it.head.lemma_.lower() in verbs or it.head.lemma_.lower() in _BODY_ANSWERS)
        for said in name.head.children
        for it in said.children
        if it.lower_ == "it" and it.dep_ == "nsubj"
    )


def _speaks_of_itself(it: Token, speaker: Token) -> bool:
    """Whether "it" is the subject of what ``speaker`` is reported to say: "Corvex said it
    welcomed the competition"."""
    verb = it.head
    return (
        it.dep_ in ("nsubj", "nsubjpass")
        and verb.dep_ == "ccomp"
        and any(c.i == speaker.i and c.dep_ == "nsubj" for c in verb.head.children)
    )


def _one_body_called(noun: str, named: list[Mention]) -> Mention | None:
    """The one organisation of ``named`` that a body noun stands for; None when there is
    none, or more than one to choose from."""
    found = {c.key: c for c in named if _body_called(noun, [c])}
    return next(iter(found.values())) if len(found) == 1 else None


# What news calls a police force named before, and the words of a force's name, wherever they
# stand in it ("Police Scotland", "Cumbria Constabulary").
_FORCE_NOUNS = frozenset(["force", "constabulary"])
_POLICE_WORDS = frozenset(["police", "constabulary"])


def firms_named_with_an_s(mentions: list[Mention], named_bodies: list[Mention]) -> None:
    """Key a one-word name ending in "s" that the recogniser took for a person's or for people
    to the firm it found by that name elsewhere in the story: "Greggs said …" after "Shares
    in Greggs rose", as a firm's name may end like a plural or a surname ("Greggs", "Boots");
    not the surname of a person the story names in full ("Reyes" beside "Ana Reyes")."""
    firms = {b.key: b for b in named_bodies if " " not in b.key and b.key.endswith("s")}
    if not firms:
        return  # the cheap test first: most stories name no such firm
    for m in mentions:
        if m.kind is SpeakerKind.PERSON and " " in m.key:
            firms.pop(m.key.rsplit(" ", 1)[-1], None)
    for m in mentions:
        person = m.kind in (SpeakerKind.PERSON, SpeakerKind.GROUP)
        if person and m.resolved and m.key in firms and not _after_honorific(m.head):
            m.stand_for(firms[m.key])
