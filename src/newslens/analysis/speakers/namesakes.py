"""Which fuller name a shorter one is: a surname or a given name of a person named in full
("Vasseur", "Jade" after "Jade Kinsella"), told apart by the sex the words give each mention
("Mrs. Kowalczyk" after "Teresa and Arthur Kowalczyk"); a body's short names ("the ECB", "the
Fed"); and a full name taken for a body that the story calls a person by its last word. The
people named in full are found by surname, given name or initials ("jfk")."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.kinds import _kind_by_name
from newslens.analysis.speakers.phrases import Mention
from newslens.analysis.speakers.roles import _HONORIFICS
from newslens.analysis.speakers.words import (
    _CLUB_ENDINGS,
    _FEMALE,
    _GENERIC_TITLES,
    _MALE,
    ROYAL_TITLES,
)
from newslens.analysis.syntax.text import doc_text
from newslens.given_names import FEMALE_NAMES, GIVEN_NAMES, MALE_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Token


# A pronoun of each sex, as a subject and as an object: "she" and "her" are one woman
SAME_PERSON = {"she": frozenset(["she", "her"]), "he": frozenset(["he", "him"])}


def last_called_the_other_sex(pronoun: str, keys: set[str], done: list[Mention]) -> set[str]:
    """Those of ``keys`` whose latest mention in ``done`` is a pronoun of the other sex than
    ``pronoun``, "he" or "she"."""
    other = SAME_PERSON["he" if pronoun == "she" else "she"]
    unseen, called = set(keys), set()
    for c in reversed(done):  # back to the earliest of them only, not through the whole text
        if c.key in unseen:
            unseen.discard(c.key)
            if c.head.lower_ in other:
                called.add(c.key)
            if not unseen:
                break
    return called


def _untitled(key: str) -> str:
    """A name's key without the royal title it opens with: "prince harry" is "harry"."""
    first, _, rest = key.partition(" ")
    return rest if first in ROYAL_TITLES and rest else key


def _sex(mention: Mention) -> str:
    """ "f", "m" or "": from the words said of the mention ("Her son, Alan Farrow" is "m"),
    the pronoun that speaks after it (:func:`_sexes_told`), or else from a person's given name
    ("Margaret Ellison" is "f")."""
    stated = _stated_sex(mention) or mention.sex_told
    if stated or not (mention.kind is SpeakerKind.PERSON and mention.resolved):
        return stated
    # A full name's first word, or a person called by a given name alone ("Corinne").
    given = mention.key.split()[0]
    if given in FEMALE_NAMES:
        return "f"
    if given in MALE_NAMES:
        return "m"
    return ""


def _stated_sex(mention: Mention) -> str:
    """ "f", "m" or "": the sex the words said of a mention give it ("Mr. Obama", "her son,
    Alan Farrow"), not its given name."""
    head = mention.head
    words = {t.lower_ for t in head.lefts if t.dep_ != "poss"} | {head.lower_, mention.key}
    # "Dame Olwen Harcastle": the parse may hang the title on the given name
    words |= {t.lower_ for c in head.lefts if c.dep_ == "compound" for t in c.lefts}
    if head.dep_ == "appos":
        words.add(head.head.lower_)
    if head.pos_ == "PROPN":
        words -= _GENERIC_TITLES  # a name's sex is its own, not its title's
    if words & _FEMALE:
        return "f"
    if words & _MALE:
        return "m"
    return _partner_owned(head)


# Kin joined to a name, "Alex Reid and her husband Jordan", whose "her" or "his" is the name's.
_KIN = _FEMALE | _MALE | frozenset(["partner", "children", "child", "family"])


def _partner_owned(name: Token) -> str:
    """ "f" or "m" for a name joined to kin it owns by "her" or "his": Alex Reid of "Alex
    Reid and her husband Jordan" is "f", whatever "Alex" leaves open; else ""."""
    for joined in name.rights:  # kin joined to the name come after it
        if joined.dep_ == "conj" and joined.lower_ in _KIN:
            owner = next((c.lower_ for c in joined.children if c.dep_ == "poss"), "")
            if owner in ("her", "his"):
                return "f" if owner == "her" else "m"
    return ""


def _short_names(name: str) -> set[str]:
    """What news calls a body of several words for short, lower case: its initials ("ECB" for
    "European Central Bank", "NHS" for "National Health Service"), its first word cut after
    three letters or more ("the Fed", "the Met") and a club's last word ("Rovers" for "Harrow
    Rovers")."""
    words = [w for w in name.split() if w[:1].isupper() and w.lower() not in ("the", "of", "and")]
    if len(words) < 2:
        return set()
    first, last = words[0].lower(), words[-1].lower()
    cut = {first[:n] for n in range(3, len(first) - 2)}
    club = {last} if last in _CLUB_ENDINGS else set()
    return {"".join(w[0] for w in words).lower(), *cut, *club}


