"""Keying each mention to what stands for it before it, in text order.

A role noun, pronoun or body called by what it is ("the company") takes the body named for it
or the nearest compatible mention before it (:func:`_resolve_in_text_order`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.ages import age_given, by_age
from newslens.analysis.speakers.antecedents import (
    _agent_of_one_told,
    _antecedent_among,
    _clause_its_aside_reports,
    _compatible,
    _named_after_in_sentence,
    _named_before_in_its_sentence,
    _object_of_subject,
    _of_another_office,
    _stands_for_a_person,
    _subject_of_another_clause,
    _verbs_of_its_object,
    entry_starts_of,
)
from newslens.analysis.speakers.bodies import (
    _body_described_after,
    _body_spoken_for,
    _lone_name,
    _named_body,
    _says_it_of_itself,
)
from newslens.analysis.speakers.clubs import _the_one_club
from newslens.analysis.speakers.firm_acts import _shown_a_firm
from newslens.analysis.speakers.kinds import body_set_beside
from newslens.analysis.speakers.namesakes import _sex, last_called_the_other_sex
from newslens.analysis.speakers.ones import _one_of_a_group
from newslens.analysis.speakers.phrases import _phrase_key
from newslens.analysis.speakers.research_teams import _researchers_named_before
from newslens.analysis.speakers.role_holders import _roles
from newslens.analysis.speakers.roles import _a_persons_noun, _bodies_named_on, _role_word
from newslens.analysis.speakers.sources import _source_brought_in
from newslens.analysis.speakers.spokespeople import (
    _bodies_within,
    _body_just_before,
    _boss_s_body,
    _campaign_runner,
    _owners_people,
    _speak_for,
    _spoken_for,
    _unnamed_spokesperson,
)
from newslens.analysis.speakers.words import _CLUB_ENDINGS, _PRONOUNS
from newslens.analysis.speakers.words_used_of import (
    _called_a_thing,
    _calls_itself_by_its_noun,
    _person_in_capitals,
    _reports_its_takings,
    _runs_a_business,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from newslens.analysis.speakers.phrases import Mention


@dataclass(frozen=True)
class _Read:
    """What the mentions read so far tell a later one: each grows as the reading goes on."""

    done: list[Mention]
    sexes: dict[str, str]
    roles: dict[str, set[str]]
    headline_words: set[str]
    in_headline: Callable[[Mention], bool]
    bodies_taken_for_people: set[str]
    roles_taken: list[tuple[Mention, str, str]]
    # Names in capitals a "she" or "he" showed to be people's ("AOC"): people in every mention.
    people_in_capitals: set[str]
    # The age the story gave each speaker ("the 24-year-old", "Okafor, 24,"), by key.
    ages: dict[str, str]


def _resolve_in_text_order(
    mentions: list[Mention],
    named_bodies: list[Mention],
    bodies_taken_for_people: set[str],
    in_headline: Callable[[Mention], bool],
) -> tuple[list[Mention], dict[str, set[str]], list[tuple[Mention, str, str]]]:
    """Key each role noun, pronoun and body called by what it is ("the company") to the
    mention that stands for it before it, in text order; to a body of ``named_bodies`` (in
    text order), which no one quotes, when no speaker's fits.

    Returns the mentions that can stand for a later one, in text order; the roles each
    speaker was given; and each role noun or pronoun that took a person's key, with its own
    key and name. ``bodies_taken_for_people`` gains the one-word names found to be bodies.
    """
    # Each role noun or pronoun that took a person's key, with its own key and name: "the
    # minister" or "she" stands for no body, whatever a later mention shows the person to be.
    roles_taken: list[tuple[Mention, str, str]] = []
    done: list[Mention] = []
    # The organisations named so far, as speakers or within a speaker's phrase ("a
    # spokeswoman for Northwind Energy"): what a later "the company" may stand for. A
    # phrase is read for them only once a mention asks for a body, as most never do: each
    # mention whose phrase is unread, and where in ``bodies`` the ones in it go.
    bodies: list[Mention] = []
    unread: list[tuple[int, Mention]] = []

    def bodies_so_far() -> list[Mention]:
        for at, mention in reversed(unread):
            bodies[at:at] = _bodies_within(mention)
        unread.clear()
        return bodies

    def bodies_since(start: int) -> Callable[[], list[Mention]]:
        return lambda: [b for b in bodies_so_far() if b.span[0] >= start]

    def named_before(m: Mention) -> Callable[[], list[Mention]]:
        return lambda: named_bodies[: bisect_left(named_bodies, m.span, key=lambda b: b.span)]

    # Where each entry of a live blog starts: an entry is a story of its own, whose "the
    # campaign" or "she" is first of all someone it names.
    entries = entry_starts_of(mentions[0].head.doc) if mentions else []
    # A speaker's sex as the article states it of one mention ("Ms. Ruiz", "her son, Alan
    # Farrow", "Margaret Ellison") holds for every mention. Not as a resolved "he" implies:
    # one wrong resolution would then spoil every later one.
    sexes: dict[str, str] = {}
    # The roles each speaker was given anywhere before: "Health Secretary Claire Donovan" is
    # who "the minister" is, even after "Donovan replied" gave no role.
    roles: dict[str, set[str]] = {}
    headline_words = _headline_words(mentions, in_headline)
    read = _Read(
        done,
        sexes,
        roles,
        headline_words,
        in_headline,
        bodies_taken_for_people,
        roles_taken,
        set(),
        {},
    )
    for m in sorted(mentions, key=lambda m: m.span):
        if m.key in read.people_in_capitals:
            m.kind = SpeakerKind.PERSON
        _take_a_firm_for_a_body(m, bodies_taken_for_people)
        if m.kind is SpeakerKind.PLACE and (body := _bodies_before(m, done, in_headline)):
            m.kind = SpeakerKind.ORGANISATION
            m.called = m.called or next((c.called for c in body if c.called), "")
        entry = entries[bisect_right(entries, m.span[0]) - 1] if entries else 0
        _key_to_a_body(
            m, entry, done, bodies_so_far, bodies_since, named_before(m), bodies_taken_for_people
        )
        sex = _sex(m)
        if m.resolved and sex:
            # "Mrs Crane …, Mr Crane said": two people under one surname mark no one sex.
            sexes[m.key] = sex if sexes.get(m.key, sex) == sex else "both"
        _one_of_a_group(m, done)
        if not m.resolved and (named_after := _named_after_in_sentence(m, mentions)):
            m.stand_for(named_after)
            m.resolved = True
        if not m.resolved:
            _key_to_what_stands_before(m, sex, entry, read)
        if m.resolved and m.antecedent:
            done.append(m)
            bodies.append(m)
            roles.setdefault(m.key, set()).update(_roles(m))
        if m.resolved and (age := age_given(m)) is not None:
            read.ages.setdefault(m.key, age)
        unread.append((len(bodies), m))
    return done, roles, roles_taken


def _headline_words(mentions: list[Mention], in_headline: Callable[[Mention], bool]) -> set[str]:
    """The one-word names only the headline writes."""
    # A bare name only the headline writes may be a word like any other, capitalised as a
    # headline writes it ("Bill passes", "Mark set for …", "Library saved"): no one the
    # story's "the minister" or "the mayor" can stand for, unless the headline gave the role.
    body_keys = {m.key for m in mentions if not in_headline(m)}
    return {
        m.key for m in mentions if in_headline(m) and " " not in m.key and m.key not in body_keys
    }


def _take_a_firm_for_a_body(m: Mention, bodies_taken_for_people: set[str]) -> None:
    """Key a firm shown as one, or a one-word body called by what it is, as a body."""
    if _shown_a_firm(m) or _runs_a_business(m) or _reports_its_takings(m):
        # A firm as "the company" would call it, whatever the recogniser took it for.
        m.kind, m.called = SpeakerKind.ORGANISATION, m.called or "company"
    elif _says_it_of_itself(m) or _called_a_thing(m) or _calls_itself_by_its_noun(m):
        # "Labour published its proposals", "Castleford said the club would appeal": a
        # body, that no later "the governor" stands for.
        m.kind = SpeakerKind.ORGANISATION
        bodies_taken_for_people.add(m.key)
    if m.called and m.kind is SpeakerKind.ORGANISATION and " " not in m.key:
        # "Streaming giant Flickr+", "grid operator E-Redes": a body in every mention.
        bodies_taken_for_people.add(m.key)
    elif m.kind is SpeakerKind.ORGANISATION and body_set_beside(m.head) is not None:
        # "the firm, Hollis Grant,": a body in every mention, though named as people are
        bodies_taken_for_people.add(m.key)


def _bodies_before(
    m: Mention, done: list[Mention], in_headline: Callable[[Mention], bool]
) -> list[Mention]:
    """The mentions of a body the story named by ``m``'s name before, below its headline:
    "Halden, the fashion retailer, has warned …" makes the "Halden" of "Halden's chief
    executive said" the retailer a later "The company added" stands for, though the
    recogniser took it for a place. A headline's "Chipmaker Veltra" shows no firm by its short
    name alone."""
    return [
        c
        for c in done
        if c.key == m.key and c.kind is SpeakerKind.ORGANISATION and not in_headline(c)
    ]


def _key_to_a_body(
    m: Mention,
    entry: int,
    done: list[Mention],
    bodies_so_far: Callable[[], list[Mention]],
    bodies_since: Callable[[int], Callable[[], list[Mention]]],
    unquoted: Callable[[], list[Mention]],
    bodies_taken_for_people: set[str],
) -> None:
    """Key a body called by what it is to the body named for it, or an unnamed spokesperson
    to the body spoken for, the live blog's own entry first; to a body no one quotes
    (``unquoted()``, those named before ``m``) when no speaker's fits."""
    # ``done`` is in text order: the entry's own mentions are the ones from where it starts.
    own_entry = done[bisect_left(done, entry, key=lambda c: c.span[0]) :]
    # "Unite said …. The union said": the one-word name just before is nearer than any union
    # named earlier ("the shopworkers' union Usdaw").
    named = _body_described_after(m, done)
    if named is not None:
        bodies_taken_for_people.add(named.key)
    named = (
        named
        or _named_body(m, bodies_since(entry))
        or _source_brought_in(m, own_entry)
        or _researchers_named_before(m, own_entry)
    )
    if named is None and (runner := _campaign_runner(m, own_entry)) is not None:
        # "Maria Ortiz will speak in Denver. The campaign said …": hers, a body.
        _speak_for(m, runner.name)
        m.kind = SpeakerKind.ORGANISATION
    elif named is None and entry:
        named = _named_body(m, bodies_so_far) or _source_brought_in(m, done)
    if named is None and m.name.lower() != m.key:
        # "A row broke out at Harfield District Council. The council said …": the council
        # named, though never quoted. Not a body's name alone ("Police said"): its own.
        named = _named_body(m, unquoted)
    if named is not None and _one_of_two_clubs(named, [*bodies_so_far(), *unquoted()]):
        named = None  # "Rovers beat Athletic …. The club said": which, the story never says
    elif named is None and (owner := _boss_s_body(m, done) or _the_one_club(m)) is not None:
        m.name, m.key, m.kind = owner, owner.lower(), SpeakerKind.ORGANISATION
    if named is not None:
        m.stand_for(named)
    elif _unnamed_spokesperson(m):
        named_on = _bodies_named_on(m.head)
        # "Unite said …. A spokesman for the union said": the one-word name just before
        if (operator := _body_spoken_for(named_on, m, done)) is not None:
            bodies_taken_for_people.add(operator.key)
            _speak_for(m, operator.name)
        elif body := _spoken_for(named_on, bodies_so_far) or _spoken_for(named_on, unquoted):
            # Tied to the body by name, yet a speaker apart: the spokesman may be quoted
            # beside the firm's own statement.
            _speak_for(m, body)
        elif not named_on and (stated := _body_just_before(m, done)) is not None:
            # "The league said …. A spokesperson said": the league's, as "its" would
            # say; "a spokesman for the union" is the union's, named or not.
            _speak_for(m, stated.name)


