"""Reading the dependency parse: cues, their subjects, their complements, speaker phrases.

All of it works on one parsed ``Doc`` and the token → quoted-span index of :func:`scan`,
whose single pass over the tokens is the only full walk of the document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IDX, LOWER, POS
from spacy.symbols import AUX as AUX_POS
from spacy.symbols import NOUN as NOUN_POS
from spacy.symbols import PROPN as PROPN_POS
from spacy.symbols import VERB as VERB_POS
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newslens.analysis.lexicon import (
    Verb,
    lexicons,
    mind_adjectives,
    mind_nouns,
    physical_targets,
    word_nouns,
    word_sections,
)
from newslens.analysis.model import Stance
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

# ``doc_text`` keeps the text in the doc's store for user data, read there directly: an
# extension's accessor is an object built on every read, and the text is read some sixty
# times a doc.
_TEXT = "newslens_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc and kept on it: spaCy joins every token's text again
    on each read, and the components each need the whole text."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT] = text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Keep ``text``, the string ``doc`` was made from, as its ``doc_text``: spaCy's
    tokenizer loses no character, so this is ``doc.text`` without joining its tokens."""
    doc.user_data[_TEXT] = text


def span_text(words: SpacySpan) -> str:
    """``words.text``, sliced from the doc's text: spaCy joins a span's text from its tokens."""
    return doc_text(words.doc)[words.start_char : words.end_char]


def words_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, without building the span."""
    if start >= end:
        return ""
    last = doc[end - 1]
    return doc_text(doc)[doc[start].idx : last.idx + len(last)]


SUBJECTS = ("nsubj", "nsubjpass")


def object_of(preposition: Token) -> Token | None:
    """The noun a preposition governs: Eurostat of "by Eurostat"."""
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


_SPEAKER_WORDS = word_sections("speaker_words.txt")
INTERVIEWING = _SPEAKER_WORDS["interview_verbs"]  # "spoke to Jane Doe"
# Given names that say a name is a person's, whatever the recogniser made of it.
GIVEN_NAMES = _SPEAKER_WORDS["female_names"] | _SPEAKER_WORDS["male_names"]
# Verbs of putting a point to someone, who answers it: "When I put this to Trent", "raised it
# with the mayor"; their object is the point ("has not mentioned Okafor since" hears no one).
PUTTING_TO = frozenset(["put", "raise", "mention"])
# Verbs whose object is someone the subject hears out: "spoke to", "interviewed", "asked".
_HEARING = INTERVIEWING | {"ask"} | PUTTING_TO


# Nouns (lemmas) of things that bear words someone wrote or issued: "shared a post, which
# read: …" is the sharer's, and "said in a letter to parents that …" reports what follows.
WRITTEN_NOUNS = _SPEAKER_WORDS["written_nouns"]

# Verbs whose subject is the source of the words their object names: "issued a warning",
# "signed an agreement to …", "reached the conclusion that …".
SOURCE_VERBS = frozenset(
    [
        "make",
        "issue",
        "release",
        "give",
        "deliver",
        "repeat",
        "offer",
        "put",
        "publish",
        "post",
        "share",
        "sign",
        "reach",
        "strike",
    ]
)
# Verbs that make or give out a writing: "the report that the clerk filed".
MAKING_A_WRITING = SOURCE_VERBS | frozenset(
    ["file", "write", "submit", "draft", "commission", "prepare", "produce", "compile", "send"]
)
# Verbs that make, pass on or come by a writing, so that a clause after "in a letter" whose
# "that" is their object says which letter, not what it said: "in a letter that the BBC has
# seen", "in a statement that it issued on Monday".
_HANDLING_A_WRITING = MAKING_A_WRITING | frozenset(
    ["see", "read", "obtain", "receive", "sign", "leak", "circulate", "distribute", "record"]
)


# Heads a cue without a subject of its own takes its subject from: "…, saying …".
INHERITS_SUBJECT = ("conj", "advcl", "xcomp", "acl", "pcomp", "ccomp", "prep", "relcl")


COMPLEMENTS = ("ccomp",)


# Verbs whose infinitive complement is what is reported: "vowed to fight", "urged X to …".
XCOMP_CUES = frozenset(
    [
        "promise",
        "pledge",
        "vow",
        "urge",
        "call",
        "threaten",
        "demand",
        "claim",
        "deny",
        "warn",
        "ask",
        "expect",
        "hope",
        "plan",
        "agree",
        "refuse",
        "offer",
        "propose",
        "decline",
        "decide",
        "seek",
        "aim",
        "intend",
        "vote",
    ]
)


# Verbs that say their infinitive did not happen: "declined to say", "failed to mention".
NOT_DOING = frozenset(
    ["decline", "refuse", "fail", "neglect", "forget", "avoid", "omit", "stop", "cease", "quit"]
)
# Nouns that say the same of theirs: "his refusal to use the words …".
NOT_DOING_NOUNS = frozenset(["refusal", "failure", "reluctance", "unwillingness"])
_UNDOING = NOT_DOING | NOT_DOING_NOUNS


# Phrases that answer someone, as a reporting verb does, though their verb alone reports
# nothing: '“…,” Cole hit back', not "the storm hit the coast".
RETORTS = frozenset(
    [
        ("hit", "back"),
        ("hit", "out"),
        ("fire", "back"),
        ("shoot", "back"),
        ("strike", "back"),
        ("push", "back"),
        ("lash", "out"),
        ("chime", "in"),
        ("weigh", "in"),
        ("cut", "in"),
        ("pipe", "up"),
    ]
)


def retort(verb: Token) -> bool:
    """Whether a verb and the word after it are one of the RETORTS: "fired back"."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return (
        verb.pos_ == "VERB" and after is not None and (verb.lemma_.lower(), after.lower_) in RETORTS
    )


# Prepositions that give the noun a thing was said in: "said in a statement that …",
# "told analysts on a call that …", "warned through a spokesman that …".
THROUGH_A_MEDIUM = frozenset(["in", "through", "on"])


def said_through(noun: Token) -> Token | None:
    """The word ``noun`` is the medium of, when it is one: "said" of "said in a statement",
    "told" of "told analysts on a call"; else None. Others' words are no medium but what is
    spoken of: "commented on reports that …", "on claims that …"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in THROUGH_A_MEDIUM:
        return None
    lemma = noun.lemma_.lower()
    if noun.head.lower_ == "on" and lemma in lexicons()[1] and lemma not in _SPOKEN_ON:
        return None
    return noun.head.head


# Reporting nouns that are a medium after "on": "on a call", "in a message posted on X".
_SPOKEN_ON = WRITTEN_NOUNS | {"call"}


ATTRIBUTION_WORDS = 16  # "Flynn, a top Trump surrogate, said": the most words before a cue


# The parts of speech of a cue ("said", "a statement read"), a hearer or a subject, by id.
_READ_IN_FULL = {VERB_POS: "VERB", AUX_POS: "AUX", NOUN_POS: "NOUN", PROPN_POS: "PROPN"}


@dataclass
class Scan:
    """What one pass over the tokens finds; every later step looks only at these."""

    in_quote: list[int]  # per token: the index of the quoted span holding it, or -1
    cues: set[int] = field(default_factory=set)  # reporting verbs outside quotes
    according: list[Token] = field(default_factory=list)  # "according" outside quotes
    nouns: list[Token] = field(default_factory=list)  # reporting nouns outside quotes
    # noun subjects (active or passive), passive agents and named roles: who a later "he" may be
    subjects: list[Token] = field(default_factory=list)
    # people named in any other place ("the speakers included Margaret Ellison"): who a later
    # "she" may be when no subject can
    named: list[Token] = field(default_factory=list)
    # verbs of hearing someone out ("spoke to", "interviewed"): whom a later "she" may be
    hearing: list[Token] = field(default_factory=list)
    # adjectives of mind or stance outside quotes ("sure", "afraid", "is convinced")
    minds: list[Token] = field(default_factory=list)


def scan(doc: Doc, marks: list[Span]) -> Scan:
    """One pass over the tokens: the quote index and every candidate the later steps need."""
    verbs, nouns = lexicons()
    # A Token builds a new Python object for each attribute on each read: the offset, part of
    # speech and lower case of every word come from one array instead, and only the words
    # that may be a cue, a source's noun or a subject are read as Tokens.
    words = doc.to_array([IDX, POS, LOWER])
    in_quote = _quoted_span_of(words[:, 0].astype(numpy.int64), marks)
    found = Scan(in_quote.tolist())
    sources = numpy.isin(
        words[:, 2],
        numpy.array([doc.vocab.strings[w] for w in ("according", *_SOURCE_NOUNS)], numpy.uint64),
    )
    minds = numpy.isin(
        words[:, 2], numpy.array([doc.vocab.strings[w] for w in mind_adjectives()], numpy.uint64)
    )
    read = numpy.flatnonzero(
        (in_quote < 0) & (numpy.isin(words[:, 1], list(_READ_IN_FULL)) | sources | minds)
    )
    for i, pos_id, source, mind in zip(
        read.tolist(),
        words[read, 1].tolist(),
        sources[read].tolist(),
        minds[read].tolist(),
        strict=True,
    ):
        pos = _READ_IN_FULL.get(pos_id)
        token = doc[i]
        lemma = token.lemma_.lower() if pos in ("VERB", "AUX", "NOUN") else ""
        if mind and _said_of_someone(token):
            # "is convinced that …", "were worried that …": the adjective, not its verb
            found.minds.append(token)
        elif pos in ("VERB", "AUX") and lemma in verbs and lemma != "be":
            verb = verbs[lemma]
            if (not verb.aside_only or is_aside(token) or put_to(token)) and (
                not verb.after_quote_only or follows_quote(token, found.in_quote)
            ):
                found.cues.add(i)
        elif pos == "NOUN" and lemma in verbs and _noun_read_for_a_cue(token, found, nouns):
            found.cues.add(i)  # '“…,” Quinn jokes.', '“…,” a club statement read.'
        elif source and (token.lower_ == "according" or words_of(token) is not None):
            found.according.append(token)  # "in the words of X", "in his words" alike
        if pos == "VERB" and lemma in _HEARING:
            found.hearing.append(token)
        if pos in ("NOUN", "PROPN"):
            if pos == "NOUN" and lemma in nouns:
                found.nouns.append(token)
            dep = token.dep_
            if dep in SUBJECTS or (dep == "pobj" and token.head.dep_ == "agent"):
                found.subjects.append(token)
            elif dep == "appos" and pos == "PROPN" and token.head.pos_ == "NOUN":
                # "the mayor, Helga Marquardt,"; not "the leases\ufffd", a stray byte's
                # replacement character that the tagger took for a name
                if not token.is_punct and any(map(str.isalpha, token.text)):
                    found.subjects.append(token.head)
            elif _misread_verb(token):
                found.subjects.append(token)  # "Marchetti waves at the driver", read as nouns
            elif pos == "PROPN" and dep != "compound" and _a_persons_name(token):
                found.named.append(token)
    return found


def _said_of_someone(word: Token) -> bool:
    """Whether a word that may be an adjective of mind is one, said of someone: an adjective,
    or a participle that the linking verb before it makes one ("is convinced", "were
    frustrated"), with no "by" naming who did it ("was convinced by her that …" is her
    doing)."""
    if word.pos_ == "ADJ":
        return True
    if word.pos_ != "VERB" or word.tag_ != "VBN" or any(c.dep_ == "agent" for c in word.children):
        return False
    return word.dep_ in ("acomp", "oprd") or any(c.dep_ == "auxpass" for c in word.children)


def _quoted_span_of(offsets: numpy.ndarray, marks: list[Span]) -> numpy.ndarray:
    """For each of the (ordered) character ``offsets``, the index of the first quoted span
    in ``marks`` that ends after it, when the offset is inside it; else -1."""
    if not marks:
        return numpy.full(len(offsets), -1, dtype=numpy.int64)
    starts, ends = numpy.array(marks, dtype=numpy.int64).reshape(-1, 2).T
    # The first span ending after an offset is the first whose running maximum of ends does.
    k = numpy.searchsorted(numpy.maximum.accumulate(ends), offsets, side="right")
    found = numpy.minimum(k, len(marks) - 1)
    return numpy.where((k < len(marks)) & (starts[found] <= offsets), k, -1)


# Nouns of a count of opinion that, set off before a clause, are its source themselves: "In
# the latest poll, Labour leads by five points" is the poll's finding.
_FINDING_NOUNS = frozenset(["poll", "polls", "survey", "surveys"])
# Nouns for what someone says or thinks, after the preposition that makes them a source:
# "in the words of X", "in his view", "by her own admission", "by their account".
_SOURCE_PHRASES = {
    "in": frozenset(["words", "view", "opinion", "estimation", "assessment", "telling"])
    | _FINDING_NOUNS,
    "by": frozenset(["admission", "account", "reckoning"]),
}
_SOURCE_NOUNS = frozenset().union(*_SOURCE_PHRASES.values())


def words_of(words: Token) -> Token | None:
    """Whose words "in the words of X", "in his words" or "by her own admission" are: X, his,
    her; the poll itself of "In the latest poll, …"; else None."""
    lower = words.lower_
    if lower not in _SOURCE_NOUNS:
        return None  # asked of every word outside quotes: the cheapest test first
    prep = words.head
    if lower not in _SOURCE_PHRASES.get(prep.lower_, frozenset()) or prep.dep_ != "prep":
        return None
    # Set off from the sentence, as an aside is: not "the dog stays in my view all day".
    doc, after = words.doc, prep.right_edge.i + 1
    if not (prep.is_sent_start or doc[prep.i - 1].is_punct):
        return None
    if after < len(doc) and not doc[after].is_punct:
        return None
    if lower in _FINDING_NOUNS:
        return words  # "in a poll of voters" is the poll's, not the voters'
    for child in words.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return object_of(child)
    return None


def _misread_verb(name: Token) -> bool:
    """Whether a name opens a sentence whose verb the tagger read as a plural noun it
    modifies: "Marchetti waves at the driver." is Marchetti acting."""
    if name.dep_ != "compound" or name.ent_type_ != "PERSON":
        return False  # asked of most nouns: their head is read only for a name's
    verb = name.head
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "NNS"
        and verb.i == name.i + 1
        and any(c.dep_ == "prep" for c in verb.children)
    )


def follows_quote(verb: Token, in_quote: list[int]) -> bool:
    """Whether a verb comes right after a quotation, with no more than its subject between:
    '“…,” she laughed', '“…,” laughed Quinn', '“…,” Anna Quinn remembers'."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and verb.i - i <= 5 and in_quote[i] < 0:
        token = doc[i]
        named = token.pos_ in ("PROPN", "PRON", "DET") or _name_read_as_a_word(token, verb)
        if not (token.is_punct or token.is_space or named):
            return False
        i -= 1
    return i >= 0 and in_quote[i] >= 0


