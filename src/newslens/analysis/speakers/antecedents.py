"""Whom a pronoun or a role noun stands for ("he", "its spokeswoman", "the minister"): the
compatible mentions before it, by kind, sex, role and office, or the one a description of a role
fits (``role_holders``); and the headline and a live blog's entries, which bound where to
look."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.per_doc import per_doc
from newslens.analysis.quotes import headline_at
from newslens.analysis.speakers.ages import _the_aged
from newslens.analysis.speakers.bodies import _lone_name, _speaks_of_itself
from newslens.analysis.speakers.namesakes import SAME_PERSON, _sex
from newslens.analysis.speakers.noun_mentions import one_of_a_nation
from newslens.analysis.speakers.phrases import Mention
from newslens.analysis.speakers.rankings import _rank_number
from newslens.analysis.speakers.role_holders import (
    _ABBREVIATED_ROLES,
    _another_portfolio,
    _described_one,
    _person_roles,
    _roles,
)
from newslens.analysis.speakers.roles import (
    _a_persons_noun,
    _described,
    _role_of_a_body,
    _role_word,
    headline_role,
    person_word,
)
from newslens.analysis.speakers.words import (
    _MINISTERS,
    _NO_SPEAKERS,
    _POSITIONS,
    _ROLE_QUALIFIERS,
    _SAME_ROLES,
    GROUP_PRONOUNS,
    OFFICES,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    THING_PRONOUNS,
)
from newslens.analysis.syntax.text import doc_text
from newslens.analysis.syntax.words import to_infinitive
from newslens.analysis.title_case import in_title_case
from newslens.boilerplate import opens_an_entry

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def _stands_for_a_person(pending: Mention) -> bool:
    """Whether a mention to resolve is a role that only a person fills: "the spokeswoman",
    "the world No 12", "the 34-year-old" (a pronoun but "they" or "it" is decided apart)."""
    word = pending.key
    return word in PERSON_PRONOUNS or (
        word not in GROUP_PRONOUNS | THING_PRONOUNS
        and (
            _role_word(pending.head.lower_)
            or _a_persons_noun(pending.head)
            or one_of_a_nation(pending.head)
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
        if _names_an_event(candidate.head):
            return False  # "The closures came after years of cuts. … they said"
        return candidate.kind in (
            SpeakerKind.GROUP,
            SpeakerKind.ORGANISATION,
            SpeakerKind.PLACE,
        ) or (not candidate_sex and _spokesperson_just_before(pending.head, candidate.head))
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


def _names_an_event(noun: Token) -> bool:
    """Whether a common noun names an event, a state or an amount, things that say nothing:
    "the closures", "the shortages"."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _NO_SPEAKERS


def _spokesperson_just_before(they: Token, candidate: Token) -> bool:
    """Whether "they" opens the sentence right after one a spokesperson of no stated sex is the
    subject of ("A spokesperson for the council said …. They warned …"): the singular "they"
    news writes of one whose sex it does not know."""
    if they.lower_ != "they" or candidate.lower_ != "spokesperson" or candidate.i > they.i:
        return False
    sentence = they.sent
    return candidate.dep_ == "nsubj" and candidate.sent.end == sentence.start


