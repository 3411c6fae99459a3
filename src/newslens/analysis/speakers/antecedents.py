"""Whom a pronoun or a role noun stands for ("he", "its spokeswoman", "the minister"): the
compatible mentions before it, by kind, sex, role and office; whom a description of a role ("the
Ohio senator") fits; the roles said of each mention ("Kremlin spokesman Dmitry Peskov",
"Calloway (R-Ohio)"); a role that the next sentence names ("The mayor was
defiant. Anne Fisher said …"); and the headline and a live blog's entries, which bound where to
look."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicon
from newslens.analysis.model import SpeakerKind
from newslens.analysis.quotes import headline_at
from newslens.analysis.speakers.bodies import _lone_name
from newslens.analysis.speakers.kinds import _rank_number, _the_aged
from newslens.analysis.speakers.names import name_run, name_start
from newslens.analysis.speakers.namesakes import _sex
from newslens.analysis.speakers.phrases import Mention
from newslens.analysis.speakers.roles import (
    _described,
    _role_of_a_body,
    _role_word,
    headline_role,
    person_word,
)
from newslens.analysis.speakers.words import (
    _BOSS_ROLES,
    _MINISTERS,
    _PERSON_ENDINGS,
    _PERSON_NOUNS,
    _POSITIONS,
    _ROLE_QUALIFIERS,
    GROUP_PRONOUNS,
    OFFICES,
    PARTIES,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    THING_PRONOUNS,
    TITLES,
)
from newslens.boilerplate import opens_an_entry

if TYPE_CHECKING:
    from spacy.tokens import Token


_BOSS = frozenset(["boss"])


def _stands_for_a_person(pending: Mention) -> bool:
    """Whether a mention to resolve is a role that only a person fills: "the spokeswoman",
    "the world No 12", "the 34-year-old" (a pronoun but "they" or "it" is decided apart)."""
    word = pending.key
    return word in PERSON_PRONOUNS or (
        word not in GROUP_PRONOUNS | THING_PRONOUNS
        and (
            _role_word(pending.head.lower_)
            or pending.head.ent_type_ == "NORP"
            or _rank_number(pending.head) is not None
            or _the_aged(pending.head) is not None
        )
    )


def _compatible(
    pending: Mention, sex: str, candidate: Mention, candidate_sex: str, person: bool
) -> bool:
    """Whether ``candidate`` may be who ``pending`` stands for; ``person``: whether
    ``pending`` stands for a person (``_stands_for_a_person``, worked out once a mention)."""
    word = pending.key
    if {sex, candidate_sex} == {"f", "m"}:
        return False
    if person:  # "its spokeswoman" speaks for an "it"
        return candidate.kind is SpeakerKind.PERSON
    if word in GROUP_PRONOUNS:
        return candidate.kind in (
            SpeakerKind.GROUP,
            SpeakerKind.ORGANISATION,
            SpeakerKind.PLACE,
        )
    if word in THING_PRONOUNS:
        # "the army … it claimed": an organisation, a place or a singular common noun; but
        # only a named body has a spokeswoman ("Its spokeswoman said" is not the power cut's).
        owned_role = pending.head.lower_ not in THING_PRONOUNS
        if (owned_role or _speaks_of_itself(pending.head, candidate.head)) and _lone_name(
            candidate
        ):
            # "Acas said …. Its spokesman said", "Corvex said it welcomed …": a body the
            # recogniser took for someone
            return True
        # Never a person's role with no name: "It did not say" after "…, its chief
        # executive told staff" is the firm's.
        a_role = candidate.head.pos_ == "NOUN" and person_word(candidate.head)
        return (
            candidate.kind in (SpeakerKind.ORGANISATION, SpeakerKind.PLACE, SpeakerKind.UNKNOWN)
            and candidate.head.pos_ in (("PROPN",) if owned_role else ("NOUN", "PROPN"))
            and not a_role
        )
    return False


def _speaks_of_itself(it: Token, speaker: Token) -> bool:
    """Whether "it" is the subject of what ``speaker`` is reported to say: "Corvex said it
    welcomed the competition"."""
    verb = it.head
    return (
        it.dep_ in ("nsubj", "nsubjpass")
        and verb.dep_ == "ccomp"
        and any(c.i == speaker.i and c.dep_ == "nsubj" for c in verb.head.children)
    )