def _name_read_as_a_word(token: Token, verb: Token) -> bool:
    """Whether a capitalised word before a cue is its speaker, a name the tagger took for an
    adjective or a noun: "Pryce" of '"…," Pryce laughs', parsed as the subject or, with
    "laughs" read as a plural noun, as a word qualifying it. Qualifying, only mid-sentence:
    an opening word is capitalised whatever it is ("Nervous laughs.")."""
    if not token.is_title or token.head != verb:
        return False
    return token.dep_ == "nsubj" or (token.dep_ in ("compound", "amod") and not token.is_sent_start)


def _noun_read_for_a_cue(word: Token, found: Scan, nouns: dict[str, Stance]) -> bool:
    """Whether a noun whose lemma is a reporting verb is that verb, misread by the tagger."""
    return (
        (_misread_cue(word) and follows_quote(word, found.in_quote))
        or _verb_with_subject(word)
        or _verb_of_a_source(word, nouns)
        or _closing_cue_read_as_a_noun(word)
    )


def _closing_cue_read_as_a_noun(word: Token) -> bool:
    """A reporting verb closing its sentence after a comma and its subject, a noun with its
    determiner, that the tagger read as a plural noun the subject qualifies: "He fired six
    shots, the affidavit states." ("affidavit states" as "member states")."""
    doc = word.doc
    i = word.i
    return (
        word.tag_ == "NNS"
        and 2 < i < len(doc) - 1
        and doc[i + 1].text in (".", "!", "?")
        and doc[i - 1].tag_ == "NN"
        and doc[i - 1].head == word
        and doc[i - 2].dep_ == "det"
        and doc[i - 3].text == ","
        and (
            any(c.dep_ == "ccomp" and c.i < i for c in word.children)
            or _clause_before_a_closing_cue(word) is not None
        )
    )


def _misread_cue(word: Token) -> bool:
    """A reporting verb after a name that the tagger read as a plural noun the name
    modifies, closing its sentence: "Quinn jokes." """
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return (
        word.tag_ == "NNS"
        and word.i > 0
        and (
            (doc[word.i - 1].pos_ == "PROPN" and doc[word.i - 1].head.i == word.i)
            or _name_read_as_a_word(doc[word.i - 1], word)
        )
        and (after is None or after.text in (".", ",", "!", "?", ";"))
    )


def _verb_with_subject(word: Token) -> bool:
    """A reporting verb the tagger read as a noun though the parse gives it a subject and
    no determiner: "A statement from his family read: …"."""
    return any(c.dep_ == "nsubj" for c in word.children) and not any(
        c.dep_ in ("det", "poss") for c in word.children
    )


def _verb_of_a_source(word: Token, nouns: dict[str, Stance]) -> bool:
    """A reporting verb closing a sentence that the parse read as the last noun of a
    statement's source: '“…,” a statement from the club read.' ("club read" as one noun)."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    source = word.head
    return (
        word.tag_ == "NN"
        and word.dep_ == "pobj"
        and source.lower_ in ("from", "by", "of")
        and source.head.pos_ == "NOUN"
        and source.head.lemma_.lower() in nouns
        and any(c.dep_ == "compound" and c.i == word.i - 1 for c in word.children)
        and (after is None or after.text in (".", ":", "\n"))
    )


def is_aside(verb: Token) -> bool:
    """Whether a verb is the aside "as X put it": "as" marks it and "it" is its object."""
    children = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in children) and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in children
    )


def put_to(verb: Token) -> bool:
    """Whether a verb is "put it to" someone, as a court's counsel suggests to a witness what
    the witness denies or accepts: "put it to him that there had been no label", "It was put
    to her that she had lied"."""
    children = list(verb.children)
    return (
        verb.lemma_.lower() == "put"
        and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "it" for c in children)
        and any(c.dep_ == "prep" and c.lower_ == "to" and c.n_rights for c in children)
        and any(t.dep_ == "mark" and t.lower_ == "that" and t.i > verb.i for t in verb.subtree)
    )


# Entities that say when, never who.
_WHEN_ENTITIES = ("DATE", "TIME")
# Entities that say when or how many, never who: "wrote three times asking …".
_NOT_WHO = (*_WHEN_ENTITIES, "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")


def _subject_of_as_clause(subject: Token, verb: Token) -> Token | None:
    """The subject of a headline's "as" clause the parse read as a preposition: "Halvex
    shares slide as chief executive warns …", parsed with "slide" as the subject of
    "warns" and "chief executive" as the object of "as", is the chief executive's warning."""
    if subject.pos_ != "VERB":
        return None
    as_ = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    noun = None if as_ is None else object_of(as_)
    return noun if noun is not None and noun.i == verb.i - 1 else None


def _a_persons_name(name: Token) -> bool:
    """Whether a proper noun ends a person's name: one the recogniser took for a person, or
    a surname after a given name it missed ("ahead of the Conservative Martin Cole")."""
    if name.ent_type_ == "PERSON":
        return True
    given = name.doc[name.i - 1] if name.i > 0 else None
    return (
        not name.ent_type_
        and given is not None
        and given.dep_ == "compound"
        and given.head.i == name.i
        and given.lower_ in GIVEN_NAMES
    )


def subject(cue: Token, in_quote: list[int]) -> Token | None:
    """The speaker token of a cue: its subject, the agent of a passive, or an inherited one.

    Never a word inside quotation marks: "“We will win,” Chief Jordan said" may be parsed
    with "said" hanging off the quoted verb, whose subject "We" is not the speaker.
    """
    if _misread_participle(cue) is not None:
        return None  # "Vogt, asked whether she would resign, said …": she was asked
    if cue.pos_ == "NOUN" and cue.dep_ == "pobj" and cue.head.lower_ in ("from", "by", "of"):
        # '“…,” a statement from the club read.', "club read" parsed as one noun: the club.
        return next((c for c in cue.children if c.dep_ == "compound"), None)
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.lemma_ == "quote":
        # "The mayor has been quoted as saying …", "Reuters quoted the mayor as saying …":
        # the one quoted says it.
        return next((c for c in cue.head.head.children if c.dep_ in ("nsubjpass", "dobj")), None)
    described = next(
        (noun for c in cue.children if (noun := _misread_participle(c)) is not None), None
    )
    if described is not None and not any(c.dep_ in SUBJECTS for c in cue.children):
        return described  # … and she said
    previous = cue.doc[cue.i - 1] if cue.i > 0 else None
    if (
        cue.tag_ == "VBG"
        and previous is not None
        and previous.pos_ == "PROPN"
        and previous.ent_type_ not in _WHEN_ENTITIES  # "tweets early Friday saying …"
    ):
        # "footage of Senator Hal Brooks saying, “…”": the name right before the gerund,
        # unless the gerund has a named subject of its own.
        own = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if own is None or own.pos_ not in ("PROPN", "PRON"):
            return previous
    clause_subject = _subject_after_conjunction(cue)
    if clause_subject is not None:
        return clause_subject
    act = _headline_act_before(cue)
    if act is not None:
        return next(c for c in act.children if c.dep_ == "nsubj")  # "Fed holds …, signals …"
    modifier = _subject_read_as_modifier(cue)
    if modifier is not None:
        return modifier
    token: Token | None = cue
    below: Token | None = None  # the verb climbed from
    for _ in range(4):
        if token is None or in_quote[token.i] >= 0:
            return None
        # The subject nearest the verb: "Outside court, Smith's lawyer said" may be parsed
        # with two, the first an opening phrase.
        here = token.i
        for child in sorted(token.children, key=lambda c: abs(c.i - here)):
            if in_quote[child.i] >= 0:
                continue
            # nor a dash parsed as one, though "%" of "64% of staff" is a noun
            if child.dep_ == "nsubj" and child.pos_ != "PUNCT":
                after = dateline(child.doc, child.i)
                if after is not None:
                    return _after_dateline(after, token)
                if token.i == cue.i and (_told_passively(cue) or _bid_passively(cue)):
                    return None
                # "who" too: it resolves to the noun before
                child = _subject_of_as_clause(child, token) or child
                child = _name_after_hyphenated_role(child) or _past_opening_name(child, token)
                return _past_entry_time(child)
            if child.dep_ == "agent":
                by = object_of(child)
                if by is None or by.lemma_.lower() not in _HOW_DECIDED:
                    return by
                if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
                    # "Three judges found by a majority that …", parsed as judges who were
                    # found: the judges found it, and a majority is how.
                    return token.head
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and token.pos_ == "ADJ" and in_quote[passive.i] < 0:
            return passive  # "Whitcombe was blunt:", parsed as a passive: what Whitcombe was
        if token.i == cue.i and any(c.dep_ == "auxpass" for c in token.children):
            # "paid for it after being told she faced a wait": whoever is told hears the
            # words; with no "by" to name who said them, no one is named.
            return None
        misread = next((c for c in token.children if misread_surname(c)), None)
        if misread is not None:
            return misread
        counted = _counted_subject(token)
        if counted is not None:
            return counted
        opened = _object_of_opener(token) or _subject_in_opener(token)
        if opened is not None:
            return opened
        if passive is not None:
            # "Scott can be heard yelling that …": she yells; "It was said that …": nobody.
            return passive if below is not None and below.dep_ == "xcomp" else None
        participle = cue.tag_ == "VBN" or (cue.tag_ == "VBD" and cue.is_sent_start)
        if token.i == cue.i and participle and cue.dep_ in ("advcl", "acl"):
            # "Asked to put a date on it, the minister said …", "Vogt, asked whether …,
            # said …": they were asked, by someone not named
            return None
        before = token.doc[token.i - 1] if token.i > 0 else None
        if (
            token.tag_ == "VBG"
            and before is not None
            and before.pos_ in ("NOUN", "PROPN")
            and before.ent_type_ not in _NOT_WHO  # "an ad this week showing …"
            and not any(c.dep_ == "nummod" for c in before.children)  # "three times asking"
            and in_quote[before.i] < 0
        ):
            return before  # "protesters chanting, “…”"
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head  # "footage of Clinton asking, “…”"
        if token.dep_ not in INHERITS_SUBJECT or token.head.i == token.i:
            return None
        below, token = token, _goes_with(token)
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in SUBJECTS:
            # "the statement, saying …": the noun is the source.
            return token
    return None


# What a "by" names when it says how a body decided, not who: "by a majority", "by a margin".
_HOW_DECIDED = frozenset(["majority", "margin", "vote", "show", "consensus", "acclamation"])


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


def _subject_read_as_modifier(verb: Token) -> Token | None:
    """The noun right before a verb with no subject that the parse took for a word qualifying
    the verb, as if the verb were a noun: "inquest" of "…, an inquest heard." and of "…, a
    two-day inquest found."."""
    if verb.pos_ not in ("VERB", "NOUN") or verb.i == 0:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.head != verb or noun.dep_ not in ("amod", "compound") or noun.pos_ != "NOUN":
        return None
    return noun


def _counted_subject(verb: Token) -> Token | None:
    """ "A third wrote: …" after "One resident said … Another said …": the parse may take
    the ordinal for a modifier of the verb, but it is the one who speaks."""
    if verb.i < 2:
        return None
    word = verb.doc[verb.i - 1]
    if (
        word.head.i == verb.i
        and word.dep_ in ("amod", "advmod", "npadvmod")
        and word.ent_type_ == "ORDINAL"
        and any(c.dep_ == "det" and c.lower_ in ("a", "the") for c in word.children)
    ):
        return word
    return None


# Words that open a clause as well as a phrase: "after replays suggested …".
_CLAUSE_PREPOSITIONS = frozenset(["after", "before", "since", "until", "till", "as"])


def _subject_after_conjunction(cue: Token) -> Token | None:
    """The subject of a clause the parse read as a phrase of time hung on its verb, or as a
    noun joined to the clause before: "after replays suggested Wrona was offside" is what
    the replays suggested, not the speaker of the sentence around it."""
    if any(c.dep_ in SUBJECTS for c in cue.children) or cue.i < 2:
        return None
    noun = cue.doc[cue.i - 1]
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.i == noun.left_edge.i - 1
        and prep.head.i == cue.i
        and prep.lower_ in _CLAUSE_PREPOSITIONS
        and noun.pos_ in ("NOUN", "PROPN", "PRON")
    ):
        return noun
    # "Republicans said the inquiry was mishandled and Democrats accused the GOP of …": a
    # reporting verb's subject after "and", which the parse joined to the noun before it
    if (
        noun.dep_ == "conj"
        and cue.tag_ in ("VBD", "VBZ", "VBP")
        and cue.lemma_.lower() in lexicons()[0]
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.left_edge.i > 0
        and cue.doc[noun.left_edge.i - 1].dep_ == "cc"
    ):
        return noun
    return None


# Verbs that, active, always name whom they tell ("warned that …" need not).
_TOLD_SOMEONE = frozenset(["tell", "inform", "notify", "assure", "remind"])


# Verbs that, active, always name whom they bid before the infinitive: "urged parents to
# check", never "urged to check" ("asked to speak" and "promised to" may be active).
_BID_SOMEONE = frozenset(
    ["urge", "advise", "encourage", "order", "instruct", "implore", "exhort", "tell", "warn"]
)


def _bid_passively(cue: Token) -> bool:
    """Whether the subject of a bidding verb is the one bidden, in a headline's clipped
    passive: "Parents urged to check vaccines", with no one named between verb and "to"."""
    if cue.lemma_.lower() not in _BID_SOMEONE or cue.tag_ not in ("VBD", "VBN"):
        return False
    children = list(cue.children)
    if any(c.dep_ in ("dobj", "dative", "aux") for c in children):
        return False  # "urged parents to …", "has urged …"
    return any(
        c.dep_ == "xcomp" and c.i > cue.i and any(a.tag_ == "TO" for a in c.lefts) for c in children
    )


