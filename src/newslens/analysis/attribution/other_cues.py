"""Reported words cued by something other than a reporting verb: a reporting noun ("Trump's
claim that …", "a promise to …", "allegations of fraud"; not a plan approved, nor a
willingness no one owns, nor "the demand for coal", which ``unowned_nouns`` tells), an
adjective of mind ("Officials are confident that …"), a verb with its object ("made it clear
that …", "left little doubt that …") and an adverb of hearsay ("the driver allegedly ran a red
light").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING

from newslens.analysis.attribution.no_words import _reports_nothing
from newslens.analysis.attribution.sources import _noun_source
from newslens.analysis.attribution.unowned_nouns import _no_ones_words
from newslens.analysis.attribution.words import _Attribution, _covered, _reported_kind
from newslens.analysis.lexicon import hearsay, mind_nouns, noun_lead_ins
from newslens.analysis.syntax.complements import others_reports
from newslens.analysis.syntax.cues import Scan
from newslens.analysis.syntax.edges import chars, trim
from newslens.analysis.syntax.ends import bid_end, reported_end
from newslens.analysis.syntax.misread import main_verb_read_as_adjective
from newslens.analysis.syntax.objects import others_words
from newslens.analysis.syntax.subjects import subject
from newslens.analysis.syntax.words import _FINITE, SUBJECTS
from newslens.analysis.syntax.writings import MAKING_A_WRITING, THROUGH_A_MEDIUM, said_through
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _noun_cues(
    doc: Doc, scan: Scan, marks: list[Span], taken: list[Span], reporting: set[int]
) -> list[_Attribution]:
    """Reporting nouns with their content: "Trump's claim that …", "a promise to …", or a
    noun phrase after a preposition that brings it in: "allegations of fraud".

    Not "a statement saying …" when the verb (one of the cues ``reporting``) already
    reports the words for the noun.
    """
    out = []
    minds = mind_nouns()
    lead_ins = noun_lead_ins()
    for token in scan.nouns:
        held = _held_by(token, lead_ins)
        if held is None:
            continue
        content, lead_in = held
        if _a_verbs_own(content, scan, reporting):
            continue  # "a statement saying …" is the verb's; "calls seeking comment" no one's
        verb = token.head.head if token.head.lower_ in THROUGH_A_MEDIUM else token.head
        if verb.i in reporting and token.dep_ in ("dobj", "pobj") and not others_words(token):
            continue  # "said in a statement that …", "dismissed the idea that …": the verb's
        source = _noun_source(token)
        if source is None and _no_ones_words(token, lead_in, lead_ins, minds):
            continue
        # "said in a statement that …" is the verb's report, "Kay's claim that …" the noun's
        through = said_through(token) is not None
        parts = _noun_words(doc, marks, content, lead_in, verb if through else token)
        if parts is None or _covered(parts, taken):
            continue
        kind = _reported_kind(parts, marks)
        cue = token
        if through:
            # "acknowledged in a statement that …": the verb tells how it was said.
            cue = verb if verb.i in scan.cues else token
        out.append(_Attribution(parts, kind, cue, source, confidence=0.7))
    return out


def _held_by(
    noun: Token, lead_ins: dict[str, tuple[frozenset[str], bool]]
) -> tuple[Token, Token | None] | None:
    """What a reporting noun holds and, when that is a noun phrase, the preposition that
    brings it in (itself the content then): its clause ("the claim that …"), else the
    phrase after its lead-in; None for neither."""
    content = next((c for c in noun.children if c.dep_ == "ccomp" or _content_acl(c)), None)
    if content is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        # "His view is that the plan will fail": the clause the noun is said to be
        content = next((c for c in noun.head.rights if c.dep_ == "ccomp"), None)
    if content is not None and _has_a_verb(content):
        return content, None
    lead_in = _lead_in(noun, lead_ins)
    if lead_in is None:
        return None
    return lead_in, lead_in  # "allegations of fraud", "the governor's call for calm"


def _a_verbs_own(content: Token, scan: Scan, reporting: set[int]) -> bool:
    """Whether a noun's content is a verb's clause on it that reports the words itself or is
    a cue reporting none: "a statement saying …", "calls seeking comment"."""
    return content.dep_ == "acl" and (
        content.i in reporting
        or (
            content.i in scan.cues
            and _reports_nothing(content)
            # "the claim that Reyes had refused to …" holds a clause of its own
            and not any(c.dep_ in SUBJECTS for c in content.children)
        )
    )


def _noun_words(
    doc: Doc, marks: list[Span], content: Token, lead_in: Token | None, teller: Token
) -> list[Span] | None:
    """Where a reporting noun's words run: the phrase its lead-in brings in, or its clause
    as far as ``teller`` (the noun, or the verb it was said through) reports it."""
    if lead_in is not None:
        # a mark's words are its clause's: "for [the city to open shelters]"
        end = bid_end(lead_in.head) if lead_in.dep_ == "mark" else lead_in.right_edge.i + 1
        span = trim(doc, lead_in.i + 1, end, shortest=1)
    else:
        end = reported_end(teller, content)
        misread = main_verb_read_as_adjective(teller, content)
        if misread is not None:
            end = min(end, misread.i)  # "… would close | angered staff": the sentence's verb
        span = trim(doc, content.left_edge.i, end)
    if span is None:
        return None
    start, end = chars(doc, *span)
    # 'that the memo "was not acted upon."': the quote's closing mark ends the words.
    end = max([end] + [b for a, b in marks if start <= a < end < b <= end + 3])
    return [(start, end)]


def _lead_in(noun: Token, lead_ins: dict[str, tuple[frozenset[str], bool]]) -> Token | None:
    """The preposition that brings in a reporting noun's words when they are a noun phrase:
    "of" in "allegations of fraud", "for" in "the governor's call for calm"."""
    prepositions = lead_ins.get(noun.lemma_.lower(), (frozenset(), False))[0]
    if prepositions and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.lefts):
        return None  # "made no comment about the closure": nothing said of it
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in prepositions:
            if any(o.dep_ in ("pobj", "pcomp") for o in c.children):
                return c
        # "a call for the city to open shelters": the parse makes "for" the mark of a clause
        # of the noun's; the clause is what is called for, as "for calm" is.
        elif c.dep_ in ("advcl", "acl") and c.left_edge.i == noun.i + 1:
            mark = c.left_edge
            if mark.dep_ == "mark" and mark.head.i == c.i and mark.lower_ in prepositions:
                return mark
    return None


# What makes "so angry that she left", "confident enough that they booked a band" say what
# came of the feeling, not what was felt.
_DEGREE = frozenset(["so", "too", "enough"])


def _adjective_cues(
    doc: Doc, scan: Scan, marks: list[Span], taken: list[Span]
) -> list[_Attribution]:
    """Adjectives of mind or stance with a clause after them: "Officials are confident that
    the bridge will reopen", "She was sure the money had been paid", "are worried about how
    the money is spent". The clause is what their subject believes, as after "believes". Not
    "It is certain that …", which is no one's belief, nor "so angry that she left", which
    says what came of it."""
    out = []
    for adjective in scan.minds:
        clause = _felt(adjective)
        if clause is None or any(
            c.dep_ == "advmod" and c.lower_ in _DEGREE for c in adjective.children
        ):
            continue
        holder = _holder(adjective, scan.in_quote)
        if holder is None or holder.dep_ == "expl" or holder.lower_ in ("it", "this", "that"):
            continue
        # "were sure the audit was botched and Democrats accused …": the words end before them
        theirs = [n.left_edge.i - 1 for n in others_reports(adjective, adjective.sent).values()]
        span = trim(doc, clause.left_edge.i, min([reported_end(adjective, clause), *theirs]))
        if span is None:
            continue
        parts = [chars(doc, *span)]
        if _covered(parts, taken):
            continue
        kind = _reported_kind(parts, marks)
        out.append(_Attribution(parts, kind, adjective, holder, confidence=0.7))
    return out


def _felt(adjective: Token) -> Token | None:
    """The clause an adjective of mind is about: its clausal complement ("sure [the money
    had been paid]", or hung on the verb before it: "was adamant [that …]"), or a question
    after "about" ("worried about [how the money is spent]"); None for a topic ("worried
    about the cost") or nothing."""
    linked = adjective.head.rights if adjective.dep_ in ("acomp", "oprd") else iter(())
    for c in chain(adjective.rights, linked):
        # "afraid that the lead may be undercut", its verb tagged as an adjective
        if c.dep_ == "ccomp" and c.i > adjective.i and _has_a_verb(c):
            return c
        if c.dep_ == "prep" and c.lower_ == "about" and c.head == adjective:
            asked = next((o for o in c.rights if o.dep_ in ("pcomp", "pobj")), None)
            if asked is not None and (
                asked.left_edge.tag_ in _ASKING_TAGS or asked.left_edge.lower_ == "whether"
            ):
                return asked if _has_a_verb(asked) else None
    return None


_ASKING_TAGS = frozenset(["WRB", "WP", "WDT", "WP$"])


def _has_a_verb(words: Token) -> bool:
    """Whether the words under ``words`` hold a verb, as a clause does, whatever the parse
    tagged their head."""
    return any(t.pos_ in ("VERB", "AUX") for t in words.subtree)


# Verbs that say what their subject is or feels: "are confident", "remain optimistic".
_LINKING = frozenset(
    ["be", "remain", "seem", "appear", "feel", "become", "grow", "stay", "sound", "get"]
)


def _holder(adjective: Token, in_quote: list[int]) -> Token | None:
    """Who an adjective of mind is said of: the subject of the verb it completes ("Officials
    are confident", "Traders remain optimistic"), the noun it describes ("The mayor,
    confident that …,") or the subject of a participle read as a passive ("Parents were
    frustrated")."""
    if adjective.dep_ in ("acomp", "oprd"):
        # not "will make sure the bridge reopens", a deed, nor "leave drivers uncertain"
        linking = adjective.head.lemma_.lower() in _LINKING
        return subject(adjective.head, in_quote) if linking else None
    if adjective.dep_ == "amod" and adjective.head.i < adjective.i:
        return adjective.head
    return next(
        (c for c in adjective.children if c.dep_ == "nsubjpass" and in_quote[c.i] < 0), None
    )


# Phrases of a verb and its object that report the clause after them, as one verb would:
# with "that" or without ("made it clear he would stay"); the case is made to someone
# ("made the case to voters that …").
_CUE_PHRASES = re.compile(
    r"\b(?:(make|makes|made|making)\s+(?:it\s+)?(?:\w+ly\s+)?(?:clear|plain)"
    r"|(make|makes|made|making)\s+the\s+case(?:\s+to\s+[^.,;:!?\n]{1,60}?(?=\s+that\b))?"
    r"|(leave|leaves|left|leaving)\s+(?:little|no)\s+doubt)\s+(that\b)?"
)


def _phrase_cues(
    doc: Doc, text: str, scan: Scan, marks: list[Span], taken: list[Span]
) -> list[_Attribution]:
    """The clause a phrase of a verb and its object reports: "made it clear that …", "made
    the case that …", "left little doubt that …", said by the verb's subject."""
    out = []
    for match in _CUE_PHRASES.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g))
        verb = doc.char_span(match.start(group), match.end(group))
        if match.group(4) is not None:
            that = doc.char_span(match.start(4), match.end(4))
        else:
            that = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if verb is None or that is None or scan.in_quote[verb.start] >= 0:
            continue
        clause = that[0].head
        if match.group(4) is None:
            # no "that": the words are a clause only when its subject comes next
            doer = that[0] if that[0].dep_ in SUBJECTS else clause
            if doer.dep_ not in SUBJECTS or doer.left_edge.i != that.start:
                continue  # "made it clear to voters", "made it plain enough"
            clause = doer.head
            if not any(t.tag_ in _FINITE for t in (clause, *clause.lefts)):
                continue  # "made it clear Smith's plan to …" holds no clause
        if clause.i < that.start or clause.pos_ not in ("VERB", "AUX"):
            continue
        span = trim(doc, that.start, reported_end(verb[0], clause))
        if span is None:
            continue
        parts = [chars(doc, *span)]
        if _covered(parts, taken):
            continue
        cue = verb[0]
        speaker = subject(cue, scan.in_quote)
        out.append(_Attribution(parts, _reported_kind(parts, marks), cue, speaker, confidence=0.8))
    return out


