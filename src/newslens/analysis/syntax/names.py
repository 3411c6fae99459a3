"""Where a speaker's name is, whatever the tagger made of it, and the phrase that names a speaker.

A surname read as an adverb ("Kiely said"), a name read as a word before its cue ('"…," Pryce
laughs'), a person's name the recogniser missed, a name after a hyphenated role ("said
co-author Dr Ben Hale"), a name split at its hyphen ("E-Redes") or with its own mark
("Which?"); and the speaker phrase round a head (:func:`phrase`).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newslens.analysis.syntax.hyphens import glued_hyphen
from newslens.analysis.syntax.words import _NOT_WHO, _WHEN_ENTITIES, SUBJECTS
from newslens.given_names import GIVEN_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Token


def _name_read_as_a_word(token: Token, verb: Token) -> bool:
    """Whether a capitalised word before a cue is its speaker, a name the tagger took for an
    adjective or a noun: "Pryce" of '"…," Pryce laughs', parsed as the subject or, with
    "laughs" read as a plural noun, as a word qualifying it. Qualifying, only mid-sentence:
    an opening word is capitalised whatever it is ("Nervous laughs.")."""
    if not token.is_title or token.head != verb:
        return False
    return token.dep_ == "nsubj" or (token.dep_ in ("compound", "amod") and not token.is_sent_start)


def persons_name(name: Token) -> bool:
    """Whether a word ends a person's name: one the recogniser took for a person, or a surname
    it left untagged after a given name ("ahead of the Conservative Martin Cole")."""
    return name.ent_type_ == "PERSON" or (not name.ent_type_ and after_a_given_name(name))


def after_a_given_name(word: Token) -> bool:
    """Whether a proper noun is written after a given name: "Okafor" of "Dr Amara Okafor"."""
    given = word.doc[word.i - 1] if word.i > 0 else None
    return word.pos_ == "PROPN" and given is not None and given.lower_ in GIVEN_NAMES


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


def _name_closing_opener(verb: Token) -> Token | None:
    """The speaker the parse ran into an opening phrase written without its comma: "In a
    meeting with the board of the Daily Ledger Ann Cole said …", parsed with "Ann Cole" the
    last words of the phrase and "said" with no subject. A finite verb has a subject, and a
    name right before it, ending a phrase that opens the sentence, is it."""
    doc = verb.doc
    if verb.i < 3 or verb.tag_ not in ("VBD", "VBZ") or verb.dep_ != "ROOT":
        return None
    if any(c.dep_ in (*SUBJECTS, "expl") for c in verb.children):
        return None
    name = doc[verb.i - 1]
    if name.dep_ != "pobj" or name.pos_ != "PROPN" or name.ent_type_ in _NOT_WHO:
        return None
    opener = next((c for c in verb.lefts if c.dep_ == "prep"), None)
    if opener is None or opener.left_edge.i != verb.sent.start or name.right_edge.i != name.i:
        return None
    return name if opener.is_ancestor(name) else None


_DANGLING = ("ADP", "DET", "CCONJ", "SCONJ", "PART")
# Adverbs that single out a speaker and are no part of them: "even the mayor", "only Ruiz".
_FOCUSING = frozenset(["even", "only", "just", "also", "now"])
# Focusing words that begin firms' and campaigns' names too: "Just Eat", "Just Stop Oil".
_NAME_OPENERS = frozenset(["just"])


def phrase(doc: Doc, head: Token, in_quote: list[int], stop: Token | None) -> SpacySpan:
    """The speaker phrase: the head's subtree without clauses, quotes or the cue."""
    kept = [head.i]
    cue = -1 if stop is None else stop.i
    # Down from the head, never into a clause or a phrase of time: all below one is left out.
    below = [c for c in head.children if not _when(c)]
    if stop is not None and _name_closing_opener(stop) == head:
        # "the board of the Daily Ledger Ann Cole said": the name, not what the phrase ran on
        below = [c for c in below if c.dep_ == "compound" and c.lower_ in GIVEN_NAMES]
    if stop is not None and object_read_before(head, stop):
        # "the $20 million experts say": "the $20 million" is the phrase before
        below = [c for c in below if c.dep_ == "compound"]
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
        if token.dep_ in ("relcl", "acl", "advcl") or _opening_conjunction(token):
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
    while end - 1 > start and (_dangling(doc[end - 1]) or _symbols(doc[end - 1])):
        end -= 1  # "…, says commissioner\n\n" ends at the word
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space or _symbols(doc[start])):
        start += 1  # "🎉🎉 Café owners said": an emoji is no part of a name, though tagged one
    while start < end - 1 and _focusing(doc[start]):
        start += 1  # "Even the mayor says": the mayor says it
    # "E-Redes", split at its hyphen and parsed as three subjects: the whole name.
    while start > 1 and _joins_two_words(doc[start - 1]):
        start -= 2
    while end + 1 < len(doc) and _joins_two_words(doc[end]):
        end += 2
    if doc[end - 1].is_title and name_with_its_mark(doc[end - 1]) and end + 1 < len(doc):
        end += 1  # "The consumer group Which? said": the name's own mark
    return SpacySpan(doc, start, end)


