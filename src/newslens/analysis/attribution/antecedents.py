"""The mentions besides the speakers' own that a later "he" or "they" may stand for:
subjects and passive agents outside quotes, people spoken to and names, not a byline's
(``_antecedents``); and which speakers are named only in an aside, whom a later pronoun is not
after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.quotes import line_at
from newslens.analysis.speakers import (
    RELATIVES,
    Mention,
    addressed,
    mention_for,
    name_run,
    person_word,
)
from newslens.analysis.speakers.clubs import _club_names
from newslens.analysis.speakers.words import _CLUB_ENDINGS
from newslens.analysis.syntax.cues import PUTTING_TO, Scan
from newslens.analysis.syntax.names import phrase
from newslens.analysis.syntax.openings import past_opening_setting
from newslens.analysis.syntax.text import doc_text
from newslens.analysis.syntax.told import AUDIENCES, _teller_to
from newslens.analysis.syntax.words import SUBJECTS
from newslens.analysis.transcripts.interviewees import heard_with
from newslens.article import Span
from newslens.boilerplate import is_byline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _aside(speaker: Token) -> bool:
    """Whether a speaker is named in an aside, not as a clause's subject: "a farmer's son,
    who had answered an advertisement", "Delaney, asked by an analyst whether …, said"."""
    verb = speaker.head.head if speaker.dep_ == "pobj" else speaker.head
    relative = speaker.lower_ in RELATIVES and verb.dep_ == "relcl"
    return relative or (speaker.head.dep_ == "agent" and verb.dep_ in ("acl", "advcl"))


def _asker_of_named(speaker: Token) -> bool:
    """Whether a speaker is the agent of a passive whose subject is named: in "Okafor was
    asked by a reporter whether …", a later "he replied" is Okafor, the one asked."""
    if speaker.dep_ != "pobj" or speaker.head.dep_ != "agent":
        return False
    return any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN" for c in speaker.head.head.children)


def _antecedents(doc: Doc, scan: Scan, taken: set[Span], speaking: set[int]) -> list[Mention]:
    """Subjects and passive agents outside quotes: who a later "he" or "they" may be; none
    at a span in ``taken``, the speakers' own mentions, nor a speaker in ``speaking`` whose
    mention has a phrase of its own ("critics" of a question's "Your critics say").

    "This was revealed by the leader of the legion. “…,” he said." needs the agent as
    much as any earlier speaker. So does the subject of a passive main clause ("Deepa
    Sharma was woken by a call. … she said"); inside another clause ("claimed that
    Scalia may have been murdered") it is only a full name for a later surname to join.
    """
    out = []
    text = doc_text(doc)
    # A mention's span is its phrase's: a phrase already taken is not described again.
    for token in (t for t in scan.subjects if not addressed(t, text) and not _byline(t, text)):
        # "Outside court, one victim, Joan Hale, wept": the victim, not the court
        token = past_opening_setting(token)
        if token.i in speaking:
            continue  # asked before its phrase is built, which reads many Tokens
        words = phrase(doc, token, scan.in_quote, token.head)
        if (words.start_char, words.end_char) in taken:
            continue
        mention = mention_for(token, words)
        if (manager := _manager_of(token)) is not None:
            out.append(manager)
        main = _in_main_clause(token, scan.in_quote)
        if token.dep_ == "nsubjpass" and not main:
            mention.antecedent = False
        elif not main and not _heard_from_no_one(token):
            # "X told the court that Greaves had lied. …, he said": X before Greaves.
            mention.salient = False
        out.append(mention)
    # "The reporter spoke to the harbourmaster, Jo Price. She said …": the one spoken to,
    # as much a subject as the reporter, and the nearer.
    heard = [h for h in map(_interviewed, scan.hearing) if h is not None]
    for person in heard:
        role = doc[person.left_edge.i : person.i + 1]  # not "about the quay" after it
        words = name_run(person) if person.pos_ == "PROPN" else role
        if (words.start_char, words.end_char) not in taken:
            out.append(mention_for(person, words))
    named = (t for t in scan.named if not addressed(t, text) and not _byline(t, text))
    for token in (t for t in named if t not in heard):
        words = name_run(token)
        if (words.start_char, words.end_char) not in taken:
            mention = mention_for(token, words)
            mention.salient = False
            out.append(mention)
    return out


# Nouns for the players a manager picks: "Unai Emery's side", "Mikel Arteta's men".
_MANAGED = frozenset(["side", "team", "squad", "men"])
_PLACES = frozenset(["GPE", "LOC", "FAC", "NORP"])