def _told_passively(cue: Token) -> bool:
    """Whether the subject of "told" is the one told, in a headline's clipped passive:
    "Jury told carer stole …", "…, court told". Told actively, someone is always told
    ("told reporters"); an object that is the subject of a finite verb right after it
    ("carer stole") is no one told."""
    if cue.lemma_.lower() not in _TOLD_SOMEONE or cue.tag_ not in ("VBD", "VBN"):
        return False
    if cue.dep_ == "relcl":
        return False  # "the story Kennedy told": the object is what the clause is on
    children = list(cue.children)
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in children) and not any(
        c.dep_ == "auxpass" for c in children
    ):
        return False  # "A mum has told how …": a perfect, active, with no one told named
    told = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    return not told or all(
        t.i + 1 < len(t.doc)
        and (after := t.doc[t.i + 1]).head.i == cue.i
        and after.tag_ in ("VBD", "VBZ")
        and not any(c.dep_ in SUBJECTS for c in after.children)
        for t in told
    )


def _object_of_opener(verb: Token) -> Token | None:
    """The subject the parse gave to a participle opening the sentence as its object:
    "Also speaking, an economist at …, said …" (a comma between the two says it is not
    the participle's)."""
    doc = verb.doc
    for opener in verb.lefts:
        if opener.dep_ not in ("advcl", "csubj") or opener.tag_ != "VBG":
            continue
        for noun in opener.rights:
            if noun.dep_ == "dobj" and any(t.text == "," for t in doc[opener.i + 1 : noun.i]):
                return noun
    return None


def _subject_in_opener(verb: Token) -> Token | None:
    """The speaker the parse lost to an opening phrase: "At last night's AGM our chairman,
    Ray Dunn, said …" reads "our chairman" as the AGM's, and "At Monday's hearing the
    club's lawyer, Dev Shah, said" the lawyer as what was heard. A role, then a name
    between commas right before a verb with no subject: the name is who speaks."""
    doc = verb.doc
    if verb.i < 4 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    name = doc[verb.i - 2]
    if doc[verb.i - 1].text != "," or name.ent_type_ != "PERSON" or name.ent_iob_ == "":
        return None
    first = name
    while first.ent_iob_ == "I":
        first = doc[first.i - 1]
    before = doc[first.i - 2] if first.i >= 2 else None
    if doc[first.i - 1].text != "," or before is None or before.pos_ != "NOUN":
        return None
    return name


DASHES = frozenset(["-", "--", "—", "–", "―"])
# The most tokens before a dateline's dash: "HALDEN, Ore., March 3, 2026 /PRNewswire/ --".
DATELINE_WORDS = 16


def dateline_end(doc: Doc, start: int) -> int | None:
    """The first token after the dateline opening a paragraph at ``start``, if it has one.

    A dateline is a place in capitals, maybe a region, a date and an agency, then a dash:
    "WASHINGTON (AP) — ", "ASHCOMBE FALLS, Ohio - ", "LOS ANGELES, Sept. 28 (UPI) — ", or
    in Indian papers a colon: "PUNE: ", "CHENNAI, March 12: ". A transcript's label ("Q: ", "PENCE: ") ends the
    same way, and so does a live blog's time ("14:52 That is it from …", a match's "78' "):
    either way what follows is a sentence of its own.
    """
    first = doc[start]
    if first.text[:1].isdigit():
        return _after_time(doc, start)
    if not (first.is_alpha and first.is_upper):
        return None
    labelled = _after_colon(doc, start)
    if labelled is not None or len(first) == 1:
        return labelled
    for token in doc[start + 1 : min(len(doc), start + DATELINE_WORDS + 2)]:
        if "\n" in token.text:
            return None
        glued = not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_
        if token.text == "-" and glued:
            continue  # "MARSEILLE-ST-CLAIR —": a hyphen inside the name
        if token.text in DASHES or token.text == ":":  # "CHENNAI, March 12: "
            after = token.i + 1
            while after < len(doc) and doc[after].is_space:
                after += 1
            # A sentence follows, perhaps a quote: "… /PRNewswire/ -- “Sales will double,” …"
            if after < len(doc) and (
                doc[after].text[:1].isupper() or doc[after].text[:1] in "“\"«„‘'"
            ):
                return after
            return None
        capital = token.text.strip("/")[:1].isupper()  # "/PRNewswire/" too
        if not (token.is_punct or capital or token.is_space or token.like_num):
            return None  # a lower-case word: a sentence, not a dateline
    return None


def _after_time(doc: Doc, start: int) -> int | None:
    """The token after a live blog's time ("14:52 That is it …") or a match's minute ("78'
    Saka is booked") opening a line."""
    first = doc[start]
    if re.fullmatch(r"[0-2]?\d:[0-5]\d", first.text):
        after = start + 1
        is_sentence = first.whitespace_ and after < len(doc) and doc[after].text[:1].isupper()
        return after if is_sentence else None
    # The line's first tokens, not Doc.text, which is built afresh from every token.
    line_start = "".join(t.text_with_ws for t in doc[start : start + 6])
    minute = re.match(r"\d{1,3}(?:\+\d{1,2})?['’] (?=[A-Z])", line_start)
    if minute is not None:
        # A match report's minute: "78' Saka is booked", "90+2' GOAL!"
        after = start
        while after < len(doc) and doc[after].idx < first.idx + minute.end():
            after += 1
        return after if after < len(doc) else None
    return None


def _after_colon(doc: Doc, start: int) -> int | None:
    """The token after "PUNE: " or "Q: " opening a line: capitals, then a colon, then a capital."""
    end = start
    while end < len(doc) and doc[end].is_alpha and doc[end].is_upper and end - start < 3:
        end += 1
    if end + 1 >= len(doc) or doc[end].text != ":" or not doc[end + 1].text[:1].isupper():
        return None
    return end + 1


def dateline(doc: Doc, i: int) -> int | None:
    """The first token after the dateline that token ``i`` is in, if it is in one.

    The parser takes a dateline into the story's first sentence, as its subject even
    ("HALDEN, Ore., March 3, 2026 /PRNewswire/ -- Brightwater Foods said …").
    """
    # The line's start, at most DATELINE_WORDS + 2 tokens back: after the last line break
    # before the token, looked up in the text rather than token by token (a break is only
    # ever in a token's text, never in the space after one).
    first = max(0, i - DATELINE_WORDS - 3)
    line_break = doc_text(doc).rfind("\n", doc[first].idx, doc[i].idx)
    if line_break >= 0:
        start = first + bisect_right(range(first, i), line_break, key=lambda k: doc[k].idx)
    elif i < DATELINE_WORDS + 3:
        start = 0  # the text's first line
    else:
        return None
    after = dateline_end(doc, start)
    return after if after is not None and i < after else None


def opening(token: Token) -> int:
    """Where the sentence of ``token`` starts, past a dateline that opens it."""
    start = token.sent.start
    after = dateline(token.doc, start)
    return start if after is None or after > token.i else after


def _after_dateline(after: int, verb: Token) -> Token | None:
    """The subject the parse hung on a dateline: "HALDEN, Ore. -- Brightwater Foods said"."""
    doc = verb.doc
    return next(
        (
            t
            for t in doc[after : verb.i]
            if t.head.i < after - 1 and t.pos_ in ("NOUN", "PROPN", "PRON")
        ),
        None,
    )


def misread_surname(word: Token) -> bool:
    """Whether a surname ending in "-ly" (Kiely, Connolly, Daly) is what the tagger read as
    an adverb of a verb with no subject: "Kiely said …", "…, said Connolly". A capitalised
    adverb is not written mid-sentence, and a verb with no subject has lost it to the
    adverb ("Clearly, the mayor said" keeps hers)."""
    verb = word.head
    return (
        word.dep_ == "advmod"
        and word.text.endswith("ly")
        and word.text[:1].isupper()
        and word.text[1:].islower()
        and word.ent_type_ not in _NOT_WHO  # "July"
        and verb.pos_ in ("VERB", "AUX")
        # "Previously reported to be …": a participle has no subject to lose
        and (verb.tag_ not in ("VBN", "VBG") or any(c.dep_ == "aux" for c in verb.children))
        and not any(c.dep_ in (*SUBJECTS, "expl") for c in verb.children)
    )


# Words of a hyphenated role's last part, a title and a name: "author Dr Ben Hale".
_LONGEST_ROLE_AND_NAME = 5


def _name_after_hyphenated_role(word: Token) -> Token | None:
    """The name after a hyphenated role that the parse made the subject by its first part:
    Hale of "said co-author Dr Ben Hale", Lee of "said vice-president Ann Lee"."""
    doc = word.doc
    if word.whitespace_ or word.i + 2 >= len(doc) or doc[word.i + 1].text != "-":
        return None
    name = None
    for after in doc[word.i + 2 : word.i + 2 + _LONGEST_ROLE_AND_NAME]:
        if not after.text.rstrip(".").isalpha():
            break  # "Dr." may stand between: a title
        if after.pos_ == "PROPN" and after.is_title:
            name = after
        elif name is not None:
            break
    return name


def _misread_participle(verb: Token) -> Token | None:
    """The noun a participle between commas describes, where the parse made it its subject.

    "Vogt, asked whether she would resign, said she would not" is parsed as if Vogt asked,
    in a clause reported by a "said" with no subject: she was asked, and she said.
    """
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if verb.dep_ in ("ccomp", "advcl"):
        if verb.head.i <= verb.i:
            return None
    elif verb.dep_ != "ROOT" or not any(_verb_after_comma(c) for c in verb.rights):
        # "Hale, asked about the report, said he …", parsed with "said" a conjunct of "asked"
        return None
    noun = doc[verb.i - 2]
    if noun.dep_ != "nsubj" or noun.head.i != verb.i or noun.pos_ not in ("PROPN", "NOUN"):
        return None
    return noun


def _verb_after_comma(word: Token) -> bool:
    """Whether a conjunct is a verb that a comma, not "and", joins on."""
    return word.dep_ == "conj" and word.pos_ == "VERB" and word.doc[word.i - 1].text == ","


def _goes_with(verb: Token) -> Token:
    """The verb whose subject ``verb`` takes: its head, or for a conjunct in another tense
    than its head's, the cue above that has its tense.

    "The mayor said that the bridge is safe, but refused to give a date": it is the mayor
    who refused, whatever the parse made "refused" the conjunct of.
    """
    head = verb.head
    if verb.dep_ == "prep" and head.dep_ == "advmod" and head.head.pos_ in ("VERB", "AUX"):
        # "but stopped short of calling it …", "left soon after saying …": the phrase is the
        # verb's, whatever adverb the parse hung it on.
        head = head.head
    reporter = _reporter_of(head)
    if reporter is not None and (_speakers_act(verb, reporter) or _closing_participle(verb)):
        return reporter
    return _aside_cue_between(verb) or head


def _report_joined_on(conj: Token) -> bool:
    """Whether a conjunct is a report with no subject of its own after ", and" or ", but":
    "added" of "…, the agency said, and added that …", the speaker's next report."""
    reporting = lexicons()[0].get(conj.lemma_.lower())
    return (
        conj.dep_ == "conj"
        and reporting is not None
        and not reporting.mind
        and _after_comma_and(conj)
        and not any(c.dep_ in SUBJECTS for c in conj.children)
    )


def _aside_cue_between(conj: Token) -> Token | None:
    """The cue of an aside set between a clause and a report joined to it: the parse may
    join "added" of "Prices rose, the agency said, and added that …" to "rose", but prices
    add nothing, and it is the agency that added (if the report is in the aside's tense).
    A clause whose subject can speak keeps it: in "The mayor resigned, aides said, and
    thanked voters" the mayor thanked them."""
    from newslens.analysis.speakers import could_speak  # speakers reads this module

    if not _report_joined_on(conj) or any(
        could_speak(c) for c in conj.head.children if c.dep_ in SUBJECTS
    ):
        return None
    return next(
        (
            aside
            for aside in conj.head.children
            if aside.dep_ == "parataxis"
            and conj.head.i < aside.i < conj.i
            and _tense(aside) == _tense(conj)
            and _reports_of_its_own(aside)
        ),
        None,
    )


def _reporter_of(clause: Token) -> Token | None:
    """The verb a clause is the words of: "said" of "said that …", and of "said in a
    statement that …", whose clause the parse may hang on the statement."""
    if clause.dep_ == "ccomp":
        return clause.head
    reporter = said_through(clause.head)
    if (
        clause.dep_ == "acl"
        and any(c.dep_ in SUBJECTS for c in clause.children)
        and reporter is not None
        and reporter.pos_ == "VERB"
    ):
        return reporter
    return None


def _closing_participle(verb: Token) -> bool:
    """Whether a participle after a comma closes the sentence of a reported clause:
    "said the city should scrap the fares, calling it a “tax on workers”" is the speaker
    calling it so, whatever the parse hung "calling" on."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False  # asked of every word below a clause: its edges only for a participle's
    doc = verb.doc
    start = verb.left_edge.i
    return (
        start > 0
        and doc[start - 1].text == ","
        and all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1 : verb.sent.end])
    )


def _speakers_act(conj: Token, cue: Token) -> bool:
    """Whether a conjunct the parse hung on the cue's reported clause is the speaker's act.

    ", but did not say when", ", but refused to give a date": after a comma and a
    conjunction, without a subject of its own, in the cue's tense and not the clause's; or
    a verb that cannot share the clause's subject or modal, or that follows the words the
    clause quotes, whatever its tense.
    """
    tense = _tense(conj)
    return (
        conj.dep_ == "conj"
        and not any(c.dep_ in SUBJECTS for c in conj.children)
        and tense is not None
        and _tense(cue) == tense
        and (
            (
                (_after_comma_and(conj) or _reports_words(conj))
                and _tense(conj.head) not in (None, tense)
            )
            or _mute_clause(conj)
            or _after_modal(conj)
            or _after_quoted_words(conj)
        )
    )


def _after_quoted_words(conj: Token) -> bool:
    """Whether a conjunct follows the closing mark of words the clause quotes, with only its
    conjunction between: 'said the delegation had "a clear mandate" but gave no details' —
    the quote closes the words, and the act after it is the speaker's."""
    doc = conj.doc
    before = conj.left_edge.i - 1
    if before >= 0 and doc[before].dep_ == "cc":
        before -= 1
    return before >= 0 and doc[before].tag_ == "''"


def _after_modal(conj: Token) -> bool:
    """Whether a finite verb is joined to a clause that a modal governs, which it cannot
    share: "said members should attend and called for a vote" — no one "should called", so
    it is the speaker who called."""
    return conj.tag_ in ("VBD", "VBZ") and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in conj.head.children
    )


