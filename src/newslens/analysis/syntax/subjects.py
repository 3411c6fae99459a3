"""Who speaks: the subject of a cue, however the parse hung it, or the name beside it.

The cue's subject, a passive's agent or a subject inherited from the verb above
(:func:`subject`), past a dateline, an opening phrase, a live blog's time or a headline's
clipped passive; failing that, the name right beside the cue or the source of "according to"
(:func:`speaker_of`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from typing import TYPE_CHECKING

from newslens.analysis.syntax.cues import retort, words_of
from newslens.analysis.syntax.datelines import dateline
from newslens.analysis.syntax.inherited import (
    _done_to,
    _goes_with,
    _headline_act_before,
    _holder_of_gathering,
    _of_the_object,
    _passive_lending,
    _speaker_behind,
    _subject_of_absolute,
)
from newslens.analysis.syntax.misread import (
    _WHEN_PREPOSITIONS,
    _counted_subject,
    _name_after_read_as_modifier,
    _name_read_as_a_when,
    _person_for_who,
    _speaker_of_as_aside,
    _subject_after_conjunction,
    _subject_of_as_clause,
    _subject_past_its_aside,
    _subject_read_as_described,
    _subject_read_as_modifier,
    _subject_read_as_object_before,
    _verb_read_as_a_subject,
    main_verb_read_as_participle,
    one_the_writer_heard,
    subject_past_its_relative,
)
from newslens.analysis.syntax.names import (
    _name_after_hyphenated_role,
    _name_closing_opener,
    _name_read_as_a_word,
    misread_surname,
)
from newslens.analysis.syntax.openings import (
    _after_dateline,
    _object_of_opener,
    _past_entry_time,
    _past_opening_name,
    _subject_in_opener,
    past_opening_setting,
)
from newslens.analysis.syntax.told import (
    _bid_passively,
    _bidden,
    _misread_participle,
    _teller_to,
    _told_passively,
    teller_run_into_the_words,
)
from newslens.analysis.syntax.words import (
    _NOT_WHO,
    _WHEN_ENTITIES,
    SUBJECTS,
    body_before_its_think_tank,
    object_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


# Heads a cue without a subject of its own takes its subject from: "…, saying …".
INHERITS_SUBJECT = ("conj", "advcl", "xcomp", "acl", "pcomp", "ccomp", "prep", "relcl")


ATTRIBUTION_WORDS = 16  # "Flynn, a top Trump surrogate, said": the most words before a cue


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
    return _teller_to(cue, _subject_hung_elsewhere(cue) or _subject_up_the_verbs(cue, in_quote))


def _subject_hung_elsewhere(cue: Token) -> Token | None:
    """A subject the parse hung on another word than the cue or the verbs above it."""
    return (
        _described_subject(cue)
        or _name_before_gerund(cue)
        or _subject_after_conjunction(cue)
        or _headline_subject(cue)
        or _subject_past_its_aside(cue)
        or _subject_read_as_modifier(cue)
        or _name_after_read_as_modifier(cue)
        or _name_read_as_a_when(cue)
        or _subject_read_as_described(cue)
        or _subject_read_as_object_before(cue)
        or _speaker_of_as_aside(cue)
        or one_the_writer_heard(cue)
    )


def _described_subject(cue: Token) -> Token | None:
    """The noun a participle below the cue was read as describing, when the cue has no subject."""
    described = next(
        (noun for c in cue.children if (noun := _misread_participle(c)) is not None), None
    )
    if described is not None and not any(c.dep_ in SUBJECTS for c in cue.children):
        return described  # … and she said
    return None


def _name_before_gerund(cue: Token) -> Token | None:
    """A name the parse left before a gerund cue instead of under it."""
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
    return None


def _headline_subject(cue: Token) -> Token | None:
    """The subject of the headline's act before the cue: "Fed holds …, signals …"."""
    act = _headline_act_before(cue)
    return None if act is None else next(c for c in act.children if c.dep_ == "nsubj")