def _object_of_subject(word: Token, subject: Token) -> bool:
    """Whether a word is the object of the verb whose subject is given: "the mayor" in "The
    reporter interviewed the mayor", or "spoke to the mayor", is someone else; so is "him" in
    "One senator threatened Hale, daring him to say …", bidden by the senator."""
    verb = word.head.head if word.dep_ == "pobj" and word.head.dep_ == "prep" else word.head
    if subject.dep_ != "nsubj":
        return False
    if word.dep_ in ("dobj", "pobj") and subject.head == verb:
        return True
    if word.dep_ not in ("dobj", "dative", "nsubj") or word.pos_ != "PRON":
        return False
    if word.dep_ == "nsubj":
        # "daring him to say": the one bid to speak, parsed as the infinitive's subject
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        verb = verb.head
    # A participle or infinitive with no subject of its own is the subject's doing.
    while verb != subject.head and verb.dep_ in ("advcl", "xcomp") and verb.tag_ in ("VBG", "VB"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        verb = verb.head
    return verb == subject.head


def _named_before_in_its_sentence(pronoun: Mention, candidate: Mention) -> bool:
    """Whether ``candidate`` is a name outside any subject set before ``pronoun`` in its
    sentence ("Voss's advice earned him praise, where he admitted …"): as near as a subject for
    a "he", "him", "she" or "her" below the sentence's own subject, which goes on from the
    sentences before ("Asked about Voss's plan, he said …" is someone else)."""
    word = pronoun.head
    if word.pos_ != "PRON" or pronoun.key not in ("he", "she", "him", "her"):
        return False
    if word.dep_ == "nsubj" and word.head.dep_ == "ROOT":
        return False
    return candidate.head.sent.start == word.sent.start


def _subject_of_another_clause(word: Token, subject: Token) -> bool:
    """Whether a role noun is the subject of one clause and ``subject`` of another joined to
    it: "When Hale asked about the delay, the spokesman said …" is someone else; a pronoun
    there ("When Hale arrived, he said …") is not a role noun and is not asked about."""
    if word.pos_ != "NOUN" or word.dep_ != "nsubj" or subject.dep_ != "nsubj":
        return False
    verb, other = word.head, subject.head
    return verb != other and (
        (other.dep_ == "advcl" and other.head == verb)
        or (verb.dep_ == "advcl" and verb.head == other)
    )


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
}


def _roles(mention: Mention) -> set[str]:
    """The role words said of a mention: "Kremlin spokesman Dmitry Peskov", "the mayor, X",
    "Sen. Ted Cruz" (a senator)."""
    head = mention.head
    words = {t.lower_ for t in head.lefts}
    if head.pos_ == "NOUN":
        words.add(head.lower_)  # "a senior official" is one, and so no chancellor
    # "Prime Minister Ann Vale", "GP Ravi Mehta": a title may hang on the words after it.
    words |= {t.lower_ for c in head.lefts if c.dep_ == "compound" for t in c.lefts}
    # "GP Ravi Mehta" opening a paragraph: the parser may cut the title off as a sentence
    # of its own, yet it is still written on the name.
    words |= {head.doc[i].lower_ for i in range(name_start(head), head.i)}
    if head.dep_ == "appos":
        words.add(head.head.lower_)
        held = head.head
        if held.dep_ == "pobj" and held.head.lower_ == "of":
            # "the head of the health board Dr Priya Nair", the name hung on the board
            words.add(held.head.head.lower_)
        # "Labour's shadow chancellor, Priya Desai": another office than the chancellor's
        words |= {t.lower_ for t in held.lefts if t.lower_ in _ROLE_QUALIFIERS}
    words |= {c.lower_ for c in head.rights if c.dep_ == "appos"}  # "Jo Kim, an analyst"
    words |= _party_tag(head)
    words |= {_ABBREVIATED_ROLES[w] for w in words if w in _ABBREVIATED_ROLES}
    return (words | _BOSS) if _runs_something(words) else words


