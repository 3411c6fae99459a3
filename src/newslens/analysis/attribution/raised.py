"""Reported words cued by a passive that names no teller: "The driver is said to have fled",
"The firm, believed to owe £2m, …". The verb's subject and infinitive are what someone unnamed
says, as after an adverb of hearsay ("the driver reportedly fled"); the words keep the verb,
as they keep the adverb. Which verbs: the "raised" ones of reporting_verbs.txt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.attribution.words import _Attribution, _covered, _reported_kind
from newslens.analysis.lexicon import raised
from newslens.analysis.syntax.cues import Scan
from newslens.analysis.syntax.edges import chars, trim
from newslens.analysis.syntax.ends import reported_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newslens.article import Span


def _raised_cues(doc: Doc, scan: Scan, marks: list[Span], taken: list[Span]) -> list[_Attribution]:
    """The subject and infinitive of each passive of a "raised" verb outside quotes, reported
    by no one named."""
    verbs = raised()
    out = []
    for i in sorted(scan.cues):
        cue = doc[i]
        if cue.lemma_.lower() not in verbs:
            continue
        held = _subject_and_infinitive(cue)
        if held is None:
            continue
        subject, infinitive = held
        end = reported_end(cue, infinitive)
        # "The firm, believed to owe £2m": the noun the participle describes opens the words
        spans = [trim(doc, subject.left_edge.i, end)]
        if subject.tag_ in _RELATIVE:
            # "a man, who is believed to be armed,": the man … is believed to be armed
            noun = cue.head
            spans = [trim(doc, noun.left_edge.i, noun.i + 1, 1), trim(doc, subject.i + 1, end)]
        parts = [chars(doc, *span) for span in spans if span is not None]
        if len(parts) == len(spans) and not _covered(parts, taken):
            out.append(_Attribution(parts, _reported_kind(parts, marks), cue, None, confidence=0.5))
    return out


_RELATIVE = frozenset(["WP", "WDT"])


def _subject_and_infinitive(cue: Token) -> tuple[Token, Token] | None:
    """The subject and the infinitive of a passive participle that names no one by "by":
    "driver" and "fled" of "The driver is said to have fled", or the noun a participle
    describes, "firm" of "The firm, believed to owe £2m"; None for any other verb, and for a
    relative pronoun ("what is said to be …") with no noun before it."""
    children = list(cue.children)
    if any(c.dep_ == "agent" for c in children):
        return None
    subject = _passive_subject(cue, children)
    infinitive = next(
        (
            c
            for c in children
            if c.dep_ == "xcomp" and c.i > cue.i and any(a.tag_ == "TO" for a in c.lefts)
        ),
        None,
    )
    if subject is None or infinitive is None:
        return None
    if subject.tag_ in _RELATIVE and (cue.dep_ != "relcl" or cue.head.i > subject.i):
        return None
    return subject, infinitive


def _passive_subject(cue: Token, children: list[Token]) -> Token | None:
    """What a participle is said of: the subject of its passive, or the noun it describes,
    whatever tense the tagger gave it there ("The firm, believed to owe …")."""
    deps = {c.dep_ for c in children}
    if cue.dep_ == "acl" and cue.tag_ in ("VBN", "VBD") and cue.head.pos_ in ("NOUN", "PROPN"):
        return None if deps & {"auxpass", "nsubj", "nsubjpass"} else cue.head
    if cue.tag_ != "VBN" or "auxpass" not in deps:
        return None
    return next((c for c in children if c.dep_ == "nsubjpass" and c.i < cue.i), None)
