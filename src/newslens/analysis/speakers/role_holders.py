"""Who holds the role a mention names: the roles said of each mention ("Kremlin spokesman
Dmitry Peskov", "Calloway (R-Ohio)"); whom a description of a role fits ("the Ohio senator");
a role that the next sentence names ("The mayor was defiant. Anne Fisher said …"), and one
the story gives later to one named person alone."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicon
from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.beside import _described_too
from newslens.analysis.speakers.names import name_run, name_start
from newslens.analysis.speakers.namesakes import _sex
from newslens.analysis.speakers.phrases import Mention
from newslens.analysis.speakers.roles import _person_by_ending, _role_word
from newslens.analysis.speakers.words import (
    _BOSS_ROLES,
    _PERSON_NOUNS,
    _PORTFOLIOS,
    _ROLE_QUALIFIERS,
    PARTIES,
    TITLES,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


_BOSS = frozenset(["boss"])
# Every word of the roles of one who runs something: role words with none of them name no one
# who does, asked first as one test.
_BOSS_WORDS = frozenset().union(*_BOSS_ROLES)

# Verbs of running a body: whoever "leads the union" holds a role of their own.
_LEADING = frozenset(["lead", "head", "run", "chair"])

# Titles as news abbreviates them, for the role a later "the senator" names.
_ABBREVIATED_ROLES = {
    "sen.": "senator",
    "sen": "senator",
    "rep.": "congressman",
    "gov.": "governor",
    "gov": "governor",
    "gen.": "general",
    "gen": "general",
    "pres.": "president",
    "sec.": "secretary",
    "prof": "professor",
    "prof.": "professor",
    # British police ranks: "PC Dan Shaw" is who "the officer" is
    "pc": "officer",
    "sgt": "sergeant",
    "sgt.": "sergeant",
    # "Keir Starmer, the PM": the prime minister, whom a later "the minister" may stand for
    "pm": "prime minister",
}


def _roles(mention: Mention) -> set[str]:
    """The role words said of a mention: "Kremlin spokesman Dmitry Peskov", "the mayor, X",
    "Sen. Ted Cruz" (a senator)."""
    head = mention.head
    lefts = list(head.lefts)  # walked twice: each walk builds every Token anew
    # "the prime minister's official spokesman" is a spokesman: the owner's role is the owner's
    words = {t.lower_ for t in lefts if t.dep_ != "poss"}
    if head.pos_ == "NOUN":
        words.add(head.lower_)  # "a senior official" is one, and so no chancellor
    # "Prime Minister Ann Vale", "GP Ravi Mehta": a title may hang on the words after it.
    words |= {t.lower_ for c in lefts if c.dep_ == "compound" for t in c.lefts}
    words |= _written_apart(head.doc[head.left_edge.i : head.i])
    # "GP Ravi Mehta" opening a paragraph: the parser may cut the title off as a sentence
    # of its own, yet it is still written on the name.
    words |= {head.doc[i].lower_ for i in range(name_start(head), head.i)}
    # "the actress and activist Lena Brook": both nouns are hers.
    described = head.dep_ == "conj" and head.head.pos_ == "NOUN" and _described_too(head)
    if head.dep_ == "appos" or described:
        words.add(head.head.lower_)
        held = head.head
        words |= _written_apart(head.doc[held.left_edge.i : held.i + 1])
        if held.dep_ == "pobj" and held.head.lower_ == "of":
            # "the head of the health board Dr Priya Nair", the name hung on the board
            words.add(held.head.head.lower_)
        if held.dep_ == "appos" and held.head.pos_ == "NOUN":
            # "her lawyer, the veteran barrister John Smith": the lawyer too
            words.add(held.head.lower_)
        # "Labour's shadow chancellor, Priya Desai", "the labour minister, Claire Fontaine":
        # another office than the chancellor's, the finance minister's
        words |= {t.lower_ for t in held.lefts if t.lower_ in _ROLE_QUALIFIERS | _PORTFOLIOS}
    for aside in (c for c in head.rights if c.dep_ == "appos"):  # "Jo Kim, an analyst"
        words |= {aside.lower_, *_written_apart(head.doc[aside.left_edge.i : aside.i + 1])}
        # "Mel Stride, the shadow chancellor,": another office than a later "the prime
        # minister" or "the chancellor"
        words |= {t.lower_ for t in aside.lefts if t.lower_ in _ROLE_QUALIFIERS | _PORTFOLIOS}
    if any(map(_leads_something, head.rights)):
        words.add("head")  # "Jo Kim, who runs the growers' union,": no minister
    words |= _party_tag(head)
    words |= {r for w in words if w in _ABBREVIATED_ROLES for r in _ABBREVIATED_ROLES[w].split()}
    # "Prime Minister Keir Starmer" is whom a later "the PM" stands for
    words |= {a for a, role in _ABBREVIATED_ROLES.items() if words.issuperset(role.split())}
    return (words | _BOSS) if _runs_something(words) else words


def _written_apart(words: SpacySpan) -> set[str]:
    """Role nouns written as two words: "harbourmaster" of "the harbour master", a role of
    its own and so no minister."""
    # the role noun in lower case: "Paul Krugman" is a name, no "paulkrugman"
    joined = (a.lower_ + b.lower_ for a, b in pairwise(words) if b.is_lower and b.pos_ == "NOUN")
    return {w for w in joined if _role_word(w)}


def _leads_something(clause: Token) -> bool:
    """Whether a clause on a name says the one named leads something: "who leads the union",
    "who has run the charity since 2019", "who chairs the board"."""
    return (
        clause.dep_ == "relcl"
        and clause.lemma_.lower() in _LEADING
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
        and any(c.dep_ == "dobj" for c in clause.children)
    )


def _party_tag(name: Token) -> set[str]:
    """The party a tag after a US name gives: {"republican"} of "Calloway (R-Ohio)" or
    "Whitcomb, D-Ore."."""
    # Read word by word, the cheap test first: a slice of the Doc costs more than the words.
    doc, i = name.doc, name.i
    if i + 4 <= len(doc) and doc[i + 1].text in ("(", ",") and doc[i + 3].text == "-":
        letter = doc[i + 2].text
        if len(letter) == 1 and letter.isupper() and letter.lower() in PARTIES:
            return {PARTIES[letter.lower()]}
    return set()


def _fits(pending: Mention, roles: set[str]) -> tuple[bool, bool]:
    """Whether one mention's roles give it the role a description names ("the Republican vice
    presidential nominee"), in the same office ("vice", "former"); and whether every word of
    the description was said of it too, its party by any name ("GOP", "R-Ohio")."""
    if pending.head.lower_ in PARTIES:
        # "the Kentucky Republican": one of that party by any name ("R-Ky.", "GOP"), whose
        # place the tag writes in short, so that no more is said of them
        return PARTIES[pending.head.lower_] in _parties(roles), False
    role = pending.head.lower_.replace("woman", "man")  # "Rep. Ana Ruiz" is "the congresswoman"
    if role not in {r.replace("woman", "man") for r in roles}:
        return False, False
    words = set(pending.description)
    if words & _ROLE_QUALIFIERS != roles & _ROLE_QUALIFIERS:
        return False, False
    if _another_portfolio(words, roles):
        return False, False  # "the finance minister" after "the labour minister, X"
    others = words - _ROLE_QUALIFIERS - PARTIES.keys()
    return True, _parties(words) <= _parties(roles) and others <= roles


def _another_portfolio(words: set[str], roles: set[str]) -> bool:
    """Whether ``words`` said of a role name a portfolio other than the one ``roles`` hold:
    "finance" of "the finance minister", after "the labour minister, Claire Fontaine"."""
    held = roles & _PORTFOLIOS
    return bool(held and words & _PORTFOLIOS - held)


def _parties(words: set[str]) -> set[str]:
    """The parties words name: {"republican"} of {"the", "gop", "nominee"}."""
    return {PARTIES[w] for w in words if len(w) > 1 and w in PARTIES}


def _of_where(mention: Mention) -> set[str]:
    """The capitalised words before a mention's name or role, lower case, naming a place, a
    team or a body: {"rovers"} of "Rovers captain Sam Carter", {"ohio"} of "the Ohio senator";
    not its titles, its party or the person's own name."""
    head = mention.head
    phrase = head.doc.char_span(*mention.span, alignment_mode="expand")
    end = name_start(head) if head.pos_ == "PROPN" else head.i
    before = [] if phrase is None else [t for t in phrase if t.i < end]
    return {
        t.lower_
        for t in before
        if t.pos_ in ("PROPN", "NOUN", "ADJ")
        and t.text[:1].isupper()
        and t.lower_ not in TITLES
        and t.lower_ not in PARTIES
        and not _role_word(t.lower_)
    }


