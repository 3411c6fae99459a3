"""Which words are cues, found in the one pass over the tokens (:func:`scan`).

Reporting verbs outside quotes, and the ones the tagger read as nouns ("Quinn jokes.", "…, the
affidavit states."); "according to" and "in the words of X" (:func:`words_of`); asides ("as X
put it"), "put it to" someone and retorts ("hit back"); the quoted span each token is in, and
the other candidates the later steps read: subjects, names, hearers, adjectives of mind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IDX, LOWER, POS
from spacy.symbols import AUX as AUX_POS
from spacy.symbols import NOUN as NOUN_POS
from spacy.symbols import PROPN as PROPN_POS
from spacy.symbols import VERB as VERB_POS
from spacy.tokens import Doc

from newslens.analysis.lexicon import lexicons, mind_adjectives
from newslens.analysis.model import Stance
from newslens.analysis.syntax.closing_cues import _clause_before_a_closing_cue
from newslens.analysis.syntax.names import _name_read_as_a_word, persons_name
from newslens.analysis.syntax.words import (
    _SPEAKER_WORDS,
    SUBJECTS,
    object_of,
    think_of_a_think_tank,
)
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Token


INTERVIEWING = _SPEAKER_WORDS["interview_verbs"]  # "spoke to Jane Doe"


# Verbs of putting a point to someone, who answers it: "When I put this to Trent", "raised it
# with the mayor"; their object is the point ("has not mentioned Okafor since" hears no one).
PUTTING_TO = frozenset(["put", "raise", "mention"])
# Verbs whose object is someone the subject hears out: "spoke to", "interviewed", "asked",
# "the inquiry heard from".
_HEARING = INTERVIEWING | {"ask", "hear"} | PUTTING_TO


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
        elif (
            pos in ("VERB", "AUX")
            and lemma in verbs
            and lemma != "be"
            and not think_of_a_think_tank(token)
        ):
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
            elif (pos == "PROPN" and dep != "compound" and persons_name(token)) or (
                dep == "poss" and _surname_of_someone_named(token, found)
            ):
                found.named.append(token)
    return found


def _surname_of_someone_named(word: Token, found: Scan) -> bool:
    """Whether a possessive is the surname of someone named before, which the recogniser
    did not take for a person's alone: "Dr. Ben Oz … Oz’s show earned him …" (a later "he"
    may be Oz)."""
    text = word.text
    if word.pos_ not in ("NOUN", "PROPN") or not text[:1].isupper() or not text[1:].islower():
        return False
    return any(n.text == text and n.pos_ == "PROPN" for n in (*found.named, *found.subjects))


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
# Findings a figure is given "by": "…, by one estimate" is the estimate's, as a poll's finding is.
_ESTIMATES = frozenset(["estimate", "estimates"])
# Nouns for what someone says or thinks, after the preposition that makes them a source:
# "in the words of X", "in his view", "in the eyes of X", "by her own admission", "by their
# account".
_SOURCE_PHRASES = {
    "in": frozenset(["words", "view", "opinion", "estimation", "assessment", "telling", "eyes"])
    | _FINDING_NOUNS,
    "by": frozenset(["admission", "account", "reckoning"]) | _ESTIMATES,
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
    if lower in _FINDING_NOUNS or lower in _ESTIMATES:
        return words  # "in a poll of voters" is the poll's, not the voters'
    for child in words.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return object_of(child)
    return None


def _misread_verb(name: Token) -> bool:
    """Whether a name opens a sentence whose verb the tagger read as a plural noun it
    modifies: "Marchetti waves at the driver." is Marchetti acting; or whose verb, after an
    aside on the name, the parser hung on it as a participle: "Hughes, who came on at the
    break, levelled with a low shot." is Hughes acting, whom a later "the 34-year-old" is."""
    if name.dep_ == "ROOT" and name.pos_ == "PROPN":
        return any(
            c.dep_ == "acl" and c.pos_ == "VERB" and c.i > name.i and c.nbor(-1).text == ","
            for c in name.rights
        )
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
    '“…,” she laughed', '“…,” laughed Quinn', '“…,” Anna Quinn remembers'; not one opening
    the next paragraph, a beat of the story ("She laughs, then stops.")."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and verb.i - i <= 5 and in_quote[i] < 0:
        token = doc[i]
        if "\n" in token.text:
            return False
        named = token.pos_ in ("PROPN", "PRON", "DET") or _name_read_as_a_word(token, verb)
        if not (token.is_punct or token.is_space or named):
            return False
        i -= 1
    return i >= 0 and in_quote[i] >= 0


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
            or _clause_before_a_closing_cue(word, word.sent) is not None
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