def _mute_clause(conj: Token) -> bool:
    """Whether a reporting verb joined to a reported clause cannot share its subject:
    "said the plan was rushed and warned that …" — a plan warns no one, so the speaker
    warned; "said the committee met and agreed that …" is the committee's agreeing."""
    from newslens.analysis.speakers import could_speak  # speakers reads this module

    if conj.lemma_.lower() not in lexicons()[0]:
        return False
    clause_subject = next((c for c in conj.head.children if c.dep_ in SUBJECTS), None)
    return clause_subject is not None and not could_speak(clause_subject)


HALVES_OF_THE_DAY = frozenset(["am", "pm", "a.m.", "p.m."])
# An entry time the tokenizer keeps whole, which the model may take for a number: "10.30am".
_CLOCK_TIME = re.compile(r"\d{1,2}[.:]\d\d(?:am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)


def _past_opening_name(subject: Token, verb: Token) -> Token:
    """The speaker after the name of the one an opening phrase names: "Under
    cross-examination by the prosecutor, Helen Grieve, Ms Mehta accepted …", "Speaking to
    the BBC's political editor, Laura Hunt, Mr Cole said …", parsed with the first name for
    the subject and the speaker's name, right before the verb, beside it."""
    doc = subject.doc
    start = subject.left_edge.i
    beside = next((c for c in subject.rights if c.dep_ == "appos"), None)
    if (
        beside is None
        or subject.pos_ != "PROPN"
        or beside.pos_ != "PROPN"
        or beside.right_edge.i + 1 != verb.i
        or doc[beside.left_edge.i - 1].text != ","
        or start < 2
        or doc[start - 1].text != ","
    ):
        return subject
    named = doc[start - 2]  # "the prosecutor", whom the first name names
    return beside if named.pos_ == "NOUN" and named.dep_ in ("pobj", "dobj") else subject


def _past_entry_time(subject: Token) -> Token:
    """The one a live blog's entry time is set before: "9am, the union's secretary, Dev
    Anand, said …", parsed with the time (or its "am") for the subject and the speaker
    beside it."""
    if (
        subject.ent_type_ not in _WHEN_ENTITIES
        and subject.lower_ not in HALVES_OF_THE_DAY
        and not _CLOCK_TIME.fullmatch(subject.text)
    ):
        return subject
    beside = next(
        (c for c in subject.children if c.dep_ == "appos" and c.ent_type_ not in _WHEN_ENTITIES),
        None,
    )
    return subject if beside is None else beside


def speaker_of(cue: Token, in_quote: list[int]) -> Token | None:
    """The subject of a cue beside a quote, or failing that the name right beside the cue.

    "“…,” Tulsa police Chief Chuck Jordan said" and "“…,” said James Acton, a physicist"
    name the speaker next to the verb even when the parse does not make it the subject.
    """
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return None if to is None else object_of(to)
    if cue.lower_ == "words":
        return words_of(cue)
    found = subject(cue, in_quote)
    if found is not None:
        return found
    if cue.tag_ == "NN":
        # "with one writing: …", the gerund tagged as a noun: whoever it is said of.
        return next((c for c in cue.lefts if c.pos_ in ("NUM", "NOUN", "PROPN", "PRON")), None)
    doc = cue.doc
    # Leftwards to the quote: "“…,” Flynn, a top Trump surrogate, said".
    start = cue.i
    while start > 0 and cue.i - start < ATTRIBUTION_WORDS and in_quote[start - 1] < 0:
        if doc[start - 1].text in (".", "!", "?", ";", ":") or "\n" in doc[start - 1].text:
            break
        start -= 1
    if start > 0 and in_quote[start - 1] >= 0:
        for token in doc[start : cue.i]:
            if token.pos_ in ("PROPN", "NOUN", "PRON") or _name_read_as_a_word(token, cue):
                # "“…,” Quinn jokes." read as a noun "jokes" that "Quinn" modifies: Quinn
                named = token.dep_ in ("compound", "flat") and token.head.i != cue.i
                return token.head if named else token
    # Rightwards: "“…,” said James Acton, a physicist"; never past a preposition, which
    # names where or how it was said ("posted on Instagram: …"), not who said it.
    # "hit back the transport secretary": past a retort's particle, which may read as one.
    after = cue.i + 2 if retort(cue) else cue.i + 1
    for token in doc[after : min(len(doc), after + 4)]:
        if in_quote[token.i] >= 0 or token.is_punct or token.pos_ == "ADP":
            return None
        if token.ent_type_ in _WHEN_ENTITIES:
            continue
        if token.pos_ in ("PROPN", "NOUN", "NUM", "PRON"):
            return token.head if token.dep_ in ("compound", "flat") else token
    return None


_DANGLING = ("ADP", "DET", "CCONJ", "SCONJ", "PART")


def phrase(doc: Doc, head: Token, in_quote: list[int], stop: Token | None) -> SpacySpan:
    """The speaker phrase: the head's subtree without clauses, quotes or the cue."""
    kept = [head.i]
    cue = -1 if stop is None else stop.i
    # Down from the head, never into a clause or a phrase of time: all below one is left out.
    below = [c for c in head.children if not _when(c)]
    if (
        stop is not None
        and head.head == stop
        and head.dep_ in ("amod", "compound")
        and stop.dep_ != "pobj"  # "a statement from the club read": the club
    ):
        # "an inquest heard", read as one noun: the determiner the parse gave the cue is the head's
        below += [c for c in stop.lefts if c.dep_ == "det"]
    while below:
        token = below.pop()
        if token.dep_ in ("relcl", "acl", "advcl"):
            continue
        i = token.i
        if in_quote[i] < 0 and i != cue:
            kept.append(i)
        below.extend(token.children)
    kept.sort()
    # Keep the contiguous run around the head.
    lo = hi = kept.index(head.i)
    while lo > 0 and kept[lo - 1] == kept[lo] - 1:
        lo -= 1
    while hi + 1 < len(kept) and kept[hi + 1] == kept[hi] + 1:
        hi += 1
    start, end = kept[lo], kept[hi] + 1
    while end - 1 > start and _dangling(doc[end - 1]):
        end -= 1  # "…, says commissioner\n\n" ends at the word
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    # "E-Redes", split at its hyphen and parsed as three subjects: the whole name.
    while start > 1 and _hyphened(doc[start - 2], doc[start - 1]):
        start -= 2
    while end + 1 < len(doc) and _hyphened(doc[end - 1], doc[end]):
        end += 2
    if doc[end - 1].is_title and name_with_its_mark(doc[end - 1]) and end + 1 < len(doc):
        end += 1  # "The consumer group Which? said": the name's own mark
    return SpacySpan(doc, start, end)


def name_with_its_mark(word: Token) -> bool:
    """Whether a word keeps a "?" or "!" written onto it: "Which?", a name, not a question."""
    doc = word.doc
    return not word.whitespace_ and word.i + 1 < len(doc) and doc[word.i + 1].text in ("?", "!")


def _dangling(word: Token) -> bool:
    """Whether a word left at the end of a phrase joins it to nothing: a mark, a space, "of"."""
    return word.is_punct or word.is_space or word.pos_ in _DANGLING


HYPHENS = frozenset(["-", "‐"])


def _hyphened(word: Token, hyphen: Token) -> bool:
    """Whether ``hyphen`` joins ``word`` to the word after it, with no space between."""
    if hyphen.text not in HYPHENS:
        return False
    after = hyphen.nbor() if hyphen.i + 1 < len(hyphen.doc) else None
    return (
        not word.whitespace_
        and not hyphen.whitespace_
        and word.is_alpha
        and after is not None
        and after.is_alpha
    )


def _when(token: Token) -> bool:
    """Whether a word hung on a name is a phrase of time: "this week" in "Trump this week
    said", "on Monday" in "commuters on Monday criticised" (not the "34-year" of "the
    34-year-old mother")."""
    if token.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.ent_type_ in _WHEN_ENTITIES for c in token.children)
    return token.dep_ == "npadvmod" and token.ent_type_ in _WHEN_ENTITIES


# The dependents of an "object" verb that carry what is reported: "called [the plan]
# [a disaster]", "cited [problems in …]", "spoke [about the death of …]".
OBJECT_DEPS = ("dobj", "dative", "oprd", "xcomp", "ccomp", "prep", "attr", "acomp", "pcomp")


# Prepositions of place, time, audience and route set the scene ("spoke at a rally", "wrote
# in 2014", "spoke to the local paper", "wrote from prison", "called into a radio show",
# "voted along party lines"); the others bring in what was said ("spoke about", "called
# for", "warned against").
SETTING_PREPOSITIONS = frozenset(
    [
        *("in", "at", "during", "after", "before", "since", "until", "near", "through"),
        *("within", "to", "from", "into", "along", "across", "via"),
    ]
)


# Verbs that set one thing beside another: "likened the stadium to a spaceship" says both.
_LIKENING = frozenset(["liken", "compare", "equate"])


# Verbs of answering, whose "for" phrase is whom the answer speaks for, not what it says.
_ANSWERING = frozenset(["respond", "reply", "answer"])


def _setting(phrase: Token) -> bool:
    """Whether a prepositional phrase sets the scene: "spoke at a rally", "on Sunday night"."""
    if phrase.dep_ != "prep":
        return False
    if phrase.lower_ == "to" and phrase.head.lemma_.lower() in _LIKENING:
        return False
    if phrase.lower_ == "for" and phrase.head.lemma_.lower() in _ANSWERING:
        return True  # "Responding for the government, the minister said": whom she answers for
    if phrase.lower_ in SETTING_PREPOSITIONS:
        return True
    if phrase.lower_ == "according":
        return True  # "rejected the plan, according to a statement": who tells of it
    if phrase.lower_ in ("with", "by") and _names_the_act(phrase.head):
        return True  # "spoke with the prime minister by phone": with whom and how, not what
    return any(c.dep_ == "pobj" and c.ent_type_ in _WHEN_ENTITIES for c in phrase.children)


def _names_the_act(verb: Token) -> bool:
    """Whether a verb names the act of speaking, no words of its own: "spoke", "talked"."""
    entry = lexicons()[0].get(verb.lemma_.lower())
    return entry is not None and entry.act


def _relative_subject(cue: Token, clause: Token) -> Token | None:
    """The relative pronoun that is the reported clause's subject, standing before a cue that
    qualifies a noun: "which" in "a rise, which the union says is below inflation", "that" in
    "a tool that it says can answer most questions" (which the tagger may read as the "that"
    opening a clause: as a subject it is the relative)."""
    if cue.dep_ != "relcl" or clause.i < cue.i:
        return None
    return next(
        (
            c
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and (c.tag_ in ("WDT", "WP") or c.lower_ == "that")
            and c.i < cue.i
        ),
        None,
    ) or _relative_read_as_the_cues(cue)


def _gerund_subject_read_as_xcomp(clause: Token) -> bool:
    """Whether a cue's xcomp is a gerund opening the reported clause as its subject, the
    clause's verb hung on it: "said making the film had been the hardest job", parsed as
    "said making" with "the film had been …" what the making holds."""
    return (
        clause.dep_ == "xcomp"
        and clause.tag_ == "VBG"
        and clause.i == clause.left_edge.i
        and any(c.dep_ == "ccomp" and c.i > clause.i for c in clause.children)
    )


def _relative_read_as_the_cues(cue: Token) -> Token | None:
    """The relative pronoun the parse made a second subject of a cue qualifying a noun, when
    it is the subject of the clause after the cue: "who" in "a man who they say attacked a
    woman", parsed with "who" and "they" both subjects of "say" and "attacked" its xcomp."""
    if cue.dep_ != "relcl":
        return None
    subjects = [c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 2 or not (
        subjects[0].tag_ in ("WDT", "WP") or subjects[0].lower_ == "that"
    ):
        return None
    return subjects[0]


def _semicolon_between(clause: Token, cue: Token) -> bool:
    """Whether a semicolon ends a clause before the cue: "Ukraine says …; Moscow reports
    downed drones" is two reports, the first none of Moscow's words."""
    doc = cue.doc
    return clause.i < cue.i and any(t.text == ";" for t in doc[clause.right_edge.i + 1 : cue.i])


_ASIDE_WORDS = frozenset(["PRON", "PROPN", "DET", "NOUN", "ADJ"])  # "she", "the mayor", "me"
ASIDE_LENGTH = 4  # words of a speaker between the commas


def _words_around_aside(
    cue: Token, in_quote: list[int], verb: Verb
) -> list[tuple[int, int]] | None:
    """The words on both sides of a cue set between commas, that the parse took for the main
    clause: "She set out, she tells me, to make bowls", "The harbour, Ann Cole told us, is
    silting up". None when the cue is not so set, or either side is a word or two."""
    doc = cue.doc
    if cue.dep_ != "ROOT" or in_quote[cue.i] >= 0:
        return None
    opening = _comma_beside(doc, cue.i, -1)
    closing = _comma_beside(doc, cue.i, 1)
    if opening is None or closing is None or opening == cue.i - 1 or closing + 1 == len(doc):
        return None  # nor a comma closing the text: no words after it
    told = doc[cue.i + 1 : closing]
    if len(told) > 1 or (told and (told[0].pos_ != "PRON" or not verb.addressee)):
        return None  # "attacked the harbour, killing …": an act with its object, no aside
    if doc[closing + 1].tag_ in ("VBG", "VBN"):
        return None  # "…, the firm said, compared with …": the reporter's words go on
    if any(c.i > closing and _report_joined_on(c) for c in cue.rights):
        return None  # "…, the agency said, and added that …": its next report, not its words
    sentence = cue.sent
    end = sentence.end
    while end > closing + 1 and doc[end - 1].is_punct:
        end -= 1
    if opening - sentence.start < 2 or end - closing - 1 < 2:
        return None
    if any(in_quote[i] >= 0 for i in range(sentence.start, sentence.end)):
        return None  # a quote's own cue finds its words
    # "China resisted, but the smog had become so bad, Obama noted, that …": the clause the
    # aside interrupts, not the one before it
    start = max(
        (i + 1 for i in range(sentence.start + 1, opening) if _joins_clauses(doc, i)),
        default=sentence.start,
    )
    return [(start, opening), (closing + 1, end)]


SPEAKER_WORDS = 8  # "as one of the council's lawyers": a speaker between an aside's comma and verb
SETTING_WORDS = 6  # "earlier in the hearing": where and when, between an aside's verb and comma
_SPEAKER_TAGS = frozenset(["PRON", "PROPN", "DET", "NOUN", "ADJ", "NUM", "PART", "CCONJ"])
_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])