def _described_one(
    pending: Mention, compatible: list[Mention], done: list[Mention]
) -> Mention | None:
    """Whom a description of a role stands for ("the Ohio senator" after "Sen. Rhea Calloway
    (R-Ohio)"): the nearest named in that role whom all its words fit; else the
    one person named in that role, when its words do not set them apart; never one of another
    party ("the Democratic senator" is not "Calloway (R-Ohio)") or of another place or team
    ("the Ashfield captain" is not "Rovers captain Sam Carter")."""
    # Someone named: not another description that stood for itself ("The GOP nominee").
    named = {c.key for c in done if c.head.pos_ == "PROPN"}
    candidates = {c.key for c in compatible} & named
    party = _parties({*pending.description, pending.head.lower_})
    # a party's member is of a place the tag after a name writes in short ("R-Ky."), unread
    where = set() if pending.head.lower_ in PARTIES else _of_where(pending)
    holders: set[str] = set()
    described: set[str] = set()
    apart: set[str] = set()  # of another party, place or team
    for c in done:
        if c.key in candidates:
            roles = _roles(c)
            stated = _parties(roles)
            holds, all_said = _fits(pending, roles)
            if holds:
                holders.add(c.key)
            if all_said:
                described.add(c.key)
            elsewhere = _of_where(c) if where else set()  # asked only beside a place of its own
            if (stated and not party <= stated) or (where and elsewhere and not where & elsewhere):
                apart.add(c.key)
    holders -= apart
    chosen = described or (holders if len(holders) == 1 else set())
    return next((c for c in compatible if c.key in chosen), None)