def _verbs_of_its_object(word: Token) -> set[int]:
    """Where the verbs are that a word is the object of: the subject of one is someone else
    (:func:`_object_of_subject`). "the mayor" in "The reporter interviewed the mayor", or
    "spoke to the mayor"; "him" in "One senator threatened Hale, daring him to say …", bidden
    by the senator. Worked out once a word, not once each subject it is asked of."""
    verb = word.head.head if word.dep_ == "pobj" and word.head.dep_ == "prep" else word.head
    verbs = {verb.i} if word.dep_ in ("dobj", "pobj") else set()
    if word.dep_ not in ("dobj", "dative", "nsubj") or word.pos_ != "PRON":
        return verbs
    if word.dep_ == "nsubj":
        # "daring him to say": the one bid to speak, parsed as the infinitive's subject
        if not to_infinitive(verb):
            return verbs
        verb = verb.head
    # A participle or infinitive with no subject of its own is the subject's doing.
    verbs.add(verb.i)
    while verb.dep_ in ("advcl", "xcomp") and verb.tag_ in ("VBG", "VB"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
        verb = verb.head
        verbs.add(verb.i)
    return verbs


def _object_of_subject(verbs: set[int], subject: Token) -> bool:
    """Whether a word is the object of the verb whose subject is given; ``verbs``: the word's
    :func:`_verbs_of_its_object`."""
    return subject.dep_ == "nsubj" and subject.head.i in verbs


def _agent_of_one_told(agent: Token, pronoun: str) -> bool:
    """Whether a name is the "by" agent of a passive told to someone ``pronoun`` (a
    lower-case "he" or "she") stands for too: "a consultant" of "she recalled being told by a
    consultant that …", where a later "she said" goes on with her, not the consultant."""
    by = agent.head
    if agent.dep_ != "pobj" or by.dep_ != "agent":
        return False
    told = by.head
    hearer = next((c for c in told.children if c.dep_ == "nsubjpass"), None)
    if hearer is None and told.dep_ in ("xcomp", "ccomp"):
        # "she recalled being told by …": the one told is who recalled it
        hearer = next((c for c in told.head.children if c.dep_ == "nsubj"), None)
    return hearer is not None and hearer.lower_ in SAME_PERSON.get(pronoun, ())


def _named_before_in_its_sentence(
    pronoun: Mention, candidate: Mention, sentence: SpacySpan
) -> bool:
    """Whether ``candidate`` is a name outside any subject set before ``pronoun`` in its
    sentence ("Voss's advice earned him praise, where he admitted …"): as near as a subject for
    a "he", "him", "she" or "her" below the sentence's own subject, which goes on from the
    sentences before ("Asked about Voss's plan, he said …" is someone else). ``sentence``: the
    pronoun's, passed in because ``Token.sent`` builds it anew on every read."""
    word = pronoun.head
    if word.pos_ != "PRON" or pronoun.key not in ("he", "she", "him", "her"):
        return False
    if word.dep_ == "nsubj" and word.head.dep_ == "ROOT":
        return False
    return sentence.start <= candidate.head.i < sentence.end


def _clause_its_aside_reports(word: Token) -> int | None:
    """Where the verb is of the clause a pronoun's cue is set inside, as an aside: "read" of
    "Her mother, she says, has read the script", whose subject is someone else than "she"."""
    cue = word.head
    if word.dep_ != "nsubj" or cue.dep_ != "parataxis" or cue.head.i < word.i:
        return None
    return cue.head.i


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


def _of_the_trade(pending: Mention, holder: Mention, done: list[Mention]) -> bool:
    """Whether the nouns of a trade before a role ("care" of "the care worker") were written
    where the story gave the holder the role: "Lydia Marsh, a care worker", not "Mark Dunn, a
    lorry driver" for "the taxi driver"."""
    if not _a_persons_noun(pending.head):
        return True  # a role: "the finance minister" has its own test of the office
    trade = {t.lower_ for t in pending.head.lefts if t.dep_ == "compound" and t.is_lower}
    if not trade:
        return True
    said = (m.head.sent for m in done if m.key == holder.key)
    return any(trade <= {t.lower_ for t in sentence} for sentence in said)


def _same_office(pending: Mention, roles: set[str]) -> bool:
    """Whether roles that share a word with ``pending``'s are its office: "shadow chancellor"
    or "deputy mayor" is not what "the chancellor" or "the mayor" is, though "the deputy
    mayor" is; nor is "the labour minister" what "the finance minister" is. "The PM" is the
    prime minister, as if written in full."""
    lefts = {t.lower_ for t in pending.head.lefts}
    lefts.update(_ABBREVIATED_ROLES.get(pending.head.lower_, "").split())
    return roles & _ROLE_QUALIFIERS <= lefts and not _another_portfolio(lefts, roles)


def _the_prime_minister(
    pending: Mention, holding: list[Mention], roles: dict[str, set[str]]
) -> list[Mention]:
    """The prime minister a bare "the minister" stands for when the story has named no other
    minister before it ("Helen Marsh, the PM, said …. The minister insisted …"); none when
    it has ("Housing minister Tom Kay", the minister a reader takes it for)."""
    if pending.head.lower_ != "minister" or any(t.dep_ != "det" for t in pending.head.lefts):
        return []
    if len({c.key for c in holding}) != 1:
        return []
    return holding if roles[holding[0].key] & _ROLE_QUALIFIERS == {"prime"} else []


def _of_another_office(m: Mention, roles: dict[str, set[str]]) -> bool:
    """Whether a role noun that stands for no one before is of another portfolio than the
    speaker keyed as it is: "the finance minister" after "the housing minister", both
    "minister" by their role noun, is a second minister."""
    held = roles.get(m.key)
    return held is not None and _another_portfolio({t.lower_ for t in m.head.lefts}, held)


def _headline_end(text: str) -> int:
    """Where the headline ends: the text's first line when it reads as one, with no full stop
    to end it unless its words are in title case ("Retired Nurse Reveals Her Secret.", not
    "The council met on Tuesday."); 0 when there is none. Worked out once a text:
    ``Doc.text`` is rebuilt from every token each time it is read."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    if start >= end or (line.endswith(".") and not in_title_case(line)):
        return 0
    return end if headline_at(text, start) else 0


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


# Where a doc's live-blog entries start, read once a doc: resolving mentions in text order
# and keying entry headings both ask.
_ENTRY_STARTS = "newslens_entry_starts"


def entry_starts_of(doc: Doc) -> list[int]:
    """:func:`_entry_starts` of ``doc``'s text, read once a doc."""
    return per_doc(doc, _ENTRY_STARTS, lambda d: _entry_starts(doc_text(d)))


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
    # "the minister" may be the chancellor, but "the chancellor" is no other minister;
    # "the lawyer" may be the attorney.
    wanted = (
        _MINISTERS
        if m.head.lower_ == "minister"
        else _SAME_ROLES.get(m.head.lower_, {m.head.lower_})
    )
    holding = [
        c for c in compatible if wanted & roles.get(c.key, set()) and _of_the_trade(m, c, done)
    ]
    same_role = [c for c in holding if _same_office(m, roles[c.key])] or _the_prime_minister(
        m, holding, roles
    )
    # an earlier "the mayor", or "a New York judge" for "the judge"; not "the housing
    # minister" for "the finance minister", keyed alike by their role noun
    same_key = [
        c
        for c in compatible
        if (c.key == m.key or (m.key in ROLE_NOUNS and c.head.lower_ == m.key))
        and (c in same_role or c not in holding)
    ]
    # "the witness" is whoever was called a witness; "the spokesman", anyone fitting.
    # "the former captain" names a past role, one the story need not have given.
    former = any(c.lower_ == "former" for c in m.head.lefts)
    # "the 34-year-old singer" is, as "the 34-year-old" is, someone named before
    described = _the_aged(m.head) is None and (
        (_described(m.head.lower_) and not former)
        or _role_of_a_body(m.head)
        or _a_persons_noun(m.head)  # "the veteran": whoever was called a veteran
    )
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
    if holding and not same_role:
        # The story gave the role in another office: "the finance minister" after "the labour
        # minister, Claire Fontaine" is a minister it has not named.
        anyone = []
    return next(iter(same_role or same_key or anyone), None)
