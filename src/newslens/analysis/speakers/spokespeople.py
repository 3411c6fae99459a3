"""Whom an unnamed spokesperson or a body's people speak for: "a spokeswoman for Northwind
Energy", "a council spokesman", "A spokesperson said" after the league's statement, "its
analysts"; the bodies named inside a speaker's phrase; and whose "the campaign" is."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.bodies import _body_called, _named_noun
from newslens.analysis.speakers.body_names import _name_past_its_word
from newslens.analysis.speakers.mentions import mention_for, named_mention
from newslens.analysis.speakers.names import name_start
from newslens.analysis.speakers.phrases import Mention
from newslens.analysis.speakers.words import (
    _BODY_NOUNS,
    _BOSS_ROLES,
    _CAMPAIGN_NOUNS,
    _PRONOUNS,
    _SPOKESPEOPLE,
    OFFICES,
)
from newslens.analysis.syntax.text import words_text

if TYPE_CHECKING:
    from spacy.tokens import Token


def _unnamed_spokesperson(mention: Mention) -> bool:
    """Whether a mention is a spokesperson by that word alone; a named one ("a spokesman for
    the firm, Tom Reid") is that person, with a name for head rather than "spokesman"."""
    head = mention.head
    return mention.resolved and head.lower_ in _SPOKESPEOPLE and head.pos_ == "NOUN"


def _spoken_for(bodies: list[Token], before: Callable[[], list[Mention]]) -> str:
    """The name of the body an unnamed spokesperson speaks for, given the words naming it
    (``_bodies_named_on``) and the bodies named before (``before()``), "" if none is named:
    "a spokeswoman for Northwind Energy", "a council spokesman" after "Leeds City Council", "a
    spokesman for the firm" after "Northwind Energy"."""
    body = bodies[0] if len(bodies) == 1 else None
    if body is None:
        return ""
    # "Friends of the Earth": the tagger may take a name's first word for a noun
    named = body.pos_ == "PROPN" or (body.ent_type_ == "ORG" and body.is_title)
    if named and body.ent_type_ == "PERSON":
        # "a spokesman for Prime Minister Keir Starmer": his spokesman, by his name alone
        return named_mention(body).name
    if named:
        # The body by the name it is given when it speaks itself, whose words may run on past
        # the one the spokesperson hangs on: "a Department of Health spokesperson", "a
        # spokeswoman for the Department for Transport", "for the Forest and Moorland Trust";
        # and an office held for a place, one person: "the Mayor of London", no "Mayor" alone
        end = _name_past_its_word(body, OFFICES)
        if end is None:
            return named_mention(body).name
        return words_text(body.doc, name_start(body), end)
    if body.lower_ in _BODY_NOUNS and _named_noun(body):
        # "a spokesman for the GMB union": the body by the name its noun is given, as "a
        # spokeswoman for the Department for Transport" is by its own
        start = min(name_start(c) for c in body.lefts if c.pos_ == "PROPN")
        return words_text(body.doc, start, body.i + 1)
    called = _body_called(body.lower_, before()) if body.lower_ in _BODY_NOUNS else None
    return "" if called is None else called.name


def _body_just_before(mention: Mention, done: list[Mention]) -> Mention | None:
    """The named body an unnamed spokesperson with no body of their own speaks for: the
    last main subject before them, in the sentence before theirs or their own ("The
    Football League said it would review prices. A spokesperson said: …")."""
    head = mention.head
    body = next((c for c in reversed(done) if c.salient), None)
    if body is None or body.kind is not SpeakerKind.ORGANISATION or body.head.pos_ != "PROPN":
        return None
    sentence = head.sent
    before = sentence.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return body if before.start <= body.head.i < sentence.end else None


def _bodies_within(mention: Mention) -> list[Mention]:
    """The organisations named inside a speaker's phrase besides the speaker: "Northwind
    Energy" in "a spokeswoman for Northwind Energy" or "Northwind Energy's chief executive,
    Jo Bell"."""
    doc = mention.head.doc
    phrase = doc.char_span(*mention.span, alignment_mode="expand")
    if phrase is None or len(phrase) < 2:
        return []
    # The phrase walked once for both: each walk builds every Token anew.
    names, nouns = [], []
    head = mention.head.i
    # "budget airline Flyjet": the words a body's name is given describe that body, no other
    own = _described_by(mention.head) if mention.kind is SpeakerKind.ORGANISATION else set()
    for t in phrase:
        pos = t.pos_
        if t.i == head or t.i in own:
            continue
        # the last word of a name, not "Northwind" of "Northwind Energy"
        if pos == "PROPN" and not (t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN"):
            names.append(t)
        elif pos == "NOUN" and _named_noun(t):
            nouns.append(t)
    found = [named_mention(t) for t in names]
    # "A new ad from Donald Trump's campaign": a body's noun a name makes one body
    found += [mention_for(t, doc[t.left_edge.i : t.i + 1]) for t in nouns]
    return sorted(
        (b for b in found if b.kind is SpeakerKind.ORGANISATION and b.resolved),
        key=lambda b: b.span,
    )


def _described_by(head: Token) -> set[int]:
    """The indices of the words compounded onto ``head`` before it, however deep."""
    found: set[int] = set()
    todo = [c for c in head.lefts if c.dep_ == "compound"]
    while todo:
        t = todo.pop()
        found.add(t.i)
        todo += [c for c in t.lefts if c.dep_ == "compound"]
    return found


def _speak_for(mention: Mention, body: str) -> None:
    """Name a spokesperson mention as the spokesperson of ``body`` ("Northwind Energy
    spokesman"), keyed so that every way of saying so is one speaker; any other of its
    people, or "the campaign", by the words after "its" ("Comscore chief executive",
    "Maria Ortiz campaign")."""
    head = mention.head
    start = next((c.i + 1 for c in head.lefts if c.dep_ in ("poss", "det")), head.i)
    said = head.lower_ if head.lower_ in _SPOKESPEOPLE else words_text(head.doc, start, head.i + 1)
    # "The GMB union said …. A spokesman for the union": the "GMB union spokesman", as "a
    # spokesman for the GMB union" is
    owner = body[4:] if body[:4].lower() == "the " else body
    mention.name = f"{owner} {said}"
    mention.key = mention.name.lower()


def _owners_people(pending: Mention, owner: Mention) -> bool:
    """Whether a pending "its spokeswoman", "their spokesman" or "its analysts" are people
    of the named body or place its pronoun stands for ("Northwind Energy"); a spokesperson
    may speak for a group too, though not for one of people ("the residents")."""
    kinds = (SpeakerKind.ORGANISATION, SpeakerKind.PLACE)
    return (
        pending.key in ("it", "they")
        and pending.head.lower_ not in _PRONOUNS
        and (
            owner.kind in kinds
            or (pending.head.lower_ in _SPOKESPEOPLE and owner.kind is not SpeakerKind.PERSON)
        )
        and owner.head.pos_ == "PROPN"
    )


def _campaign_runner(mention: Mention, before: list[Mention]) -> Mention | None:
    """The person whose campaign "the campaign" is, when the caller found no campaign named
    before it: the person of ``before`` named last, by a full name ("Maria Ortiz will speak
    in Denver. The campaign said …")."""
    # The cheap test first: most mentions are no campaign.
    if mention.key not in _CAMPAIGN_NOUNS or mention.name.lower().split() != ["the", mention.key]:
        return None
    return next(
        (
            c
            for c in reversed(before)
            if c.kind is SpeakerKind.PERSON
            and c.head.pos_ == "PROPN"
            and " " in c.key
            and c.salient
        ),
        None,
    )


# "Kelford boss Lee Barnes", "Kelford chief executive …": the words of a role that runs a body.
_RUNNING = frozenset(["boss"]).union(*_BOSS_ROLES)
# The nouns that may stand for the body a boss runs, when the story names no such body.
_OWNED_BODIES = frozenset(["club", "team", "company", "firm"])


def _boss_s_body(mention: Mention, before: list[Mention]) -> str | None:
    """The body whose boss the story named by its name before the role, that "the club" or
    "the company" stands for when no such body is named: "Kelford boss Lee Barnes said ….
    The club said …" is Kelford's."""
    if mention.key not in _OWNED_BODIES or mention.name.lower().split() != ["the", mention.key]:
        return None
    for c in reversed(before):
        if c.kind is not SpeakerKind.PERSON or c.head.pos_ != "PROPN":
            continue
        doc, role = c.head.doc, name_start(c.head)
        while role > 0 and doc[role - 1].lower_ in _RUNNING:
            role -= 1
        owner = role
        while owner > 0 and doc[owner - 1].pos_ == "PROPN" and not doc[owner].is_sent_start:
            owner -= 1
        if owner < role < name_start(c.head):
            return words_text(doc, owner, role)
    return None