def _one_of_two_clubs(named: Mention, before: list[Mention]) -> bool:
    """Whether ``named`` is a club known by its name's ending ("Harrow Rovers") and another
    such club is named before too, as a match report names both sides."""
    clubs = {c.key for c in before if c.name.lower().split()[-1] in _CLUB_ENDINGS}
    return named.key in clubs and len(clubs) > 1


def _key_to_what_stands_before(m: Mention, sex: str, entry: int, read: _Read) -> None:
    """Key a role noun or pronoun to the nearest compatible mention before it, its live blog
    entry's first; or leave it a speaker of its own."""
    person = _stands_for_a_person(m)
    compatible = _compatible_before(m, sex, person, read)
    # A live blog's entry is a story of its own: "the spokesman" or "she" is someone
    # it names, and someone of an earlier entry only when it names no one fitting.
    in_entry = [c for c in compatible if c.span[0] >= entry]
    owned = m.key in ("it", "they") and m.head.lower_ not in _PRONOUNS
    if owned:
        # "its analysts", "its chief executive": whose, what "its" stands for
        antecedent = next(iter(in_entry or compatible), None)
    else:
        antecedent = _antecedent_among(m, in_entry, read.done, read.roles, read.in_headline)
    if antecedent is None and not owned and len(in_entry) < len(compatible):
        antecedent = _antecedent_among(m, compatible, read.done, read.roles, read.in_headline)
    if not compatible and (antecedent := _person_in_capitals(m, read.done)) is not None:
        # '"…," AOC said. She added': no body is a "she", and no one else is there to be.
        read.people_in_capitals.add(antecedent.key)
        for c in read.done:
            if c.key == antecedent.key:
                c.kind = SpeakerKind.PERSON
    _take_antecedent(m, antecedent, owned, person, read)