@lru_cache(maxsize=1)
def _hearsay_words() -> re.Pattern[str]:
    """The adverbs of hearsay of reporting_verbs.txt, as one pattern over the text."""
    return re.compile(r"\b(?:" + "|".join(sorted(hearsay())) + r")\b", re.IGNORECASE)


def _hearsay_cues(
    doc: Doc, text: str, scan: Scan, marks: list[Span], taken: list[Span]
) -> list[_Attribution]:
    """The clause an adverb of hearsay is in, reported by no one named: "after the driver
    allegedly ran a red light" reports "the driver allegedly ran a red light"."""
    out = []
    for match in _hearsay_words().finditer(text):
        word = doc.char_span(match.start(), match.end())
        if word is None or scan.in_quote[word.start] >= 0:
            continue
        adverb = word[0]
        clause = adverb.head
        if adverb.dep_ != "advmod" or clause.pos_ not in ("VERB", "AUX"):
            continue
        start = clause.left_edge.i
        while doc[start].dep_ == "mark" and doc[start].head == clause:
            start += 1  # "after he allegedly ran …": when, not what is alleged
        end = clause.right_edge.i + 1
        spans = [trim(doc, start, end)]
        if clause.dep_ == "relcl" and doc[start].tag_ in ("WP", "WDT"):
            # "the driver, who allegedly ran a red light,": the driver … ran a red light
            noun = clause.head
            spans = [trim(doc, noun.left_edge.i, noun.i + 1, 1), trim(doc, start + 1, end)]
        parts = [chars(doc, *span) for span in spans if span is not None]
        if len(parts) < len(spans):
            continue
        if _covered(parts, taken):
            continue
        out.append(_Attribution(parts, _reported_kind(parts, marks), adverb, None, confidence=0.5))
    return out