def _runs_something(words: set[str]) -> bool:
    """Whether role words name the one who runs a firm, a body or a team ("chief executive
    Sarah Lin", "Rovers manager Sam Cole"): the one a later "the firm's boss" is."""
    if words.isdisjoint(_BOSS_WORDS):
        return False  # most role words: one test, not one for each role
    return any(words.issuperset(role) for role in _BOSS_ROLES)


def _person_roles(words: set[str]) -> set[str]:
    """The words of a set that name a person's role or trade: "backbencher", "barrister"."""
    return {w for w in words if _role_word(w) or w in _PERSON_NOUNS or _person_by_ending(w)}


def _roles_named_a_sentence_before(mentions: list[Mention]) -> None:
    """ "The mayor was defiant. Anne Fisher said …": a role the story describes and a full
    name opening the next sentence are one person, and so is every mention keyed to the role
    (the same role before and after, and whatever it said), now keyed to the name."""
    ordered = sorted(mentions, key=lambda m: m.span)
    for role, name in pairwise(ordered):
        if not _role_then_name(role, name):
            continue
        if any(m.key == role.key and _named(m) for m in mentions):
            continue  # the role is someone named before, not the name after it
        old = role.key
        for m in mentions:
            if m.key == old:
                m.stand_for(name)


def _named(mention: Mention) -> bool:
    """Whether a mention is a name, not a role a headline capitalises ("Mayor faces …")."""
    return mention.head.pos_ == "PROPN" and not _role_word(mention.head.lower_)