def _subject_around_aside(
    cue: Token, in_quote: list[int], verb: Verb
) -> list[tuple[int, int]] | None:
    """A subject, the cue's clause set between commas, then the subject's verb: "The plan,
    the mayor told reporters on Friday, would cost more", "These nurses, Dr Ellis explained
    at the hearing, were underpaid": both sides are what was said, however the parse hung
    them. None when the cue is not so set, or the words before it are a clause of their own
    ("It rained, she said, all week"), which the other rules read."""
    if in_quote[cue.i] >= 0:
        return None
    doc = cue.doc
    sentence = cue.sent
    opening = _speaker_aside_start(cue, sentence)
    if opening is None:
        return None  # most cues have no aside: what follows them is not read
    closing = _setting_end(cue, verb, sentence)
    if closing is None:
        return None
    start = max(
        (i + 1 for i in range(sentence.start + 1, opening) if _joins_clauses(doc, i)),
        default=sentence.start,
    )
    if opening == start or any(t.pos_ in ("VERB", "AUX") for t in doc[start:opening]):
        return None
    # the subject's own verb right after the closing comma, past "normally", "not"
    verb_after = next(
        (t for t in doc[closing + 1 : sentence.end] if t.pos_ not in ("ADV", "PART")), None
    )
    if verb_after is None or verb_after.tag_ not in _FINITE:
        return None
    if any(in_quote[i] >= 0 for i in range(start, verb_after.i + 1)):
        return None  # '"The plan," she said, "would …"': the quote's own cue finds its words
    end = sentence.end
    while end > verb_after.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return [(start, opening), (closing + 1, end)]


def _speaker_aside_start(cue: Token, sentence: SpacySpan) -> int | None:
    """The comma that opens an aside of the cue and its speaker in its ``sentence``: ", the
    mayor said", ", as one of her aides noted"; None unless the cue's subject is among the
    words between."""
    doc = cue.doc
    spoken_by = False
    for i in range(cue.i - 1, max(sentence.start, cue.i - SPEAKER_WORDS - 1) - 1, -1):
        token = doc[i]
        if token.text == ",":
            return i if spoken_by and i < cue.i - 1 else None
        if token.lower_ == "as" and i > sentence.start and doc[i - 1].text == ",":
            continue
        if token.pos_ not in _SPEAKER_TAGS and token.lower_ != "of":
            return None
        spoken_by = spoken_by or (token.dep_ == "nsubj" and token.head == cue)
    return None


def _setting_end(cue: Token, verb: Verb, sentence: SpacySpan) -> int | None:
    """The comma that closes an aside after its cue, in its ``sentence``, and what says
    where or when it was said ("said on Friday,", "explained earlier in the hearing,", "told
    reporters,"); None when the words between are more than that: an object, a clause of
    their own."""
    doc = cue.doc
    i, last = cue.i + 1, cue.i + SETTING_WORDS + 2
    while i < min(sentence.end, last):
        token = doc[i]
        if token.text == ",":
            return i
        relative = _relative_opening(token)
        if relative is not None and relative.head.i > cue.i:
            # "said in a letter that it sent to fans,": which letter, no words of its own
            last += relative.right_edge.i + 1 - i
            i = relative.right_edge.i + 1
            continue
        if not cue.is_ancestor(token) or token.pos_ in ("VERB", "AUX"):
            return None
        told = verb.addressee and token.dep_ in ("dobj", "dative")  # "told reporters,"
        if token.head == cue and token.dep_ in OBJECT_DEPS and token.dep_ != "prep" and not told:
            return None  # "attacked the plan, …": an act with its object
        i += 1
    return None


def _relative_opening(token: Token) -> Token | None:
    """The relative clause on a noun that ``token`` opens: "that it sent to fans"."""
    # Walked up only as far as the nearest one: every word of an aside is asked.
    clause = next((a for a in chain((token,), token.ancestors) if a.dep_ == "relcl"), None)
    if clause is None or clause.left_edge.i != token.i or clause.head.pos_ not in _NOUNS:
        return None
    return clause


