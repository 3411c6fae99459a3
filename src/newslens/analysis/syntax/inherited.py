"""Whose subject a cue with none of its own takes: the verb it goes on from, the one who holds
the gathering it describes, the noun before a participle, the subject of the passive or the
headline clause it is set in, or who stands behind a subject that cannot speak."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicons
from newslens.analysis.speakers import could_speak
from newslens.analysis.syntax.conjuncts import (
    _aside_cue_between,
    _closing_participle,
    _reporter_of,
    _speakers_act,
)
from newslens.analysis.syntax.datelines import DASHES
from newslens.analysis.syntax.words import _SPEAKER_WORDS, OBJECT_DEPS, SUBJECTS
from newslens.analysis.syntax.writings import WRITTEN_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


def _done_to(noun: Token) -> Token | None:
    """The verb whose subject a participle after its object speaks for, when the object is a
    thing that cannot speak: "left the meeting saying …", "came out the other side knowing
    that …" are the leaver's words, not the meeting's. Not many of them: "left many nations
    feeling that …" is what the nations felt."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.tag_ != "NN" or could_speak(noun):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if any(c.dep_ == "nsubj" for c in verb.children) else None


def _speaker_behind(subject: Token, cue: Token) -> Token | None:
    """Who speaks for a closing participle whose sentence's subject is a thing that cannot
    speak: its possessor if that is someone ("Ortiz's pill campaign drew complaints, saying
    …" is Ortiz's saying), else no one rather than the thing ("the drug's advert …,
    saying …"). A writing bears words and keeps them: "The letter arrived, saying …"."""
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if (
        owner is None  # a noun the word lists do not know may be people: "speechwriters"
        or subject.pos_ != "NOUN"
        or (could_speak(subject) and not _campaign_for_a_thing(subject))
        or subject.lemma_.lower() in WRITTEN_NOUNS
        or not _closing_participle(cue)
    ):
        return subject
    return owner if could_speak(owner) else None


def _campaign_for_a_thing(noun: Token) -> bool:
    """Whether a campaign is an effort for a thing named before it, not a candidate's body:
    "a pill campaign", "an ad campaign"; not "the campaign", "the Ortiz campaign", "her
    reelection campaign"."""
    return noun.lemma_.lower() in _CAMPAIGNS and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in _RACES
        for c in noun.children
    )


_CAMPAIGNS = _SPEAKER_WORDS["campaign_nouns"]
_RACES = _SPEAKER_WORDS["race_words"]


def _of_the_object(noun: Token, participle: Token) -> bool:
    """Whether the noun before a participle ends a phrase on the object of the verb the
    participle goes with: "sent a letter to the board of directors urging them to …" is the
    senders' urging, as the parse reads it, not the directors'."""
    verb = participle.head
    if participle.dep_ != "advcl" or noun.dep_ != "pobj" or not verb.is_ancestor(noun):
        return False
    return any(c.dep_ == "nsubj" for c in verb.children)


def _passive_lending(cue: Token, verb: Token, below: Token | None) -> Token | None:
    """The subject of a passive clause that a reporting participle set in it shares: "After
    saying her knee hurt, Lund was taken off the course by medics", "Repeating that …, the
    minister was booed": Lund speaks, not the medics who took her."""
    if cue.tag_ != "VBG" or below is None or below.dep_ not in ("advcl", "prep"):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _holder_of_gathering(participle: Token) -> Token | None:
    """The verb whose subject held the gathering a participle describes: "said at a news
    conference announcing the cuts" is the speaker's announcing, not the conference's."""
    gathering = participle.head
    if participle.dep_ != "acl" or gathering.lemma_.lower() not in _GATHERINGS:
        return None
    preposition = gathering.head
    if gathering.dep_ != "pobj" or preposition.dep_ != "prep":
        return None
    verb = preposition.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


_GATHERINGS = _SPEAKER_WORDS["gatherings"]