def _party_tag(name: Token) -> set[str]:
    """The party a tag after a US name gives: {"republican"} of "Calloway (R-Ohio)" or
    "Whitcomb, D-Ore."."""
    after = name.doc[name.i + 1 : name.i + 4]
    if len(after) == 3 and after[0].text in ("(", ",") and after[2].text == "-":
        letter = after[1].text
        if len(letter) == 1 and letter.isupper() and letter.lower() in PARTIES:
            return {PARTIES[letter.lower()]}
    return set()


def _fits(pending: Mention, roles: set[str]) -> tuple[bool, bool]:
    """Whether one mention's roles give it the role a description names ("the Republican vice
    presidential nominee"), in the same office ("vice", "former"); and whether every word of
    the description was said of it too, its party by any name ("GOP", "R-Ohio")."""
    role = pending.head.lower_.replace("woman", "man")  # "Rep. Ana Ruiz" is "the congresswoman"
    if role not in {r.replace("woman", "man") for r in roles}:
        return False, False
    words = set(pending.description)
    if words & _ROLE_QUALIFIERS != roles & _ROLE_QUALIFIERS:
        return False, False
    others = words - _ROLE_QUALIFIERS - PARTIES.keys()
    return True, _parties(words) <= _parties(roles) and others <= roles


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
    party = _parties(set(pending.description))
    where = _of_where(pending)
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
            elsewhere = _of_where(c)
            if (stated and not party <= stated) or (where and elsewhere and not where & elsewhere):
                apart.add(c.key)
    holders -= apart
    chosen = described or (holders if len(holders) == 1 else set())
    return next((c for c in compatible if c.key in chosen), None)


def _same_office(pending: Mention, roles: set[str]) -> bool:
    """Whether roles that share a word with ``pending``'s are its office: "shadow chancellor"
    or "deputy mayor" is not what "the chancellor" or "the mayor" is, though "the deputy
    mayor" is."""
    return roles & _ROLE_QUALIFIERS <= {t.lower_ for t in pending.head.lefts}


def _runs_something(words: set[str]) -> bool:
    """Whether role words name the one who runs a firm, a body or a team ("chief executive
    Sarah Lin", "Rovers manager Sam Cole"): the one a later "the firm's boss" is."""
    return any(words.issuperset(role) for role in _BOSS_ROLES)


def _person_roles(words: set[str]) -> set[str]:
    """The words of a set that name a person's role or trade: "backbencher", "barrister"."""
    return {w for w in words if _role_word(w) or w in _PERSON_NOUNS or w.endswith(_PERSON_ENDINGS)}


def _headline_end(text: str) -> int:
    """Where the headline ends: the text's first line when it reads as one, with no full stop
    to end it; 0 when there is none. Worked out once a text: ``Doc.text`` is rebuilt from
    every token each time it is read."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if start >= end or text[start:end].rstrip().endswith(".") or not headline_at(text, start):
        return 0
    return end


def _headline_role(mention: Mention, lower: bool = False) -> bool:
    """Whether a headline's speaker is a role alone, or after the name of whom it serves:
    "Witness says …", "Mother: '…'", "Rovers boss: '…'"; with ``lower``, a role written in
    lower case, as a headline in sentence case has it ("… as chief executive warns …")."""
    words = [t for t in mention.head.doc.char_span(*mention.span, alignment_mode="expand") or []]
    if lower:
        cased = all(t.is_lower and t.pos_ != "DET" for t in words)
    else:
        cased = bool(words) and words[0].text[:1].isupper() and all(t.is_title for t in words[:-1])
    return bool(words) and words[-1].i == mention.head.i and cased and headline_role(mention.head)


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
                m.key, m.name, m.kind = name.key, name.name, name.kind


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


def _named_after_in_sentence(pronoun: Mention, mentions: list[Mention]) -> Mention | None:
    """The person a "she" or "he" stands for when it opens a clause set before its
    sentence's named subject: Okafor of "While she acknowledged the delay, Okafor blamed the
    contractor", not a speaker of the paragraph before."""
    word = pronoun.head
    if word.lower_ not in ("he", "she") or word.dep_ != "nsubj":
        return None
    clause = word.head
    if clause.dep_ != "advcl" or clause.i > clause.head.i:
        return None
    if not any(c.dep_ == "mark" for c in clause.children):
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i > clause.i), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    named = next((n for n in mentions if n.head == subject), None)
    if named is None or named.kind is not SpeakerKind.PERSON or not named.resolved:
        return None
    sex = _sex(named)
    return named if sex in ("", _sex(pronoun)) else None