def _compatible_before(m: Mention, sex: str, person: bool, read: _Read) -> list[Mention]:
    """The mentions before ``m`` it may stand for, the salient first, nearest first."""
    word = m.head
    # Read once, not per candidate: each read of a token's attribute builds a new string.
    a_noun, lower = word.pos_ == "NOUN", word.lower_
    objects_of = _verbs_of_its_object(word)
    # Asked of each candidate only where they can hold: most words are the object of no verb
    # and no noun that is a subject.
    a_subject = a_noun and word.dep_ == "nsubj"
    told_of = m.key in ("he", "she")  # never the one who told "him" or "her" something
    # never the subject of the clause "she says" is set inside: "Her mother, she says, has …"
    reported = _clause_its_aside_reports(word) if word.pos_ == "PRON" else None
    compatible = sorted(
        (
            c
            for c in reversed(read.done)
            if _compatible(m, sex, c, read.sexes.get(c.key, ""), person)
            and not (objects_of and _object_of_subject(objects_of, c.head))
            and not (a_subject and _subject_of_another_clause(word, c.head))
            and not (told_of and _agent_of_one_told(c.head, m.key))
            and not (reported is not None and c.head.dep_ == "nsubj" and c.head.head.i == reported)
            and not (
                a_noun
                and c.key in read.headline_words
                and lower not in read.roles.get(c.key, set())
            )
        ),
        key=lambda c: not c.salient,
    )
    compatible = by_age(m, read.ages, compatible)
    if m.key in ("he", "she") and len(compatible) > 1:
        # '"…," he said eventually. … "…," she says': not the one just called "he", whose
        # sex the story has all but said, while someone else may be a "she"
        called_otherwise = last_called_the_other_sex(m.key, {c.key for c in compatible}, read.done)
        compatible.sort(key=lambda c: c.key in called_otherwise)
    if m.key in ("he", "she", "him", "her") and compatible:
        sentence = word.sent  # built once: a token's ``sent`` walks its sentence each read
        if not any(c.salient and sentence.start <= c.head.i < sentence.end for c in compatible):
            # A name set in the pronoun's own sentence, nearer than any subject before.
            compatible.sort(key=lambda c: not _named_before_in_its_sentence(m, c, sentence))
    return compatible