def _content_acl(clause: Token) -> bool:
    """Whether a clause on a noun says what the noun holds, not when or how it came.

    "the claim that Crutcher had refused …" holds words; "a statement published at
    midnight" is a participle with neither a subject nor "that" of its own.
    """
    if clause.dep_ == "relcl":
        # "pronouncements that the line was safe", taken for a relative clause: its "that"
        # only introduces it, and the clause has a subject of its own
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
        )
    if clause.dep_ != "acl" or _made_by_its_subject(clause) or _posed(clause):
        return False
    # "a statement read to the court": a participle, whatever tense the tagger gave it
    return clause.tag_ not in ("VBN", "VBD") or any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children
    )


# Verbs a threat or risk is the object of: "the threat that a Trump presidency would
# constitute", "the risk that the plan poses"
_POSING = frozenset(["pose", "constitute", "represent", "present", "carry", "create"])


def _posed(clause: Token) -> bool:
    """Whether a "that" clause the parse hung on a noun is a relative clause that says who
    poses it, its "that" the verb's missing object: "the threat that a Trump presidency would
    constitute"; not "the threat that the plan would create jobs", which holds its object."""
    return clause.lemma_.lower() in _POSING and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in clause.children
    )


def _made_by_its_subject(clause: Token) -> bool:
    """Whether a clause the parse hung on a noun is a relative clause that says who made the
    noun, its "that" the verb's object: "The report that the clerk filed on Monday was two
    pages long" is about the report, read as if the clerk's filing "was two pages long"."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        c.dep_ == "acl"
        and c.lemma_.lower() in MAKING_A_WRITING
        and not any(o.dep_ in ("dobj", "ccomp", "agent") for o in c.children)
        for c in subject.children
    )