def _joins_clauses(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` is ", but", ", and" or a semicolon joining two clauses."""
    token = doc[i]
    return token.text == ";" or (token.pos_ == "CCONJ" and doc[i - 1].text == ",")


def _comma_beside(doc: Doc, at: int, step: int) -> int | None:
    """The comma a few words of a speaker (or "me", "us": the one told) away from ``at``, in
    the direction ``step``, with nothing but such words between."""
    i = at + step
    while 0 <= i < len(doc) and abs(i - at) <= ASIDE_LENGTH:
        if doc[i].text == ",":
            return i
        if doc[i].pos_ not in _ASIDE_WORDS:
            return None
        i += step
    return None


def complement(cue: Token, in_quote: list[int], verb: Verb) -> list[tuple[int, int]]:
    """Token ranges [start, end) of what the cue reports: one, or two around the cue's clause."""
    doc = cue.doc
    subject_and_verb = _subject_around_aside(cue, in_quote, verb)
    if subject_and_verb is not None:
        return trimmed(doc, subject_and_verb, shortest=1)  # "Sales, the firm said, rose …"
    around = _words_around_aside(cue, in_quote, verb)
    if around is not None:
        return trimmed(doc, around)
    clauses = [
        c
        for c in cue.children
        if c.dep_ in COMPLEMENTS
        or (c.dep_ == "xcomp" and cue.lemma_.lower() in XCOMP_CUES and cue.dep_ != "acl")
        # "a man who they say attacked a woman": what the relative did is what is said
        or (c.dep_ == "xcomp" and c.tag_ in _FINITE and _relative_read_as_the_cues(cue))
        or _gerund_subject_read_as_xcomp(c)
    ]
    if not clauses and (head := _head_read_as_words(cue)) is not None:
        return trimmed(doc, [(cue.right_edge.i + 1, head.right_edge.i + 1)])
    if not clauses:
        clauses = _misattached_clauses(cue, verb)
    if verb.act or _next_in_turn(cue):
        # "The crowd cheered, then the president spoke": speaking names no words of its own,
        # and "then" makes what comes before it what happened first, however the parse
        # hung it; only what follows the cue can be its words
        clauses = [c for c in clauses if c.i > cue.i]
    elif not clauses and (heard := _clause_before_a_closing_cue(cue)) is not None:
        return trimmed(doc, [heard])
    if clauses and is_negated(cue) and all(c.i < cue.i for c in clauses):
        return []  # "She voted for Navarro; he would not say": he said nothing of it
    act = _headline_act_before(cue)  # "Fed holds rates steady, signals …": what Fed did
    theirs = others_reports(cue)
    clauses = [
        c
        for c in clauses
        if c != act
        and not _semicolon_between(c, cue)
        and not _relative_read_as_words(c)
        and c.i not in theirs
    ]
    if clauses:
        # What follows the verb is what it reports ("…; the team says she will …"); clauses
        # before it only when nothing follows ("The economy is growing, he said").
        after = [c for c in clauses if c.i > cue.i] or clauses
        end = _past_a_stranded_particle(cue, _elliptic_end(cue, reported_end(cue, after[-1])))
        # "said the results fit, and that there was “no downside”": a second that-clause
        # the parse hung on the cue is said too.
        more = [
            c
            for c in cue.rights
            if c.dep_ == "conj"
            and c.i > after[-1].i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ]
        if more and end == after[-1].right_edge.i + 1:
            end = _before_summary(more[-1])
        if end == after[-1].right_edge.i + 1:
            end = _past_bare_conjuncts(cue, after[-1], end)
        end = min([end] + [n.left_edge.i - 1 for n in theirs.values() if cue.i < n.i < end])
        start = after[0].left_edge.i if verb.reports_object else _subject_start(cue, after[0])
        bidden_one = bidden(cue, after[0])
        if bidden_one is not None:
            start = bidden_one.left_edge.i
        relative = _relative_subject(cue, after[0])
        if relative is not None:
            # "a 4.5% rise, which the union says is below inflation": what the union says is
            # the rise, then what follows its verb; not "which the union says".
            antecedent = cue.head
            return trimmed(doc, [(antecedent.left_edge.i, relative.i), (cue.i + 1, end)])
        going_on = _words_going_on(cue, after[-1]) if after[-1].i < cue.i else None
        if going_on is not None:
            # "Prices rose in May, the agency said on Tuesday, and wages fell": both clauses
            conjunction = going_on.left_edge.i - 1
            return trimmed(doc, [(start, end), (conjunction, going_on.right_edge.i + 1)])
        return trimmed(doc, [(start, end)])
    # "as his adviser pointed out" and "as Varley told reporters" report the clause around
    # it; "as unions reject the pay offer" and "as critics accused ministers of …" have an
    # object of their own, and "as the minister spoke" only says when.
    as_said = (
        cue.dep_ == "advcl"
        and not verb.act
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and (
            not any(c.dep_ == "dobj" and c.lower_ != "it" for c in cue.children)
            or _only_whom_told(cue, verb)
        )
    )
    aside = cue.dep_ in ("parataxis", "appos") or as_said
    if aside and any(c.dep_ == "nsubj" for c in cue.children):
        # "…, as his adviser pointed out, …" reports the clause around it just the same.
        # "The economy, officials said, is growing": the cue's clause interrupts the words;
        # "Business, Marchetti admits, is better" too, though the parse hangs it on "Business".
        head = cue.sent.root if cue.dep_ == "appos" else cue.head
        if _verbless_tail(head, cue):
            # "A gust of 91mph was recorded, the Met Office said, the highest so far": the
            # parse hangs the cue on the phrase after it, but the words are the clause before
            head = head.head
        while head.dep_ == "advcl" and head.i < cue.i and head.head.i != head.i:
            head = head.head  # "Though it went well, he said, the next will not": all of it
        start, end = head.left_edge.i, head.right_edge.i + 1
        lo, hi = cue.left_edge.i, cue.right_edge.i + 1
        going_on = _words_going_on(cue, head)
        if going_on is not None:
            # "Prices rose, officials said, and wages fell", the parse hanging "fell" on "said"
            hi, end = going_on.left_edge.i - 1, max(end, going_on.right_edge.i + 1)
        end = _before_speakers_participle(head, hi, end)
        end = _before_someone_elses(head, hi, end)
        if head.i < lo or head.i >= hi:
            # "Sales, Cole said, are up": one noun before the cue is words all the same.
            parts = trimmed(doc, [(start, lo), (hi, end)], shortest=1)
            return [(a, b) for a, b in parts if b - a > 1 or doc[a].pos_ in _NOUNS]
        return []
    this = next((c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if verb.denies and this is not None and _points_back(this) and not judges(cue):
        return []  # "The minister denied this": what was said before is someone else's
    if (
        this is not None
        and this.lower_ in ("this", "that")
        and this.tag_ != "WDT"
        and this.n_lefts + this.n_rights == 0
    ):
        # "This was revealed by …", "Peskov said this": the sentence before is what was said;
        # not "the story that her father had written", whose "that" is the story.
        sent = cue.sent
        if sent.start > 0 and "\n" not in doc[sent.start - 1].text:
            before = doc[sent.start - 1].sent
            return trimmed(doc, [(before.start, before.end)])
        return []
    # "did not confirm this information" and "did not respond to requests" report no words:
    # the object is what others asked or said; "would not tell police anything" tells no one
    # anything. "did not support X" is a position, and "did not mention the deal" or "does
    # not want a recount" are the speaker's, denied.
    denied = is_negated(cue) and (verb.addressee or cue.lemma_.lower() in _NO_WORDS_WHEN_DENIED)
    if verb.reports_object and _active_finite(cue) and not denied and not _relativised(cue):
        objects = [c for c in cue.rights if c.dep_ in OBJECT_DEPS and not _setting(c)]
        if objects and others_words(objects[0]):
            return []  # "The paper published his claim that …": his words, the noun's cue
        if objects and _object_reported(cue, objects, verb):
            closing = _closing_report(objects[-1])
            last = objects[-1].right_edge.i + 1 if closing is None else closing.left_edge.i - 1
            if closing is None:
                last = _past_bare_conjuncts(cue, objects[-1], last)
            end = _elliptic_end(cue, last)
            # "told Reuters the depot supplied fuel", its clause misread as a second object,
            # "told the jury the car was speeding", and "warned the council about a blocked
            # culvert": the one told is not the words
            deps = [o.dep_ for o in objects[:2]]
            told = verb.addressee and (
                (deps == ["dobj", "dobj"] and objects[0].pos_ in ("PROPN", "PRON"))
                or (
                    deps == ["dobj", "prep"]
                    and objects[1].lower_ in _TOPIC_PREPOSITIONS
                    and _a_hearer(objects[0])
                )
                or (
                    deps == ["dobj", "xcomp"]
                    and _a_hearer(objects[0])
                    and any(t.dep_ in SUBJECTS for t in doc[objects[1].left_edge.i : objects[1].i])
                )  # not "told his advisers to act": an order, whom it was given to with it
            )
            first = objects[1] if told else _topic_of_the_one_told(objects[0], verb)
            return trimmed(doc, [(_reported_start(first), end)])
    if verb.reports_object and _passive_report(cue, verb):
        return trimmed(doc, [_passive_clause(cue)])
    return []


def _topic_of_the_one_told(first: Token, verb: Verb) -> Token:
    """What a cue's first object reports: itself, or, when it is the one told, what the
    parse hung on it as its topic ("told the meeting about the plan" is about the plan)."""
    if verb.addressee and first.dep_ == "dobj" and _a_hearer(first):
        about = [c for c in first.rights if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS]
        if about:
            return about[0]
    return first


def _only_whom_told(cue: Token, verb: Verb) -> bool:
    """Whether a cue's objects only say whom it told ("told reporters on Friday"), not what
    about ("told reporters about the plan", "told the story", "told the meeting about the
    plan", the parse hanging the topic on the one told)."""
    told = [c for c in cue.children if c.dep_ == "dobj"]
    return (
        verb.addressee
        and all(map(_a_hearer, told))
        and not any(
            c.dep_ == "prep"
            and c.lower_ in _TOPIC_PREPOSITIONS
            and not any(o.ent_type_ in _WHEN_ENTITIES for o in c.children)
            for c in (*cue.children, *(t for h in told for t in h.children))
        )
    )


def _past_bare_conjuncts(cue: Token, clause: Token, end: int) -> int:
    """``end``, or past the verbs that carry on a reported infinitive though the parse hung
    them on the cue: "wants to widen the road, build a bridge and cut fares", "promised to
    rest and in some cases drop his senior players". A bare verb is the infinitive's, not
    the cue's ("promised to rest them and dropped Cole": the coach dropped him)."""
    if clause.dep_ != "xcomp" or cue.tag_ in ("VB", "MD"):
        return end
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return end
    # a present-tense form the tagger chose for a bare one cannot agree with a past or
    # third-person cue ("promised to rest and drop")
    bare = ("VB",) if cue.tag_ == "VBP" else ("VB", "VBP")
    last = None
    for conj in cue.rights:
        if conj.dep_ != "conj" or conj.i < clause.i:
            continue
        if conj.tag_ not in bare or any(
            c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in conj.children
        ):
            break
        last = conj
    return end if last is None else max(end, _before_summary(last))


def _words_going_on(cue: Token, words: Token) -> Token | None:
    """The clause after ", and" or ", but" that the parse hung on a cue set between it and
    the ``words`` it reports: "fell" of "Prices rose in May, the agency said on Tuesday, and
    wages fell", which goes on with the agency's words. Only a clause about things in the
    words' tense: one whose subject is someone tells what they did ("…, the minister said,
    and she left the stage"), as does one in another tense ("The plan is late, the minister
    told reporters, and the crowd booed"), and one in which someone reports is theirs."""
    from newslens.analysis.speakers import could_speak  # speakers reads this module

    for clause in cue.rights:
        if clause.dep_ != "conj" or clause.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
        if (
            subjects
            and not any(map(could_speak, subjects))
            and _tense(clause) == _tense(words)
            and _after_comma_and(clause)
            and not _someone_elses(clause)
        ):
            return clause
    return None


def _before_someone_elses(head: Token, after_cue: int, end: int) -> int:
    """``end``, or the comma before a clause joined on after the cue's aside that is
    someone else's: "Food bills rose, the agency said, but Avery said the rise would
    fade" reports the agency's words up to "but"."""
    for conj in head.rights:
        if (
            conj.dep_ == "conj"
            and conj.i >= after_cue
            and _after_comma_and(conj)
            and (_someone_elses(conj) or _aside_cue_between(conj) is not None)
        ):
            return min(end, conj.left_edge.i - 2)
    return end


# Conjunctions that set a clause against the one before: "…, but critics disagreed".
_SETTING_AGAINST = frozenset(["but", "yet"])


def _someone_elses(clause: Token) -> bool:
    """Whether a clause joined on after a cue's aside is no part of its words, but someone
    else's: one in which someone reports ("but Avery said the rise would fade", "and the
    union called it a cut"), or one set against the words whose subject is someone with a
    view of their own ("but critics disagreed"; not "but wages fell", which goes on with
    them)."""
    from newslens.analysis.speakers import could_speak  # speakers reads this module

    if clause.doc[clause.left_edge.i - 1].lower_ in _SETTING_AGAINST and any(
        c.dep_ in SUBJECTS and could_speak(c) for c in clause.children
    ):
        return True
    return any(_reports_of_its_own(t) for t in clause.subtree)


def _reports_of_its_own(verb: Token) -> bool:
    """Whether a verb reports words with a subject of its own: "Avery said", "the union
    called it a cut"; not one of mind ("and its figures show wages fell", "and drivers should
    expect delays" go on with the words)."""
    reporting = lexicons()[0].get(verb.lemma_.lower())
    return (
        reporting is not None
        and not reporting.mind
        and verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ in SUBJECTS for c in verb.children)
    )


def _verbless_tail(head: Token, cue: Token) -> bool:
    """Whether an aside's head is a phrase without a verb after the cue, hung on a clause
    before it: "the highest so far" after "…, the Met Office said,"; not a conjunct that
    goes on with the words ("was safe, and, he said, "mad that …"")."""
    return (
        head.i > cue.i
        and head.dep_ != "conj"
        and head.pos_ not in ("VERB", "AUX")
        and head.head.i < cue.i
        and head.head.pos_ in ("VERB", "AUX")
    )


def _relativised(cue: Token) -> bool:
    """Whether the cue's object is the noun its clause hangs on, with no relative word: in
    "below the 2.4 million [that] traders had expected on average", what was expected is
    the figure, and the phrase after the verb only says how."""
    if cue.dep_ != "relcl" or any(
        c.dep_ in ("dobj", "dative", "attr", "oprd") for c in cue.children
    ):
        return False
    return not any(t.tag_ in ("WDT", "WP", "WP$") for t in cue.subtree)


# Prepositions that only lead in to what was said: "called for [a ban]", "warned about [the
# risks]", "argued against [the plan]", "spoke of [a new era]", "warns on [inflation]".
_LEAD_IN_PREPOSITIONS = frozenset(["for", "about", "against", "of", "on"])
# Prepositions of what someone was told about: "warned the council about …", "of …".
_TOPIC_PREPOSITIONS = frozenset(["about", "of", "on", "over"])


def _reported_start(first: Token) -> int:
    """Where the words an object verb reports begin: after a lead-in preposition."""
    if first.dep_ == "prep" and first.lower_ in _LEAD_IN_PREPOSITIONS and first.n_rights:
        return first.i + 1
    return first.left_edge.i


# Verbs of a reply to someone else's words: denied, they give no words of their own.
_NO_WORDS_WHEN_DENIED = frozenset(["confirm", "respond", "answer", "reply", "comment"])


# Verbs whose passive subject is the one spoken to, let in or given something, or what was
# answered, not what is said: "he was asked", "was admitted to hospital", "were offered jobs".
_PASSIVE_NOT_SAID = frozenset(["ask", "thank", "welcome", "offer", "admit", "answer"])


def _passive_report(cue: Token, verb: Verb) -> bool:
    """Whether a passive reporting verb reports its own clause: "the plan was called a
    waste", "he was accused of lying", "a curfew was announced" (not "he was asked", nor "is
    expected to testify", a plan)."""
    deps = [c.dep_ for c in cue.children]
    if "nsubjpass" not in deps or "auxpass" not in deps or "ccomp" in deps or "xcomp" in deps:
        return False
    if verb.addressee or verb.mind or verb.denies or verb.object_must:
        return False  # "was told", "is expected to …", "the proposal was rejected", "was attacked"
    if cue.lemma_.lower() in _PASSIVE_NOT_SAID:
        return False
    if cue.dep_ in ("relcl", "acl") or any(c.tag_ == "TO" for c in cue.lefts):
        return False  # "the rules, which were announced …", "a question to be answered"
    done_to = next(c for c in cue.children if c.dep_ == "nsubjpass")
    return not is_negated(cue) and not _points_back(done_to) and not _put_at_a_figure(cue)


def _put_at_a_figure(cue: Token) -> bool:
    """Whether a passive verb sets its subject at a figure: "yields were forecast at 37
    bushels an acre" gives a number, not anyone's words."""
    at = next((c for c in cue.rights if c.dep_ == "prep"), None)
    if at is None or at.lower_ != "at":
        return False
    return any(t.like_num or t.ent_type_ in ("MONEY", "QUANTITY", "PERCENT") for t in at.subtree)


# Tags of a word opening the reporter's aside after a comma: "with", "killing", "which".
_ASIDE_TAGS = frozenset(["IN", "VBG", "WDT", "WP", "WRB"])


def _passive_clause(cue: Token) -> tuple[int, int]:
    """The clause of a passive report, from its subject up to the one who said it or a
    comma: "[the plan was called a waste] by engineers", "[they were blamed for it], with
    …"; only what follows "accused of" and the like: "he was accused of [lying]"."""
    doc = cue.doc
    done_to = next(c for c in cue.children if c.dep_ == "nsubjpass")
    end = cue.i + 1
    for child in cue.rights:
        if child.dep_ in ("agent", "conj", "cc", "punct") or doc[child.left_edge.i - 1].text == ",":
            break
        end = child.right_edge.i + 1
    # However deep the parse hung it, such an aside is no part of the report: "…, killing 40".
    aside = next(
        (
            t.i
            for t in doc[cue.i + 1 : end - 1]
            if t.text == "," and doc[t.i + 1].tag_ in _ASIDE_TAGS
        ),
        end,
    )
    of = doc[cue.i + 1] if cue.i + 1 < end else None
    if of is not None and of.lower_ == "of" and of.head.i == cue.i and of.n_rights:
        # "[she] has been accused of [breaking a promise]": what she is said to have done
        # is the words, not she nor the accusing
        return of.i + 1, aside
    return done_to.left_edge.i, aside


def _before_speakers_participle(head: Token, after_cue: int, end: int) -> int:
    """Where the words around an aside cue end: before a participle opening right after it.

    "A deal is near, two of the people said, asking not to be named because …": the parse
    hangs "asking …" on the reported verb, but it tells what the speakers did.
    """
    for clause in head.rights:
        if (
            clause.dep_ == "advcl"
            and clause.tag_ in ("VBG", "VBN")
            and clause.left_edge.i == after_cue
            and not any(c.dep_ in (*SUBJECTS, "mark") for c in clause.children)
        ):
            return min(end, clause.left_edge.i)
    return end


def judges(cue: Token) -> bool:
    """Whether the cue says what its object is: "attacked their position as untenable",
    "dismissed the reports as lies" judge it in the speaker's words."""
    return any(c.dep_ in ("oprd", "ccomp") or c.lower_ == "as" for c in cue.children)


def _points_back(thing: Token) -> bool:
    """Whether an object only points to words said before: "this", "it", "the claim",
    "these allegations against him" (not "the claim that …", which holds them, "the claims
    as lies", which says what they are, nor "the plan", which is a thing of its own)."""
    if thing.lower_ in ("this", "that", "it"):
        return thing.n_lefts + thing.n_rights == 0
    return thing.lemma_.lower() in _words_nouns() and not any(
        t.pos_ in ("VERB", "AUX") or t.lower_ == "as" for t in thing.subtree
    )


def others_words(thing: Token) -> bool:
    """Whether an object is words with their own speaker: "his claim that …", "Smith's
    warning that …" (the possessor says them, whoever publishes or repeats them; one who
    denies them says the contrary, which is reported as the denial's words)."""
    verb = lexicons()[0].get(thing.head.lemma_.lower())
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    if owner is None or (verb is not None and verb.denies):
        return False
    doer = next((c for c in thing.head.children if c.dep_ == "nsubj"), None)
    if (
        owner.pos_ == "PRON"
        and doer is not None
        and (doer.ent_type_ == "PERSON" or doer.pos_ == "PRON")
    ):
        return False  # "Trump highlighted his message that …": his own, told by him
    return (
        thing.dep_ == "dobj"
        and thing.lemma_.lower() in _words_nouns()
        and any(c.dep_ in ("ccomp", "acl") for c in thing.children)
    )


@lru_cache(maxsize=1)
def _words_nouns() -> frozenset[str]:
    """Nouns for words said, not thought or intended: "the claim", "the allegations"."""
    return (frozenset(lexicons()[1]) - mind_nouns()) | word_nouns()[0]


def _subject_start(cue: Token, clause: Token) -> int:
    """Where the reported clause starts, with a subject the parse made the cue's object.

    "She said the alternative, patching the road, would cost as much": a clause with no
    subject of its own after the object of a verb that reports no object ("say", not
    "tell") has that object for its subject.
    """
    start = clause.left_edge.i
    that = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is not None and cue.i < start < that.i and cue.doc[that.i - 1].text == ",":
        # "said, speaking on condition of anonymity, that …": the aside before "that" is
        # the reporter's, however the parse hung it
        return that.i
    if (
        clause.dep_ != "ccomp"
        or clause.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in (*SUBJECTS, "csubj", "csubjpass", "expl", "mark") for c in clause.children)
    ):
        return start  # a clause of its own: "told Ruiz on Friday that …", "told them that …"
    taken = next(
        (c for c in cue.rights if (c.dep_ == "dobj" or _counted(c)) and cue.i < c.i < clause.i),
        None,
    )
    if taken is None or any(t.text in (":", ";") for t in cue.doc[taken.i : start]):
        return start  # "described a way to pay: Draw on …" gives an order, not a subject
    return min(start, taken.left_edge.i)


def bidden(cue: Token, clause: Token) -> Token | None:
    """Whom a cue bids do what its infinitive says, as an order keeps whom it was given to:
    "the administration" of "urged the administration to take a harder line", "Trump" of
    "called on Trump to stop", "the crowd" of "asked the crowd to welcome him"."""
    if clause.dep_ != "xcomp" or clause.i < cue.i:
        return None
    for child in cue.children:
        if not cue.i < child.i < clause.i:
            continue
        if child.dep_ == "dobj":
            return child
        if child.dep_ in ("prep", "prt") and child.lower_ == "on" and cue.lemma_.lower() == "call":
            return object_of(child)
    return None


def _counted(phrase: Token) -> bool:
    """Whether a phrase the parse hung on the cue is a count of people or things: "between
    200 and 300 people", "up to 40 homes" (the subject of the clause after it)."""
    return phrase.dep_ == "prep" and any(
        g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children) for g in phrase.children
    )


# Nouns whose that-clause is their own content: "the idea that …", "no proof that …".
_CONTENT_NOUNS = frozenset(["idea", "fact", "notion", "possibility", "proof", "evidence", "view"])


def _relative_read_as_words(clause: Token) -> bool:
    """Whether a clause the parse hung on the cue is a relative clause of a noun before it,
    its subject holding the relative word: "called for help for mortgage holders, around 1.2
    million of whom will …", "most of which"."""
    return any(
        w.tag_ in ("WDT", "WP")
        for c in clause.children
        if c.dep_ in SUBJECTS
        for of in c.children
        if of.dep_ == "prep"
        for w in of.children
        if w.dep_ == "pobj"
    )


def others_reports(cue: Token) -> dict[int, Token]:
    """The reporting verbs after ``cue`` in its sentence that are another's report, which the
    parse hung on the cue or in its words, each with its subject: "said the inquiry was
    mishandled and Democrats accused …". The cue's words end at the "and" before it."""
    verbs = lexicons()[0]
    return {
        v.i: n
        for v in cue.doc[cue.i + 1 : cue.sent.end]
        if v.lemma_.lower() in verbs and (n := _subject_after_conjunction(v)) is not None
    }


def _misattached_clauses(cue: Token, verb: Verb) -> list[Token]:
    """A reported clause the parse took for something else after a phrase of time or place.

    "Trump said after the convention he would not accept …" (parsed as an adverbial
    clause) and "The Times reported at the time that the editor had …" (a relative
    clause of "time"; "told analysts on a call that demand had …", of "call"): a clause
    with a subject of its own, opened by nothing or by "that", right after the cue and its
    phrase, is what the cue reports. So is one the parse made relative to the one told
    ("told a tribunal that cracks appeared", "told the meeting he would resign").
    """
    doc = cue.doc
    for child in cue.rights:
        clause = None
        if _reduced_clause(child, verb):
            return [child]
        if child.dep_ == "advcl":
            clause = _past_a_reason_for_anonymity(child) or child
        elif child.dep_ in ("prep", "dative", "dobj"):
            # "told detectives that Keel had …", "wrote in a note to clients that …": the
            # that-clause hung on the one told or on the note.
            objects = (
                [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"]
            )
            told = verb.addressee and child.dep_ == "dobj" and _one_object(cue)
            # Not "dismissed the idea that …" nor "amid concerns that …": the noun's own
            # clause; but the one told has none ("told the inquest that the road was icy").
            hearer = told and _a_hearer(child)
            # "put it to him that …": the clause parsed as the "it"'s
            put = child.lower_ == "it" and put_to(cue)
            hung = child.lower_ in ("in", "to") or hearer or put
            kinds = ("relcl", "acl") if hung else ("relcl",)
            objects = [o for o in objects if o.lemma_.lower() not in _CONTENT_NOUNS]
            clause = next((r for o in objects for r in o.rights if r.dep_ in kinds), None)
            written = (
                child.lower_ in THROUGH_A_MEDIUM and clause is not None and _on_a_writing(clause)
            )
            if clause is not None and not _opens_words(clause, told, written):
                # a true relative clause ("at the meeting that ended late"), or one saying
                # which writing the words were in: "in a letter that it sent to fans that …"
                clause = _that_clause(clause) if written else None
        if clause is None or clause.pos_ not in ("VERB", "AUX"):
            continue
        # "there" too: "put it to him that there had been no label"
        subjects = (*SUBJECTS, "expl")
        if not any(c.dep_ in subjects and c.lower_ != "that" for c in clause.children):
            continue
        if any((c.dep_ == "mark" and c.lower_ != "that") or c.tag_ == "WRB" for c in clause.lefts):
            continue  # "if", "when", "because": a condition, a time or a reason, not words
        if any(t.text in (",", ";", ":", "—", "–") for t in doc[cue.i + 1 : clause.left_edge.i]):
            continue
        return [clause]
    return []


# Verbs that give leave to speak: "not authorised to discuss the talks" is no speech.
LEAVE_TO_SPEAK = frozenset(["authorise", "authorize", "allow", "permit", "empower"])


def _past_a_reason_for_anonymity(reason: Token) -> Token | None:
    """The that-clause ending a reason the cue gives for anonymity, which the parse hung on
    a word of the reason: "said on condition of anonymity because he was not authorised to
    speak to the press that the sides remained divided" reports what the sides did, not
    what he may speak of."""
    cue = reason.head
    if not any(
        m.dep_ == "mark" and m.lower_ in ("because", "as", "since") for m in reason.children
    ):
        return None
    if not any(t.lower_ == "anonymity" for t in cue.doc[cue.i : reason.i]):
        return None
    return next(
        (
            t
            for t in reason.subtree
            if t.right_edge == reason.right_edge
            and t.pos_ in ("VERB", "AUX")
            # its "that" read as a mark or as the object of a relative clause
            and t.left_edge.lower_ == "that"
            and any(c.dep_ in SUBJECTS and c.lower_ != "that" for c in t.children)
        ),
        None,
    )


# What a cue may carry besides its words when the parse hangs it on the clause it reports.
_CUE_ALONE = frozenset(["nsubj", "aux", "neg", "mark", "advmod", "npadvmod", "prep"])


def _next_in_turn(cue: Token) -> bool:
    """Whether "then" opens the cue's clause, before its subject: "…, then the president
    replied" tells what happened next; "…, the minister then added" closes her words."""
    who = next((c for c in cue.lefts if c.dep_ in SUBJECTS), None)
    return who is not None and any(
        c.dep_ == "advmod" and c.lower_ == "then" and c.i < who.i for c in cue.lefts
    )


def _head_read_as_words(cue: Token) -> Token | None:
    """The clause the parse hung the cue on, when that clause is the cue's words: "after he
    admitted under questioning he had not read the file" hangs "admitted" on "read", and
    reports "he had not read the file", not "under questioning". Only a clause whose subject
    comes right after the cue and its phrase, with no comma between."""
    head = cue.head
    if cue.dep_ != "advcl" or head.i < cue.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if not all(c.dep_ in _CUE_ALONE for c in cue.children):
        return None
    subject = next((c for c in head.lefts if c.dep_ in SUBJECTS), None)
    if subject is None or subject.left_edge.i != cue.right_edge.i + 1:
        return None
    return head


# Words of the one who closes a sentence with a cue after a comma: "an inquest in Truro",
# "the inquest into his death", "a two-day inquest".
_CLOSING_SPEAKER = frozenset(["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART"])
# What may follow a cue closing its sentence: when, where or how it was said ("on Tuesday",
# "in a statement", "again"), and after the cue, the one who said it ("…, said Experian.").
_CLOSING_CUE_TAIL = frozenset(["prep", "npadvmod", "advmod"])


def _clause_before_a_closing_cue(cue: Token) -> tuple[int, int] | None:
    """The words before a cue that closes the sentence after a comma and the one who said
    or heard them, when the parse did not hang them on the cue as what it reports.

    The main clause the parse hung the cue on (as an adverbial clause or in apposition) or
    read with it as one noun: "The driver lost control, an inquest heard." Not the clause
    of "When he spoke, the audience applauded", which says when. And, the cue being the
    sentence's root, words that read as a clause however the parse hung them: "Most
    borrowers paid on time, Experian said.", its "paid" read as a participle of "borrowers".
    """
    doc = cue.doc
    sent = cue.sent
    root = sent.root
    if root == cue:
        return _words_before_a_closing_root(cue)
    if cue.i + 1 < sent.end and doc[cue.i + 1].text not in (".", "!", "?"):
        return None
    i = _before_closing_speaker(cue, _CLOSING_SPEAKER)
    if doc[i].text != "," or doc[cue.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    if root.i >= i or cue not in root.subtree:
        return None
    if any(c.dep_ == "mark" for c in root.children) or not any(
        c.dep_ in SUBJECTS for c in root.children
    ):
        return None
    return sent.start, i


def _before_closing_speaker(cue: Token, tags: frozenset[str]) -> int:
    """The token before the words of the one who closes the sentence with ``cue``."""
    doc = cue.doc
    i = cue.i - 1
    while i > cue.sent.start and (doc[i].pos_ in tags or doc[i].tag_ in ("HYPH", "PRP$")):
        i -= 1
    return i


def _words_before_a_closing_root(cue: Token) -> tuple[int, int] | None:
    """The words before the comma of a cue that is its sentence's root and closes it, its
    speaker before it or after it, when they read as a clause: "Most borrowers paid on
    time, Experian said on Tuesday.", "…, said Experian."."""
    doc = cue.doc
    inverted = doc[cue.i - 1].text == "," and any(c.dep_ == "nsubj" for c in cue.rights)
    tail = _CLOSING_CUE_TAIL | {"nsubj"} if inverted else _CLOSING_CUE_TAIL
    if any(c.dep_ not in tail for c in cue.rights if not c.is_punct):
        return None
    end = cue.right_edge.i + 1
    if end < cue.sent.end and doc[end].text not in (".", "!", "?"):
        return None
    i = cue.i - 1 if inverted else _before_closing_speaker(cue, _CLOSING_SPEAKER | {"PRON"})
    start = opening(cue)
    if doc[i].text != "," or start >= i or not _reads_as_a_clause(doc[start:i]):
        return None
    return start, i


def _reads_as_a_clause(words: SpacySpan) -> bool:
    """Whether ``words`` hold a subject and then its verb, however the parse hung them:
    "Most borrowers paid on time", not "People like Scott", "The man who fled" nor
    "Asked about the plan"."""
    verb = next((t for t in words if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.tag_ not in _FINITE | {"VBN"}:
        return False
    before = words.doc[words.start : verb.i]
    return any(t.pos_ in _NOUNS or t.pos_ == "NUM" for t in before) and not any(
        t.dep_ == "mark" or t.tag_ in ("WRB", "WDT", "WP") for t in before
    )


def _reduced_clause(thing: Token, verb: Verb) -> bool:
    """Whether the object of a verb that reports no object is the subject of the reported
    clause, whose verb the parse took for a participle after it: "said the building dated
    from the 1820s" (not "said the words spoken", which has nothing after the participle)."""
    if thing.dep_ != "dobj" or verb.reports_object:
        return False
    after = next((r for r in thing.rights if r.dep_ == "acl"), None)
    return (
        after is not None
        and after.tag_ in ("VBD", "VBN")
        and after.left_edge.i == thing.i + 1
        and any(c.dep_ in OBJECT_DEPS for c in after.children)
        and not any(c.dep_ in SUBJECTS for c in after.children)
    )


def _opens_words(clause: Token, told: bool, written: bool) -> bool:
    """Whether a clause the parse made relative opens as reported words: with "that" before
    a subject of its own (the parse may take "that" for the subject, or, after the one
    ``told`` or the writing the words were ``written`` in, for the object), or, after the
    one ``told``, with a pronoun for its subject and no relative word ("told the meeting he
    would resign", not "the meeting which he chaired")."""
    children = list(clause.children)
    if any(c.lower_ == "that" and c.dep_ in ("advmod", "mark", "nsubj") for c in children):
        return True
    first = clause.doc[clause.left_edge.i]
    if first.lower_ == "that" and first.head.i != clause.i:
        return True  # "on a call that he expected volumes to …": "that" hung on a verb below
    if told and first.lower_ == "that" and first.dep_ == "dobj":
        # "told an audience of developers that the company had spent four years …": "that"
        # taken for the object of a verb that has one of its own opens what was told (not
        # "told the story that her father had written")
        return any(c.dep_ == "dobj" and c.i != first.i for c in children)
    if written and first.lower_ == "that" and first.dep_ == "dobj":
        # "said in a letter to parents that Ms Ames had retired": "that" taken for the object
        # of a verb that does nothing to the letter (not "in a letter that the BBC has seen")
        return not _handles_the_writing(clause)
    relative = any(c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in children)
    return told and not relative and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in children)


def _handles_the_writing(clause: Token) -> bool:
    """Whether a relative clause on a writing makes, passes on or comes by it, its "that"
    the verb's object: "that it issued on Monday", "that the BBC has seen"."""
    first = clause.doc[clause.left_edge.i]
    return (
        first.lower_ == "that"
        and first.dep_ == "dobj"
        and first.head.i == clause.i
        and clause.lemma_.lower() in _HANDLING_A_WRITING
    )


def names_the_writing(verb: Token) -> bool:
    """Whether a verb only says which writing a cue's words were said in: "seen" of "said
    in a letter that the BBC has seen that …", whose words are the sayer's, not the BBC's."""
    sayer = said_through(verb.head)
    return (
        verb.dep_ == "relcl"
        and sayer is not None
        and sayer.lemma_.lower() in lexicons()[0]
        and _on_a_writing(verb)
        and _handles_the_writing(verb)
    )


def _that_clause(verb: Token) -> Token | None:
    """The clause opened by "that" that the parse hung on a verb: "the ground would close"
    of "sent to fans that the ground would close"."""
    return next(
        (
            c
            for c in verb.rights
            if c.dep_ == "ccomp"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _on_a_writing(clause: Token) -> bool:
    """Whether the noun a clause was hung on is a writing words are said in: "letter" of
    "said in a letter to parents that …", "statement" of "said in a statement that …"."""
    noun = clause.head.lemma_.lower()
    return noun in WRITTEN_NOUNS or noun in lexicons()[1]


def _one_object(cue: Token) -> bool:
    """Whether the cue has a single object: "told the IRS nothing it knew" has two, and the
    clause is then the second one's."""
    return sum(c.dep_ in ("dobj", "dative") for c in cue.children) == 1


def _tense(verb: Token) -> str | None:
    """Past, present or past perfect, from the verb or the first auxiliary that carries it.

    The past perfect tells a reported clause ("the council had never looked") from the
    reporter's past ("…, and accused it of …").
    """
    for token in [*(c for c in verb.lefts if c.dep_ in ("aux", "auxpass")), verb]:
        if token.tag_ == "VBD":
            return "past perfect" if token.lemma_ == "have" and token.i != verb.i else "past"
        if token.tag_ in ("VBZ", "VBP"):
            return "present"
    return None


def _after_comma_and(conj: Token) -> bool:
    """Whether a conjunct follows a comma and a conjunction: ", but refused …".

    The comma sets it apart from the clause before ("was born in Ohio and was raised
    there" goes on with the same subject).
    """
    i = conj.left_edge.i
    doc = conj.doc
    return i >= 2 and doc[i - 1].dep_ == "cc" and doc[i - 2].text == ","


def _reports_words(conj: Token) -> bool:
    """Whether a conjunct is a reporting verb with words of its own: "acknowledged that …
    had been disrupted but insisted that …" needs no comma to be the speaker's act."""
    return conj.lemma_.lower() in lexicons()[0] and any(c.dep_ == "ccomp" for c in conj.children)


def reported_end(cue: Token, clause: Token) -> int:
    """Where the reported clause ends: before a conjunct that is no part of what was said.

    "Ruiz hinted that the council wants a deal, but did not say when": the parse may
    hang "did not say" on "wants"; its tense is the cue's, not the clause's, and it has
    no subject of its own, so it is Ruiz who did not say. "She said the plan was fair,
    and when pressed, the mayor replied …": a reporting verb with a subject of its own
    starts another attribution.
    """
    doc = cue.doc
    verbs = lexicons()[0]
    for conj in clause.rights:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
            continue
        if _speakers_act(conj, cue) or _another_report(conj, verbs):
            cut = conj.left_edge.i
            while cut > clause.i and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            if cut > clause.i:
                return cut
    contrast = _contrasting_report(clause, verbs)
    if contrast is not None:
        cut = contrast.left_edge.i
        while cut > clause.i and doc[cut - 1].is_punct:
            cut -= 1
        return cut
    closing = _closing_report(clause)
    if closing is not None:
        return closing.left_edge.i - 1  # ", calling it …" reports words of its own
    return _before_summary(clause)


# Conjunctions of a clause set against the one before: "…, while Moscow said …", "…,
# though she noted …".
_CONTRASTING = frozenset(["while", "whereas", "whilst", "though", "although"])


def _contrasting_report(head: Token, verbs: dict[str, Verb]) -> Token | None:
    """A report of someone else's set against the words after ``head``, however deep the
    parse hung it: "Kyiv said its drones struck a depot, while Moscow said it downed 27"."""
    return next(
        (
            t
            for t in head.subtree
            if t.i > head.i
            and t.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in _CONTRASTING for c in t.children)
            and _reports_with_a_subject(t, verbs)
        ),
        None,
    )


def _closing_report(head: Token) -> Token | None:
    """A reporting participle closing the sentence after ``head``, however deep the parse
    hung it: "rejected claims that he had meddled, telling MPs …" tells of its own."""
    verbs = lexicons()[0]
    return next(
        (
            t
            for t in head.subtree
            if t.i > head.i and _closing_participle(t) and t.lemma_.lower() in verbs
        ),
        None,
    )


# Nouns of a reporter's summing-up apposition: "…, the latest sign that demand is slowing".
_SUMMING_UP = frozenset(
    ["sign", "signal", "indication", "example", "step", "move", "blow", "setback", "reversal"]
)


def _before_summary(clause: Token) -> int:
    """The end of a reported clause, before an apposition in which the reporter sums it up.

    "said it would delay the factory in Ohio, the latest sign that …": the sign is the
    reporter's reading, not what the company said.
    """
    doc = clause.doc
    verbs = lexicons()[0]
    end = clause.right_edge.i + 1
    for token in clause.subtree:
        if token.right_edge.i + 1 != end or doc[token.left_edge.i - 1].text != ",":
            continue
        if sums_up(token) or (
            token.dep_ == "appos"
            # "…, a figure the shire described as …": someone else's words on it
            and any(
                t.lemma_.lower() in verbs and any(c.dep_ == "nsubj" for c in t.children)
                for t in token.subtree
            )
        ):
            return token.left_edge.i - 1
    return end


def sums_up(noun: Token) -> bool:
    """Whether a phrase set off by a comma is the reporter summing up the clause before it,
    "…, the latest sign that demand is slowing", however the parse hung it: as an apposition,
    or as a second object ("has no plans to meet him, the clearest sign yet that …")."""
    return (
        noun.lemma_.lower() in _SUMMING_UP
        and noun.dep_ in ("appos", "dobj", "attr", "npadvmod")
        and noun.doc[noun.left_edge.i - 1].text == ","
    )


def _another_report(conj: Token, verbs: dict[str, Verb]) -> bool:
    """Whether a conjunct is someone else reporting words of their own: ", and the
    engineer insisted that …", "and the auditors disputed the figures" (not ", and that …",
    nor a relative ", and who felt …")."""
    if any(c.dep_ == "mark" for c in conj.children):
        return False
    if _reports_with_a_subject(conj, verbs):
        return True
    verb = verbs.get(conj.lemma_.lower())
    children = list(conj.children)
    return (
        verb is not None
        and verb.reports_object
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in children)
        and any(c.dep_ == "dobj" for c in children)
    )


def _reports_with_a_subject(verb: Token, verbs: dict[str, Verb]) -> bool:
    """Whether a verb reports a clause and has a subject of its own ("Moscow said …")."""
    return (
        verb.lemma_.lower() in verbs
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


# Parts of speech of a conjunct that cannot be a verb's: "…, but a “special operation”".
_VERBLESS = frozenset(["NOUN", "PROPN", "ADJ", "NUM", "PRON"])


def _elliptic_end(cue: Token, end: int) -> int:
    """``end``, or past a verbless conjunct right after it that the parse hung on the cue.

    "claims that it is not a war, but a “special operation”": a verb has no noun for a
    conjunct, so "but a special operation" finishes what is claimed ("not X but Y").
    """
    doc = cue.doc
    holders = [cue, cue.head] if cue.dep_ == "xcomp" else [cue]  # "continues to claim"
    for holder in holders:
        for conj in holder.rights:
            if conj.dep_ != "conj" or conj.i < end or conj.pos_ not in _VERBLESS:
                continue
            between = doc[end : conj.left_edge.i]
            if not any(t.dep_ == "cc" for t in between) or not all(
                t.dep_ == "cc" or t.is_punct or t.is_space for t in between
            ):
                continue
            if any(t.pos_ in ("VERB", "AUX") for t in conj.subtree):
                continue
            return conj.right_edge.i + 1
    return end


def _past_a_stranded_particle(cue: Token, end: int) -> int:
    """``end``, or past the noun phrase right after it that the parse hung on the cue when
    the words would end on a particle or a preposition with nothing after it: "vote to
    strike over pay and ticket office closures", not "to strike over"."""
    doc = cue.doc
    last = doc[end - 1]
    if end >= len(doc) or last.dep_ not in ("prt", "prep") or any(last.children):
        return end
    phrase = doc[end]
    while phrase.head.i >= end and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.head.i != cue.i or phrase.pos_ not in _NOUNS or phrase.left_edge.i != end:
        return end
    return phrase.right_edge.i + 1


# Entities that are somewhere, or something built, rather than someone with a view; and
# sums of money, which are claimed, paid or pledged rather than argued with.
PLACE_ENTITIES = frozenset(["GPE", "LOC", "FAC", "PRODUCT"])
TAKEN_ENTITIES = PLACE_ENTITIES | {"MONEY"}


# Prepositions of a body moving against something: "slammed into the coast", "crashed
# against the wall" strike it, whoever or whatever it is.
MOTION_PREPOSITIONS = frozenset(["into", "onto", "against"])


def _object_reported(cue: Token, objects: list[Token], verb: Verb) -> bool:
    """Whether a guarded verb's objects are words or a position rather than a thing or topic."""
    if verb.object_must == "topic":
        # "talked about how the talks failed" reports; "talks about the war" names a topic,
        # but "spoke of her pride" tells what she voiced.
        if objects[0].dep_ == "prep" and objects[0].lower_ == "of":
            return True
        # "expects annual profit of £2.1 billion" forecasts; "had expected the decision" no more
        # than names what was decided
        forecast = verb.mind and any(t.like_num for o in objects for t in o.subtree)
        return forecast or any(_holds_a_clause(o) for o in objects)
    dobj = next((o for o in objects if o.dep_ == "dobj"), None)
    if cue.lemma_.lower() == "welcome" and dobj is not None and _comes_in(dobj):
        return False  # "welcomed the governor", "welcomes applications": no reaction voiced
    if verb.object_must != "target":
        return True
    if judges(cue):
        # a "for" phrase may be a reason ("attacked Smith for …") or a duration ("defended
        # the city for weeks"), so it judges nothing
        return True
    if dobj is None:
        return not any(o.dep_ == "prep" and o.lower_ in MOTION_PREPOSITIONS for o in objects)
    if cue.lemma_.lower() in _BACKING and _people_of_a_kind(dobj):
        return False  # "a charity that supports flood victims" helps them, takes no side
    targets = physical_targets()
    for noun in [dobj, *dobj.conjuncts]:
        if noun.ent_type_ in TAKEN_ENTITIES or noun.lemma_.lower() in targets:
            return False  # "attacked civilian buildings", "defended Kharkiv", "claimed £2m"
    return True


# What is welcomed as it comes in, not as a reaction to news: a welcome greets or invites it.
_SENT_IN = frozenset(
    ["guest", "visitor", "application", "entry", "submission", "donation", "booking", "view"]
)


def _comes_in(noun: Token) -> bool:
    """Whether a welcomed noun is someone, or what people send in: "the governor", "several
    hundred guests", "applications"; not "the decision", "the report"."""
    return (
        _a_hearer(noun)
        or noun.ent_type_ == "PERSON"
        or noun.lemma_.lower() in _SENT_IN
        or _people_of_a_kind(noun)
    )


# Verbs of taking a side, which said of people of a kind mean helping them instead.
_BACKING = frozenset(["support", "back"])
_PEOPLE = _SPEAKER_WORDS["person_nouns"] | {"people"}
# Nouns of those who may be told something: "warned the council", "told ministers".
_HEARERS = (
    _SPEAKER_WORDS["person_nouns"]
    | _SPEAKER_WORDS["role_nouns"]
    | _SPEAKER_WORDS["organisation_nouns"]
    | _SPEAKER_WORDS["collective_nouns"]
    | _SPEAKER_WORDS["gatherings"]
)


def _a_hearer(noun: Token) -> bool:
    """Whether a verb's object may be the one told: "the council", "ministers", "Reuters",
    "them"; not "the truth" of "tell the truth about things"."""
    return noun.pos_ in ("PROPN", "PRON") or noun.lemma_.lower() in _HEARERS


def _people_of_a_kind(noun: Token) -> bool:
    """Whether a noun names people of a kind, not anyone by name: "flood victims", "people
    with dementia", "local residents"; not "Trump", "the union"."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in _PEOPLE


def _holds_a_clause(obj: Token) -> bool:
    """Whether an object holds a clause: "about how the talks failed", "about the things she
    had come to believe"; not a list of topics that only ends in one ("about housing, her
    critics and what comes next"), which names topics still."""
    return any(t.pos_ in ("VERB", "AUX") and not _listed_after_a_topic(t, obj) for t in obj.subtree)


def _listed_after_a_topic(word: Token, obj: Token) -> bool:
    """Whether ``word`` hangs, under ``obj``, on a list that opens with a noun: "housing, her
    critics and what comes next"."""
    while word != obj:
        if word.dep_ == "conj" and word.head.pos_ in ("NOUN", "PROPN"):
            return True
        word = word.head
    return False


def undone_by(verb: Token) -> Token | None:
    """The word before ``verb`` that says it was not done: "declined [to say]", "had stopped
    [asking]", "his refusal [to use]"; None when there is none."""
    head = verb.head
    if verb.dep_ in ("xcomp", "acl") and head.i < verb.i and head.lemma_.lower() in _UNDOING:
        return head
    return None


def is_negated(cue: Token) -> bool:
    """Whether the cue is denied: "did not confirm", "would never tell", "nobody has said",
    "neither side has said"."""
    for child in cue.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.lower_ in _NO_ONE
            or any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in child.children)
        ):
            return True
    return False


_NO_ONE = frozenset(["nobody", "none", "neither", "noone"])


def _active_finite(cue: Token) -> bool:
    """A verb in a clause of its own or a gerund ("stopped short of calling it a crime"),
    not a passive or a participle modifying a noun."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return False
    return cue.dep_ not in ("acl", "amod", "prep", "npadvmod")


_NOUNS = frozenset(["NOUN", "PROPN", "PRON"])


def trimmed(doc: Doc, ranges: list[tuple[int, int]], shortest: int = 2) -> list[tuple[int, int]]:
    return [r for r in (trim(doc, a, b, shortest) for a, b in ranges if b > a) if r is not None]


def trim(doc: Doc, start: int, end: int, shortest: int = 2) -> tuple[int, int] | None:
    after = dateline(doc, start)
    if after is not None:
        start = after  # the place and date the words were sent from are nobody's words
    while (start < end and (doc[start].is_punct and doc[start].text not in '“"«„')) or (
        start < end and doc[start].is_space
    ):
        start += 1
    # A closing quotation mark and a percent sign ("near 3%") end the words, not follow them;
    # a conjunction ending them joins what the parse left out ("plans to open 150 shops and
    # will raise its dividend").
    while end > start and (
        doc[end - 1].is_space
        or (doc[end - 1].is_punct and doc[end - 1].text not in '”"»%')
        or doc[end - 1].pos_ == "CCONJ"
    ):
        end -= 1
    if end < len(doc) and doc[end].text == ")" and _opens_a_bracket(doc[start:end]):
        end += 1  # "shortly after 2am (0000 GMT)": a bracket opened in the words closes in them
    end = _whole_word_end(doc, end)
    return (start, end) if end - start >= shortest else None


def _opens_a_bracket(words: SpacySpan) -> bool:
    """Whether ``words`` leave a round bracket open."""
    return sum(1 if t.text == "(" else -1 if t.text == ")" else 0 for t in words) > 0


def _whole_word_end(doc: Doc, end: int) -> int:
    """``end`` moved past the rest of a word the parse split and hung elsewhere: the "m" of
    "3.8m", the "-25" of "2024-25". Words end at a space or a sentence's punctuation."""
    while 0 < end < len(doc) and not doc[end - 1].whitespace_:
        if _wordlike(doc[end]):
            end += 1
        elif (
            doc[end].text in _JOINERS
            and not doc[end].whitespace_
            and end + 1 < len(doc)
            and _wordlike(doc[end + 1])
        ):
            end += 2
        else:
            break
    return end


def _wordlike(token: Token) -> bool:
    return token.is_alpha or token.like_num


_JOINERS = frozenset("-–/")


# A full stop and a footnote's superscript number that the tokenizer kept on the word before
# ("2024.¹"): the sentence's ending, not its words.
_FOOTNOTED_STOP = re.compile(r"(?<=\w)[.!?][⁰¹²³⁴⁵⁶⁷⁸⁹]+\Z")


# A sum's unit that the tokenizer kept with the full stop after it, as it would an
# abbreviation's ("would cost £15m."): at the end of a sentence, the stop is the sentence's.
_SUM_UNIT_AND_STOP = re.compile(r"(?:\d[\d.,]*)?(?:m|bn|k)\.")


def chars(doc: Doc, start: int, end: int) -> Span:
    last = doc[end - 1]
    stop = _FOOTNOTED_STOP.search(last.text)
    if stop is not None:
        return doc[start].idx, last.idx + stop.start()
    stop_kept = 1 if _sum_ending_a_sentence(last) else 0
    return doc[start].idx, last.idx + len(last.text) - stop_kept


def _sum_ending_a_sentence(word: Token) -> bool:
    """Whether a word is a sum's unit with the full stop that ends its sentence: "£15m."."""
    doc = word.doc
    return (
        _SUM_UNIT_AND_STOP.fullmatch(word.text) is not None
        and (word.text[0].isdigit() or (word.i > 0 and doc[word.i - 1].like_num))
        and all(t.is_space for t in doc[word.i + 1 : word.sent.end])
    )