class _Undecided(Enum):
    """A step's answer when it names no one and leaves the question to the next step."""

    NEXT = auto()


@dataclass(frozen=True)
class _Climb:
    """No speaker at this verb: ask ``to``, the word whose subject it takes."""

    to: Token


def _subject_up_the_verbs(cue: Token, in_quote: list[int]) -> Token | None:
    """The speaker named at the cue's verb or, failing that, at up to three verbs above it."""
    token = cue
    below: Token | None = None  # the verb climbed from
    for _ in range(4):
        found = _subject_at(cue, token, below, in_quote)
        if not isinstance(found, _Climb):
            return found
        below, token = token, found.to
    return None


def _subject_at(
    cue: Token, token: Token, below: Token | None, in_quote: list[int]
) -> Token | _Climb | None:
    """Who speaks as the verb ``token`` names it, no one, or the word to ask next."""
    # "After saying her knee hurt, Lund was taken off by medics": Lund, even when the
    # passive is in quotation marks ("she was “whisked off”").
    lent = _passive_lending(cue, token, below)
    if lent is not None and in_quote[lent.i] < 0:
        return lent
    if in_quote[token.i] >= 0:
        return None
    bidden = _bidden(token, below)
    if bidden is not None:
        return bidden
    own = _own_subject(cue, token, in_quote)
    if own is not _Undecided.NEXT:
        # "Ortiz’s pill campaign drew complaints, saying …": a pill campaign says nothing
        return own if own is None or token.i == cue.i else _speaker_behind(own, cue)
    relative = subject_past_its_relative(token)
    if relative is not None:
        return relative  # "One of the doctors who signed the letter called Lee a quack"
    missed = _subject_the_parse_missed(cue, token, below, in_quote)
    if missed is not _Undecided.NEXT:
        return missed
    return _subject_taken_from_above(token, below, in_quote)


def _own_subject(cue: Token, token: Token, in_quote: list[int]) -> Token | _Undecided | None:
    """The verb's own subject or agent outside quotation marks, nearest first."""
    # The subject nearest the verb: "Outside court, Smith's lawyer said" may be parsed
    # with two, the first an opening phrase.
    here = token.i
    for child in sorted(token.children, key=lambda c: abs(c.i - here)):
        if in_quote[child.i] >= 0:
            continue
        # nor a dash parsed as one, though "%" of "64% of staff" is a noun
        if child.dep_ == "nsubj" and child.pos_ != "PUNCT":
            if _verb_read_as_a_subject(child, token):
                return None  # "Keeps saying she opposed it.", a list's item with no subject
            after = dateline(child.doc, child.i)
            if after is not None:
                return _after_dateline(after, token)
            if token.i == cue.i and (_told_passively(cue) or _bid_passively(cue)):
                if any(c.dep_ == "agent" for c in token.children):
                    continue  # "Jury told by prosecutor …": the one who tells is named
                return None
            # "who" too: it resolves to the noun before
            child = (
                _subject_of_as_clause(child, token)
                or _person_for_who(child, token)
                or body_before_its_think_tank(child)
                or child
            )
            child = _name_after_hyphenated_role(child) or _past_opening_name(child, token)
            return _past_entry_time(past_opening_setting(child))
        if child.dep_ == "agent":
            by = (token.i == cue.i and teller_run_into_the_words(cue)) or object_of(child)
            if by is None or by.lemma_.lower() not in _HOW_DECIDED:
                return by
            if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
                # "Three judges found by a majority that …", parsed as judges who were
                # found: the judges found it, and a majority is how.
                return token.head
    return _Undecided.NEXT


# What a "by" names when it says how a body decided, not who: "by a majority", "by a margin".
_HOW_DECIDED = frozenset(["majority", "margin", "vote", "show", "consensus", "acclamation"])