def _role_then_name(role: Mention, name: Mention) -> bool:
    """Whether ``role`` is a role that is the subject of a sentence saying nothing ("The
    council's chief executive was more cautious") and ``name`` a person's full name opening
    the sentence right after it."""
    head = name.head
    if not (
        name.resolved
        and name.kind is SpeakerKind.PERSON
        and head.pos_ == "PROPN"
        and " " in name.key
        and head.doc[name_start(head)].is_sent_start
    ):
        return False
    said = role.head
    if not (
        role.resolved
        and said.dep_ == "nsubj"
        and said.pos_ == "NOUN"
        and _role_word(said.lower_)
        and said.left_edge.lower_ == "the"
        and said.head.lemma_.lower() not in lexicon()  # a role that speaks is quoted itself
    ):
        return False
    own = _person_roles(_roles(name) - {t.lower_ for t in name_run(head)})  # not "Ian"
    if own and said.lower_ not in own:
        return False  # "John Smith, the opposition leader, said": not the minister before
    return said.sent.end == name_start(head) and {_sex(role), _sex(name)} != {"f", "m"}


# What sets a role apart as someone new, not one the story goes on to name: "a spokesman".
_INDEFINITE = frozenset(["a", "an", "another", "one"])


def _roles_named_later(
    mentions: list[Mention], roles: dict[str, set[str]], in_headline: Callable[[Mention], bool]
) -> None:
    """ "…, the housing minister said. … Housing minister Ana Ruiz told reporters …": a role
    that spoke with no one named before, that the story later gives to one named person
    alone, is that person, and so is every mention keyed to the role ("the minister", "she").
    Not a role told as someone new ("a spokesman"), nor when another named person holds the
    role too, when the story's words for the role are not all said of the person ("the
    finance minister" of "Housing minister Ana Ruiz"), or when the role and the person are
    told as of two sexes."""
    story = sorted((m for m in mentions if not in_headline(m)), key=lambda m: m.span)
    own = [m for m in story if m.resolved and m.key == m.head.lower_ and _role_word(m.key)]
    if not own:
        return  # most stories: every role spoken of is someone named before, or none speaks
    named = [
        m
        for m in story
        if m.resolved and m.kind is SpeakerKind.PERSON and " " in m.key and _named(m)
    ]
    for key in dict.fromkeys(m.key for m in own):
        keyed = [m for m in mentions if m.key == key]
        if any(_named(m) or m.head.left_edge.lower_ in _INDEFINITE for m in keyed):
            continue  # "a spokesman announced …": someone of their own, whoever is named
        # Each holder by where the story first names them: a role that spoke after that is
        # no one introduced later.
        holders: dict[str, Mention] = {}
        for n in named:
            if key in roles.get(n.key, set()):
                holders.setdefault(n.key, n)
        if len(holders) != 1:
            continue
        holder = next(iter(holders.values()))
        first = min(m.span for m in keyed)
        said = set().union(*(_words_before_the_role(m) for m in keyed))
        sexes = {_sex(m) for m in [*keyed, holder]} - {""}
        if first < holder.span and said <= roles[holder.key] and len(sexes) < 2:
            for m in keyed:
                m.stand_for(holder)


def _words_before_the_role(mention: Mention) -> set[str]:
    """The words "the" and a role noun hold between them, lower case: {"housing"} of "the
    housing minister"; none of "she", keyed to the role."""
    head = mention.head
    if not _role_word(head.lower_) or head.i < 2 or head.doc[head.i - 2].lower_ != "the":
        return set()
    return {head.doc[head.i - 1].lower_}