def _namesake(surname: Mention, full: list[Mention], times: Counter[str]) -> Mention | None:
    """Which of the people named in full a bare surname is: one of its sex ("Mrs. Kowalczyk"
    is Teresa, not Arthur), named before it, the one named most often and then first (news
    gives a second namesake a first name: "Clinton" stays Hillary after "Bill Clinton"), a
    subject before an aside; None when all are of the other sex ("Mr. Obama" when only
    "Michelle Obama" is named in full). ``times``: how often each full name is written."""
    sex = _sex(surname)
    their_sexes = [(f, _sex(f)) for f in full]  # worked out once: both readings ask it
    # "Ms Berg" after "Anna Berg and Erik Berg": the one known to be a woman first.
    fitting = [f for f, f_sex in their_sexes if sex and f_sex == sex] or [
        f for f, f_sex in their_sexes if {sex, f_sex} != {"f", "m"}
    ]
    if not fitting and _stated_sex(surname):
        return None
    fitting = fitting or full  # "Warren" after "Elizabeth Warren": a surname, not a man's name
    before = [f for f in fitting if f.span < surname.span] or fitting
    return min(before, key=lambda f: (-times[f.key], not f.salient, f.span))


def _namesakes_unnamed(
    mentions: list[Mention], full: dict[str, list[Mention]], times: Counter[str]
) -> set[str]:
    """The surnames a mention gives a sex that no one named in full has ("Mr. Obama" when only
    "Michelle Obama" is): two people share them, and a bare one ("President Obama") is no
    one full name."""
    return {
        m.key
        for m in mentions
        if m.resolved
        and m.key in full
        and _stated_sex(m)
        and _namesake(m, full[m.key], times) is None
    }


def _sexes_told(mentions: list[Mention], full_names: dict[str, list[Mention]]) -> None:
    """Give a person named in full by a given name either sex bears the sex of the "she" or
    "he" that speaks next, when a "Mr" or a "Mrs" of the surname asks which person it is:
    "Jean Morris said …. '…,' she said. Mr Morris said" names two people, as "Jean Castex said
    …, he said. Mr Castex said" names one."""
    asked = {
        m.key
        for m in mentions
        if m.resolved and " " not in m.key and m.key in full_names and _stated_sex(m)
    }
    if not asked:
        return  # the cheap test first: most stories give no one named in full a "Mr" or "Mrs"
    # Each person written once in a place, however many quotes it attributes: "the water" of
    # "she said the water rose" stands between no name and its "she".
    people = {m.span: m for m in mentions if m.kind is SpeakerKind.PERSON}
    ordered = sorted(people.values(), key=lambda m: m.span)
    told: dict[str, str] = {}
    for named, after in pairwise(ordered):
        if (
            " " in named.key
            and named.key.split()[-1] in asked
            and named.salient
            and after.key in ("he", "she")
            and not after.resolved
            and not _sex(named)
        ):
            told.setdefault(named.key, "f" if after.key == "she" else "m")
    for surname in asked:
        for f in full_names[surname]:
            f.sex_told = told.get(f.key, "")


def _couples_apart(mentions: list[Mention], full_names: dict[str, list[Mention]]) -> None:
    """Key apart the two people a surname stands for when no one is named in full by it and
    the words give it both sexes: "Mrs Morris" and "Mr Morris" are a couple, not one speaker,
    each called by the honorific the story gives it."""
    bare = [
        m
        for m in mentions
        if m.resolved
        and m.kind is SpeakerKind.PERSON
        and " " not in m.key
        and m.key not in full_names
    ]
    if len(bare) < 2:
        return  # the cheap test first: most stories call no two people by a surname alone
    stated = [(m, _stated_sex(m)) for m in bare]
    sexes: dict[str, set[str]] = {}
    for m, sex in stated:
        if sex:
            sexes.setdefault(m.key, set()).add(sex)
    for m, sex in stated:
        if sex and len(sexes[m.key]) > 1:
            title = next((t for t in m.head.lefts if t.lower_ in _HONORIFICS), None)
            m.key = f"{'mrs' if sex == 'f' else 'mr'} {m.key}"
            if title is not None:
                m.name = f"{title.text} {m.name}"