def _entry_starts(text: str) -> list[int]:
    """Where each entry of a live blog starts, at the line of its time ("7 p.m.", "12.10
    GMT"); none for a story with fewer than two such lines. A page's "Updated 14:05" starts
    no entry."""
    starts = [
        line.start()
        for line in re.finditer(r"[^\n]+", text)
        if opens_an_entry(line.group().strip())
    ]
    return starts if len(starts) > 1 else []


def _antecedent_among(
    m: Mention,
    compatible: list[Mention],
    done: list[Mention],
    roles: dict[str, set[str]],
    in_headline: Callable[[Mention], bool],
) -> Mention | None:
    """Whom a pronoun or a role noun to resolve stands for among the ``compatible`` mentions
    before it (nearest first, the salient ahead), given the mentions resolved so far and the
    roles each speaker was given."""
    # A headline's "Witness says …" is the person giving evidence in the body, not
    # a witness of its own.
    in_body = [c for c in compatible if not in_headline(c)]
    if m.description:
        return _described_one(m, in_body, done)
    role_noun = _role_word(m.head.lower_)
    named_above = (
        role_noun
        and bool(in_body)
        and not in_headline(m)
        and any(in_headline(c) and (c.key == m.key or m.head.lower_ in _roles(c)) for c in done)
    )
    if named_above:
        compatible = in_body
    # "the mayor" is first of all whoever was called the mayor.
    # "the minister" may be the chancellor, but "the chancellor" is no other minister.
    wanted = _MINISTERS if m.head.lower_ == "minister" else {m.head.lower_}
    same_role = [
        c for c in compatible if wanted & roles.get(c.key, set()) and _same_office(m, roles[c.key])
    ]
    # an earlier "the mayor", or "a New York judge" for "the judge"
    same_key = [
        c for c in compatible if c.key == m.key or (m.key in ROLE_NOUNS and c.head.lower_ == m.key)
    ]
    # "the witness" is whoever was called a witness; "the spokesman", anyone fitting.
    # "the former captain" names a past role, one the story need not have given.
    former = any(c.lower_ == "former" for c in m.head.lefts)
    described = (_described(m.head.lower_) and not former) or _role_of_a_body(m.head)
    # "his spokesman", "her lawyer": someone of whoever "his" stands for, never that one
    owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in m.head.lefts)
    anyone = compatible if not (described or owned) or named_above else []
    if (m.head.lower_ in OFFICES and not former) or named_above:
        # Not someone given another role: "Conservative backbencher Peter Lyle" is
        # no minister, "defence barrister Richard Moore" no witness; but "the former
        # captain" may be today's manager.
        if not named_above and m.head.lower_ not in _POSITIONS:
            # "Jacinta Allan said …. The Premier said": the one just named, as news
            # calls someone by their office; not one named before others quoted
            # since ("Jean Pritchard said …. The MP said …. The minister said").
            anyone = anyone[:1]
        anyone = [c for c in anyone if not _person_roles(roles.get(c.key, set()))]
    return next(iter(same_role or same_key or anyone), None)