def _manager_of(subject: Token) -> Mention | None:
    """The person whose side a subject is, named in full for a later surname to join: "Unai
    Emery's side were beaten. … Emery said", however the recogniser labelled the name. A
    club's own name is no manager ("Harrow Rovers' side")."""
    if subject.lower_ not in _MANAGED:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or owner.lower_ in _CLUB_ENDINGS:  # "Harrow Rovers' side": the club's
        return None
    run = name_run(owner)
    if not 2 <= len(run) <= 3 or not all(w.is_title for w in run):
        return None
    # "Crystal Palace's side", "Real Madrid's squad": a place's name is the club's; so is a
    # name the story shows to be a club's elsewhere ("Aston Villa have …")
    if any(w.ent_type_ in _PLACES for w in run) or run.text.lower() in _club_names(owner.doc):
        return None
    manager = mention_for(owner, run)
    manager.kind, manager.salient = SpeakerKind.PERSON, False
    return manager


def _heard_from_no_one(subject: Token) -> bool:
    """Whether a subject's clause is what a court or an inquest heard from no one named: in
    "Cole took cash from lockers, Leeds Crown Court heard" Cole is whom the story is about,
    and a later "she" is Cole, with no teller before her to stand for."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    cue = verb.head
    if verb.dep_ != "ccomp" or cue.lemma_.lower() != "hear":
        return False
    hearer = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    heard_by_a_body = hearer is not None and hearer.lemma_.lower() in AUDIENCES
    return heard_by_a_body and _teller_to(cue, hearer) is None


def _in_main_clause(subject: Token, in_quote: list[int]) -> bool:
    """Whether a subject's verb is the sentence's own, or joined to it by "and": not one joined
    to a reported clause ("said the battery would last … and that the screen had been
    tested"). "Moss scolded him: “…,” she said" is parsed with "scolded" hung on the quote's
    words, and those on "said": the clause before the quote is as much the sentence's own."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ == "ccomp" and verb.head.i > verb.i and in_quote[verb.head.i] >= 0:
        verb = verb.head
    if _quote_hung_on_its_cue(verb, in_quote):
        verb = verb.head
    return verb.dep_ == "ROOT"


def _quote_hung_on_its_cue(verb: Token, in_quote: list[int]) -> bool:
    """Whether a quoted verb is the words of the cue the parse hung it on, its subject quoted
    too: not "the agency said the barrier had been “properly maintained”", a reported
    clause with a quoted fragment, whose subject the reporter names."""
    if verb.dep_ != "ccomp" or in_quote[verb.i] < 0 or in_quote[verb.head.i] >= 0:
        return False
    return not any(c.dep_ in SUBJECTS and in_quote[c.i] < 0 for c in verb.children)


def _byline(name: Token, text: str) -> bool:
    """Whether a name is the author's, in a line that opens with "By": "By Jane Porter,
    Transport Reporter" names who wrote the article, whom no later "she" stands for.
    ``text``: the doc's."""
    start, end = line_at(text, name.idx)
    return is_byline(text[start:end])


def _interviewed(verb: Token) -> Token | None:
    """The person a verb of interviewing has its subject hear, named or by role: "spoke to
    the harbourmaster, Jo Price", "interviewed the mayor", "asked Jo Price", "put the
    question to Trent", "the inquiry heard from its head of safety, Alan Price"."""
    lemma = verb.lemma_.lower()
    if lemma == "hear":
        # "heard from" a witness; what was heard ("heard the evidence") is no one
        objects = [o for p in verb.children if p.lower_ == "from" for o in p.children]
    else:
        heard_as_object = lemma not in PUTTING_TO
        objects = [c for c in verb.children if c.dep_ == "dobj" and heard_as_object]
        objects += heard_with(verb)
    # Any name: the recogniser may take a surname ("Trent") for a river or a firm, and the
    # mention's kind, once its full name is found, decides what a later "she" stands for.
    heard = next(
        (o for o in objects if o.pos_ == "PROPN" or (o.pos_ == "NOUN" and person_word(o))), None
    )
    if heard is None or heard.pos_ == "PROPN":
        return heard
    named = _name_beside(heard)
    if named is None and lemma == "hear":
        return None  # "The jury heard from a witness": a "Witness:" after is no one of it
    return named or heard


def _name_beside(noun: Token) -> Token | None:
    """The name a comma sets beside a role noun, "the harbourmaster, Jo Price,", or beside
    the noun's "of" ("the head of dam safety, Alan Price"), however the parse hung it: its
    last word."""
    doc = noun.doc
    end = max([noun.i] + [p.right_edge.i for p in noun.rights if p.lower_ == "of"])
    at = end + 2

    def a_name(i: int) -> bool:
        return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].ent_type_ == "PERSON"

    if at >= len(doc) or doc[end + 1].text != "," or not a_name(at):
        return None
    while a_name(at + 1):
        at += 1
    return doc[at]