def _take_antecedent(
    m: Mention, antecedent: Mention | None, owned: bool, person: bool, read: _Read
) -> None:
    """Key ``m`` to its antecedent, to the people of it ("its analysts"), or to itself."""
    # "the veteran" with no one called so before is someone of their own, as a role is
    role_noun = _role_word(m.head.lower_) or _a_persons_noun(m.head)
    if antecedent is not None and m.key == "it" and _lone_name(antecedent):
        # "Acas said …. Its spokesman said": the one-word "person" is a body.
        read.bodies_taken_for_people.add(antecedent.key)
        for c in read.done:
            if c.key == antecedent.key:
                c.kind = SpeakerKind.ORGANISATION
    if antecedent is not None and _owners_people(m, antecedent):
        # "Its spokeswoman said" reads as "a spokeswoman for the firm" does: the
        # firm's spokeswoman, whom a later "the spokeswoman" stands for; "its
        # analysts", the firm's analysts.
        _speak_for(m, antecedent.name)
        if m.kind is not SpeakerKind.GROUP:
            m.kind = SpeakerKind.PERSON
        m.resolved = True
    elif antecedent is not None and not owned:
        if person:
            read.roles_taken.append((m, m.key, m.name))
        m.stand_for(antecedent)
        m.resolved = True
    elif owned:
        # "Their attorneys" of people, or of no one named: people of their own.
        phrase = m.head.doc.char_span(*m.span, alignment_mode="expand")
        m.key = m.name.lower() if phrase is None else _phrase_key(phrase)
        m.resolved = True
    elif role_noun:
        # "The mayor said …" with nobody named before: the mayor is a speaker of
        # their own, whom a later "she" or "the mayor" can stand for.
        m.resolved = True
        if _of_another_office(m, read.roles) and (
            phrase := m.head.doc.char_span(*m.span, alignment_mode="expand")
        ):
            # "the finance minister" after "the housing minister": a second minister
            m.key = _phrase_key(phrase)