def _ending_with(mention: Mention, full_names: dict[str, list[Mention]]) -> list[Mention]:
    """The full names that end with a name of several words: "Pieter van der Berg" for "Van
    der Berg"."""
    holders = full_names.get(mention.key.split()[-1], [])
    return [f for f in holders if f.key.endswith(" " + mention.key)]


def _people_by_their_surname(mentions: list[Mention]) -> None:
    """Make a person of a full name the recogniser took for a body or a place when the story
    calls a person by its last word: "Maren Holt" of "starring Maren Holt" after "Holt, 38,
    said". Not a name that ends like a body's or a firm's ("Holt Motors")."""
    surnames = {
        m.key
        for m in mentions
        if m.resolved
        and m.kind is SpeakerKind.PERSON
        and " " not in m.key
        and m.head.pos_ == "PROPN"
    }
    for m in (n for mention in mentions for n in (mention, *mention.members)):
        words = m.name.split()
        if (
            m.resolved
            and m.kind is not SpeakerKind.PERSON
            and not m.called
            and m.head.pos_ == "PROPN"
            and len(words) in (2, 3)
            and all(w[:1].isupper() for w in words)
            and words[-1].lower() in surnames
            and _kind_by_name(m.name, SpeakerKind.PERSON) is SpeakerKind.PERSON
        ):
            m.kind = SpeakerKind.PERSON


def _people_by_their_full_name(mentions: list[Mention]) -> None:
    """Make a person of a one-word name the recogniser took for a body or a place when the
    story writes it after a given name: "Doherty said" after "Liam Doherty's header", where
    no speaker named "Liam Doherty" lends the surname. Not a body the words call one ("the
    club", "its fans")."""
    bodies = [
        m
        for m in mentions
        if m.resolved
        and m.kind in (SpeakerKind.ORGANISATION, SpeakerKind.PLACE)
        and not m.called
        and " " not in m.key
        and m.head.pos_ == "PROPN"
        and m.head.is_title
    ]
    if not bodies:
        return  # the cheap test first: most stories quote no body called by one word
    # One pass over the text, whatever the number of bodies: the words written after a
    # given name.
    surnames = {
        _OWNERS_S.sub("", pair[2])
        for pair in _AFTER_A_WORD.finditer(doc_text(bodies[0].head.doc))
        if pair[1].lower() in GIVEN_NAMES
    }
    for m in bodies:
        if m.head.text in surnames:
            m.kind = SpeakerKind.PERSON


_AFTER_A_WORD = re.compile(r"\b([A-Z][a-z]+)[ \u00a0](?=([A-Z][\w'’-]*))")
_OWNERS_S = re.compile(r"['’]s?$")  # "Liam Doherty's header"


def _full_names_by_surname(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """Each person named in full, each of names joined by "and" too, by surname."""
    full_names: dict[str, list[Mention]] = {}
    for m in (n for mention in mentions for n in (mention, *mention.members)):
        # A name, not a description: "a spokeswoman for the council" lends no "Council".
        if m.resolved and m.kind is SpeakerKind.PERSON and " " in m.key and m.head.pos_ == "PROPN":
            full_names.setdefault(m.key.split()[-1], []).append(m)
    return full_names


def _full_names_by_given_name(
    full_names: dict[str, list[Mention]],
) -> dict[str, dict[str, Mention]]:
    """Each a first word → the full names it starts (their key → the first mention of each).

    "Jade wrote" after "Jade Kinsella", as features and tabloids write: a given name, for the
    one full name that starts with it ("Mr. Obama" is a surname, whatever came before).
    """
    by_first: dict[str, dict[str, Mention]] = {}
    for holders in full_names.values():
        for f in holders:
            # "Prince Abdulaziz" after "Prince Abdulaziz bin Salman": the given name after
            # the title ("King Charles" starts no longer name).
            words = _untitled(f.key).split()
            if len(words) > 1:
                by_first.setdefault(words[0], {}).setdefault(f.key, f)
    return by_first


def _full_names_by_initials(
    full_names: dict[str, list[Mention]],
) -> dict[str, dict[str, Mention]]:
    """Each person named in full by the initials of the words of the name, a hyphen's parts
    too (their key → the first mention): "jfk" for "John F. Kennedy", "aoc" for "Alexandria
    Ocasio-Cortez"."""
    by_initials: dict[str, dict[str, Mention]] = {}
    for holders in full_names.values():
        for f in holders:
            words = _untitled(f.key).replace("-", " ").split()
            if len(words) > 2:
                initials = "".join(w[0] for w in words)
                by_initials.setdefault(initials, {}).setdefault(f.key, f)
    return by_initials