def _headline_act_before(cue: Token) -> Token | None:
    """The clause before a cue with no subject of its own that lends the cue its subject, as
    headlines write two verbs of one subject: "Fed holds rates steady, signals two cuts",
    "Minister quits, says party has lost its way". The parse takes the first clause for the
    cue's words; it is what the subject did, and the cue reports what follows it."""
    if cue.tag_ != "VBZ" or cue.i < 2 or cue.doc[cue.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECTS for c in cue.children) or not any(
        c.i > cue.i and c.dep_ in OBJECT_DEPS for c in cue.children
    ):
        return None
    act = next((c for c in cue.lefts if c.dep_ == "ccomp" and c.tag_ == "VBZ"), None)
    if act is None or act.right_edge.i < cue.i - 2 or act.left_edge.i != cue.sent.start:
        return None
    return act if any(c.dep_ == "nsubj" for c in act.children) else None


def _goes_with(verb: Token) -> Token:
    """The verb whose subject ``verb`` takes: its head, or for a conjunct in another tense
    than its head's, the cue above that has its tense.

    "The mayor said that the bridge is safe, but refused to give a date": it is the mayor
    who refused, whatever the parse made "refused" the conjunct of.
    """
    head = verb.head
    outside = _verb_outside_dashes(verb)
    if outside is not None:
        return outside
    said = _reporting_verb_before(verb)
    if said is not None:
        return said
    if verb.dep_ == "prep" and head.dep_ == "advmod" and head.head.pos_ in ("VERB", "AUX"):
        # "but stopped short of calling it …", "left soon after saying …": the phrase is the
        # verb's, whatever adverb the parse hung it on.
        head = head.head
    reporter = _reporter_of(head)
    if reporter is not None and (_speakers_act(verb, reporter) or _closing_participle(verb)):
        return reporter
    return _aside_cue_between(verb) or head


def _verb_outside_dashes(participle: Token) -> Token | None:
    """The verb a participle right after an aside between dashes goes on from, where the parse
    hung it on the aside's verb: "marching round the stadium - where the Hawks played the
    Lions - while chanting, “…”" is the marchers' chanting, not the Hawks'."""
    doc = participle.doc
    start = participle.left_edge.i
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or start < 3:
        return None
    if doc[start - 1].text not in DASHES:
        return None
    opening = next(
        (t.i for t in reversed(doc[participle.sent.start : start - 1]) if t.text in DASHES), None
    )
    head = participle.head
    if opening is None or not opening < head.i < start:
        return None
    # Out of the aside, and up from the noun a relative aside ("where …") was hung on.
    while (opening < head.i < start or head.pos_ not in ("VERB", "AUX")) and head.head != head:
        head = head.head
    return head if not opening <= head.i < start and head.pos_ in ("VERB", "AUX") else None


# Prepositions whose noun a participle after it may have for its subject: "despite a few
# senators now saying …", "with the poll showing …".
_ABSOLUTE_PREPOSITIONS = frozenset(["despite", "with", "without", "notwithstanding"])


def _subject_of_absolute(participle: Token) -> Token | None:
    """The noun a participle has for its subject after "despite" or "with", where the parse
    hung the participle on the verb: "Hale remains confident despite a few senators, such
    as Ann Ruiz, now saying they doubt it" is what the senators say, not Hale."""
    if participle.tag_ != "VBG" or participle.dep_ != "advcl":
        return None
    doc = participle.doc
    for prep in participle.head.children:
        if (
            prep.dep_ != "prep"
            or prep.lower_ not in _ABSOLUTE_PREPOSITIONS
            or prep.i > participle.i
        ):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        # Never past a comma right before it: "spoke with reporters, saying …" is the
        # speaker's; a comma closing the noun's own aside may come before an adverb.
        between = doc[noun.right_edge.i + 1 : participle.i]
        if doc[participle.i - 1].is_punct or any(
            not t.is_punct and t.pos_ != "ADV" for t in between
        ):
            continue
        if all(t.text != "," for t in between) or "," in (t.text for t in noun.subtree):
            return noun
    return None


def _reporting_verb_before(participle: Token) -> Token | None:
    """The reporting verb a participle right after it goes on from, where the parse hung the
    participle on a verb of the quote before: '"…," Sanders said, going on to say that …' and
    '…, suggesting a few questions' are Sanders's."""
    doc = participle.doc
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.i < 2:
        return None
    said = doc[participle.i - 2]
    if doc[participle.i - 1].text != "," or said == participle.head or said.pos_ != "VERB":
        return None
    if said.lemma_.lower() not in lexicons()[0]:
        return None
    return said if any(c.dep_ == "nsubj" for c in said.children) else None
