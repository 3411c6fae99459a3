"""A cue set between commas in the words it reports, and where those words run.

"The plan, the mayor told reporters, would cost more", "Sales, Cole said, are up": the words on
both sides of the aside; what after it goes on with them ("…, the agency said, and wages fell")
and what is someone else's ("…, but Avery said …").
"""

from __future__ import annotations

from itertools import chain
from typing import TYPE_CHECKING

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newslens.analysis.lexicon import Verb
from newslens.analysis.speakers import could_speak
from newslens.analysis.syntax.conjuncts import (
    _after_comma_and,
    _aside_cue_between,
    _report_joined_on,
    _reports_of_its_own,
    _tense,
)
from newslens.analysis.syntax.misread import _speaker_of_as_aside
from newslens.analysis.syntax.words import _FINITE, _NOUNS, OBJECT_DEPS, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token


_ASIDE_WORDS = frozenset(["PRON", "PROPN", "DET", "NOUN", "ADJ"])  # "she", "the mayor", "me"
ASIDE_LENGTH = 4  # words of a speaker between the commas


def _words_around_aside(
    cue: Token, in_quote: list[int], verb: Verb, sentence: SpacySpan
) -> list[tuple[int, int]] | None:
    """The words on both sides of a cue set between commas, that the parse took for the main
    clause: "She set out, she tells me, to make bowls", "The harbour, Ann Cole told us, is
    silting up". None when the cue is not so set, or either side is a word or two.
    ``sentence`` is the cue's."""
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


def _subject_around_aside(
    cue: Token, in_quote: list[int], verb: Verb, sentence: SpacySpan
) -> list[tuple[int, int]] | None:
    """A subject, the cue's clause set between commas, then the subject's verb: "The plan,
    the mayor told reporters on Friday, would cost more", "These nurses, Dr Ellis explained
    at the hearing, were underpaid": both sides are what was said, however the parse hung
    them. None when the cue is not so set, or the words before it are a clause of their own
    ("It rained, she said, all week"), which the other rules read. ``sentence`` is the
    cue's."""
    if in_quote[cue.i] >= 0:
        return None
    doc = cue.doc
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
    between: list[Token] = []  # the words between that may be the speaker of an "as" aside
    for i in range(cue.i - 1, max(sentence.start, cue.i - SPEAKER_WORDS - 1) - 1, -1):
        token = doc[i]
        if token.text == ",":
            if i == cue.i - 1:
                return None
            # "as one of her aides noted", which the parse may read as "as" a preposition:
            # looked for only when no subject of the cue is among the words
            return i if spoken_by or _speaker_of_as_aside(cue) in between else None
        if token.lower_ == "as" and i > sentence.start and doc[i - 1].text == ",":
            continue
        if token.pos_ not in _SPEAKER_TAGS and token.lower_ != "of":
            return None
        if token.tag_ in ("WP", "WDT") and token.head == cue:
            return None  # "One aide, who spoke on condition of anonymity, said": of the aide
        spoken_by = spoken_by or (token.dep_ == "nsubj" and token.head == cue)
        between.append(token)
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


def _words_going_on(cue: Token, words: Token) -> Token | None:
    """The clause after ", and" or ", but" that the parse hung on a cue set between it and
    the ``words`` it reports: "fell" of "Prices rose in May, the agency said on Tuesday, and
    wages fell", which goes on with the agency's words. Only a clause about things in the
    words' tense: one whose subject is someone tells what they did ("…, the minister said,
    and she left the stage"), as does one in another tense ("The plan is late, the minister
    told reporters, and the crowd booed"), and one in which someone reports is theirs."""
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
    if clause.doc[clause.left_edge.i - 1].lower_ in _SETTING_AGAINST and any(
        c.dep_ in SUBJECTS and could_speak(c) for c in clause.children
    ):
        return True
    return any(_reports_of_its_own(t) for t in clause.subtree)


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