def _opening_conjunction(word: Token) -> bool:
    """Whether a word is a conjunction opening the sentence, which the parse may hang on a
    subject read as the sentence's root: "But" of "But the owners I spoke to said"."""
    return word.dep_ == "cc" and word.i == word.sent.start


def _focusing(word: Token) -> bool:
    """Whether a word before a speaker only singles them out ("Even the mayor says"), and is
    not the first word of their name: "said Just Eat", "Just Eat said" (a firm's name)."""
    if word.pos_ != "ADV" or word.lower_ not in _FOCUSING:
        return False
    if not word.is_title:
        return True
    before = word.doc[word.i - 1] if word.i > 0 else None
    if before is not None and not (word.is_sent_start or before.is_punct or before.is_space):
        return False  # capitalised within a sentence: a name's
    following = word.nbor() if word.i + 1 < len(word.doc) else None
    return not (
        word.lower_ in _NAME_OPENERS and following is not None and following.ent_type_ == "ORG"
    )


def focusing_word_of_a_name(word: Token) -> bool:
    """Whether a capitalised focusing word is the first word of the name after it, which the
    recogniser may leave out of it: "Just" of "Just Eat said"."""
    return word.pos_ == "ADV" and word.lower_ in _FOCUSING and word.is_title and not _focusing(word)


def object_read_before(noun: Token, verb: Token) -> bool:
    """Whether the parse took the subject of a verb right after it, in a relative clause with
    no "that", for the object of the phrase before: "experts" of "the $20 million experts
    say it costs", hung on "of" with "say" on nothing."""
    return (
        noun.i + 1 == verb.i
        and verb.tag_ in ("VBP", "VBD")
        and verb.dep_ in ("dep", "relcl")
        and noun.dep_ in ("pobj", "dobj", "attr")
        and noun.tag_ in ("NNS", "NNPS", "NNP")
    )


def name_with_its_mark(word: Token) -> bool:
    """Whether a word keeps a "?" or "!" written onto it: "Which?", a name, not a question."""
    doc = word.doc
    return not word.whitespace_ and word.i + 1 < len(doc) and doc[word.i + 1].text in ("?", "!")


def _dangling(word: Token) -> bool:
    """Whether a word left at the end of a phrase joins it to nothing: a mark, a space, "of";
    not the "%" of "Another 20% said", a share's own."""
    return (word.is_punct and word.text != "%") or word.is_space or word.pos_ in _DANGLING


# Symbols, emoji and what joins or styles them (a zero-width joiner, a variation selector).
_SYMBOL_CATEGORIES = frozenset(["So", "Sk", "Sm", "Cf", "Mn"])


def _symbols(word: Token) -> bool:
    """Whether a word is symbols alone, "🎉" or "★", which the tagger may read as a name."""
    return all(unicodedata.category(char) in _SYMBOL_CATEGORIES for char in word.text)


def _joins_two_words(hyphen: Token) -> bool:
    """Whether a hyphen joins two words of letters into one name: "E-Redes", not "COVID-19"."""
    doc = hyphen.doc
    return glued_hyphen(hyphen) and doc[hyphen.i - 1].is_alpha and doc[hyphen.i + 1].is_alpha


def _when(token: Token) -> bool:
    """Whether a word hung on a name is a phrase of time: "this week" in "Trump this week
    said", "on Monday" in "commuters on Monday criticised" (not the "34-year" of "the
    34-year-old mother")."""
    if token.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.ent_type_ in _WHEN_ENTITIES for c in token.children)
    return token.dep_ == "npadvmod" and token.ent_type_ in _WHEN_ENTITIES