def _subject_the_parse_missed(
    cue: Token, token: Token, below: Token | None, in_quote: list[int]
) -> Token | _Undecided | None:
    """The subject of a verb the parse gave none: one read as a passive, a misread name, an
    opening phrase's; or no one, where whoever speaks is not named.
    """
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
    if below is not None and below.dep_ == "conj":
        # "Hale and Brant call them … and describe …": the subject the parse lost to the
        # phrase before is the joined verb's as much as the first's.
        joined = _subject_after_conjunction(token)
        if joined is not None:
            return joined
    opened = _object_of_opener(token) or _subject_in_opener(token) or _name_closing_opener(token)
    if opened is not None:
        return opened
    if passive is not None:
        # "Scott can be heard yelling that …": she yells; "It was said that …": nobody.
        return passive if below is not None and below.dep_ == "xcomp" else None
    participle = cue.tag_ == "VBN" or (cue.tag_ == "VBD" and cue.is_sent_start)
    # not a sentence's verb hung on its subject: "The chief constable, Helen Grant, promised …"
    participle = participle and not main_verb_read_as_participle(cue)
    if token.i == cue.i and participle and cue.dep_ in ("advcl", "acl"):
        # "Asked to put a date on it, the minister said …", "Vogt, asked whether …,
        # said …": they were asked, by someone not named
        return None
    return _Undecided.NEXT


def _subject_taken_from_above(
    token: Token, below: Token | None, in_quote: list[int]
) -> Token | _Climb | None:
    """The subject a verb with none of its own takes from a word around it.

    The noun a gerund follows or hangs on, the subject of an absolute phrase, or the verb
    above, to climb to.
    """
    held = _holder_of_gathering(token)
    if held is not None:
        # "she said at a news conference announcing that …": the one who spoke there
        return _Climb(held)
    despite = _subject_of_absolute(token)
    if despite is not None:
        return despite  # "despite a few senators now saying …": the senators say it
    before = token.doc[token.i - 1] if token.i > 0 else None
    if (
        token.tag_ == "VBG"
        and before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and before.ent_type_ not in _NOT_WHO  # "an ad this week showing …"
        and not any(c.dep_ == "nummod" for c in before.children)  # "three times asking"
        and in_quote[before.i] < 0
        and not _of_the_object(before, token)
        and _done_to(before) is None
    ):
        return before  # "protesters chanting, “…”"
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        done_to = _done_to(token.head)
        if done_to is None:
            return token.head  # "footage of Clinton asking, “…”"
        return _Climb(done_to)  # "left the meeting saying …": the one who left
    # "recalled thinking, “…”", "kept saying that …": the one who recalls thinks it
    recalled = token.dep_ == "dobj" and token.tag_ == "VBG"
    # "was able to tout …", "is determined to warn …": the one who is able or determined;
    # "it is too early to say …" names no one
    able = token.dep_ == "acomp" and below is not None and below.dep_ == "xcomp"
    if able and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in token.head.children):
        return None
    if (token.dep_ not in INHERITS_SUBJECT and not recalled and not able) or (
        token.head.i == token.i
    ):
        return None
    above = _goes_with(token)
    if above.pos_ in ("NOUN", "PROPN") and above.dep_ in SUBJECTS:
        # "the statement, saying …": the noun is the source.
        return above
    return _Climb(above)


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
    # '"…," the jury heard.' with the jury read beside the cue: no one named said it
    return _teller_to(cue, _name_beside(cue, in_quote))


def _name_beside(cue: Token, in_quote: list[int]) -> Token | None:
    """The name right beside a cue whose subject the parse missed, between it and a quote."""
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
            if token.dep_ == "pobj" and token.head.lower_ in _WHEN_PREPOSITIONS:
                continue  # "'…' -- and, when questioned after the debate, asserting": not it
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
            # "read one banner": the banner the count is of, not "one"
            counted = token.dep_ == "nummod" and token.head.i > token.i
            return token.head if token.dep_ in ("compound", "flat") or counted else token
    return None
