"""Reports within someone else's words, which are no reports of their own: a belief,
finding, intent, refusal, act bidden or untold passive inside what another said
(``_second_sources_dropped``), and a verb of mind or a report of no one named inside a
transcript's turn (``_within_turns``).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from newslens.analysis.attribution.refusals import _refused
from newslens.analysis.attribution.words import _Attribution, _covered
from newslens.analysis.lexicon import Verb, lexicon, mind_adjectives, mind_nouns
from newslens.analysis.model import QuoteKind
from newslens.analysis.span_index import SpanIndex
from newslens.analysis.syntax.clause_words import bidden
from newslens.analysis.syntax.hearers import a_hearer
from newslens.analysis.syntax.negation import FAILING, is_negated, undone_by
from newslens.analysis.syntax.words import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslens.article import Span


def _within_turns(found: list[_Attribution], turns: list[_Attribution]) -> list[_Attribution]:
    """The attributions of ``found`` that a transcript's turn holds, by whoever takes the
    turn, cued by a verb of mind: "A: No, I don't think so. I learned on the job" is the
    answer's words, one quote of whoever answers; its "think" and "learned" are no reports
    of their own, nor is what it reports of no one named ("I have no plans to leave"). What
    the turn reports was said, by others ("PENCE: The Clinton camp announced that …") or by
    the one answering ("I told the police that …"), is a report still. Nor is a word of the
    label the turn's cue: "Raj Patel, 61, retired: “…”" is his turn, not what he retired."""
    verbs = lexicon()
    # A transcript has hundreds of turns: each looks only at the cues within it and at the
    # attributions of its own words, found by where they are, not at every one of the text.
    cued = sorted((a.cue.idx, k) for k, a in enumerate(found) if a.cue is not None)
    at = [idx for idx, _ in cued]
    by_words: dict[tuple[Span, ...], list[int]] = {}
    for k, a in enumerate(found):
        by_words.setdefault(tuple(a.parts), []).append(k)
    out = []
    for turn in turns:
        start, end = turn.parts[0]
        label = start if turn.phrase is None else turn.phrase.start_char
        near = {k for _, k in cued[bisect_left(at, start) : bisect_left(at, end)]}
        near.update(by_words.get(tuple(turn.parts), ()))
        out += [
            a
            for a in (found[k] for k in sorted(near))
            if a.cue is not None
            and a is not turn
            and (
                (
                    (a.speaker is None or (_same_speaker(a, turn) and _of_mind(a.cue, verbs)))
                    and start <= a.cue.idx < end
                    and _covered(a.parts, [turn.parts[0]])
                )
                or (label <= a.cue.idx < start and a.parts == turn.parts)
            )
        ]
    return out


def _of_mind(cue: Token, verbs: dict[str, Verb]) -> bool:
    """Whether a cue is a verb of belief, expectation, finding or intent, or an adjective of
    mind ("is sure that …")."""
    verb = verbs.get(cue.lemma_.lower())
    return (verb is not None and verb.mind) or cue.lower_ in mind_adjectives()


def _same_speaker(a: _Attribution, b: _Attribution) -> bool:
    """Whether two attributions are one speaker's: the same word, or the interviewee that
    an earlier chunk names."""
    if a.speaker is None or b.speaker is None:
        return a.speaker is b.speaker and a.interviewee and b.interviewee
    return a.speaker.i == b.speaker.i


def _second_sources_dropped(found: list[_Attribution]) -> list[_Attribution]:
    """Without what a word of belief, finding or intent, or a passive naming no teller,
    reports inside someone else's words.

    "Lindqvist said the company expects earnings of $4.10" is what Lindqvist said; the
    company is no second source of those words, nor is "the research" in "cautioned that
    the research showed …", nor anyone in "said she had been warned that …".
    """
    outer = [a for a in found if a.kind is not QuoteKind.DIRECT]
    # Each part of their words with whose words they are: the parts a cue lies in are
    # looked up, not found by asking every attribution of every cue.
    parts = SpanIndex([(p, b) for b in outer for p in b.parts], lambda part: part[0])
    return [a for a in found if not (_second_source(a, parts) or _closed_by_a_later_cue(a, parts))]


def _closed_by_a_later_cue(a: _Attribution, parts: SpanIndex[tuple[Span, _Attribution]]) -> bool:
    """Whether a cue's words run on over a later cue that closes the sentence and reports
    the words the first cue stands in: "Villa have agreed a fee for Neves, the club
    confirmed on Monday" is what the club confirmed, not what Villa agreed."""
    cue = a.cue
    if cue is None:
        return False
    at = cue.idx
    return any(
        b is not a
        and b.cue is not None
        and b.cue.i > cue.i
        and b.parts[-1][1] <= b.cue.idx  # the words before it are what it reports
        and any(start <= b.cue.idx < end for start, end in a.parts)
        for _, b in parts.overlapping(at, at + 1)
    )


def _second_source(a: _Attribution, parts: SpanIndex[tuple[Span, _Attribution]]) -> bool:
    """Whether ``a`` is cued by a verb or noun of belief, finding or intent, or by a passive
    naming no teller, and its cue and most of its words lie in the words of one of the
    others' ``parts``."""
    cue = a.cue
    if cue is None:
        return False
    # The cheap test first, reading no Token: most cues lie in no one else's words.
    at = cue.idx
    within = [
        b for _, b in parts.overlapping(at, at + 1) if b is not a and _covered(a.parts, b.parts)
    ]
    if not within:
        return False
    lemma = cue.lemma_.lower()
    verb = lexicon().get(lemma)
    # "said the council's plans to …": a noun of intent is part of the words as a verb is
    as_verb = cue.pos_ in ("VERB", "AUX")
    mind = verb is not None and verb.mind if as_verb else lemma in mind_nouns()
    # "said they were confident that …": a belief they told of, as "believed" would be
    mind = mind or cue.lower_ in mind_adjectives()
    # "said it would publish a report", "said he will oppose the plan": an act to come,
    # part of the words, not words of its own; so is an act asked for or backed ("said
    # she supported hiring more staff"), a promise, warning or act nobody is named for (not
    # the words of a thing: "a post saying that …" quotes the post), an infinitive with no
    # subject, bidden or meant ("told jurors he had instructed her to keep quiet and never
    # to discuss it"), and a refusal ("said the trust had refused to discuss the case")
    mind = (
        mind
        or (as_verb and any(c.tag_ == "MD" and c.dep_ == "aux" for c in cue.children))
        or (as_verb and _an_act(cue, a.parts[0][0]))
        or (as_verb and _a_refusal_in_the_words(cue))
        or (a.speaker is None and cue.dep_ != "acl")
        or (as_verb and _bidden_or_meant(cue))
    )
    reported = mind or (as_verb and _told_by_no_one(cue))
    # "said it welcomed the sentence": a stance inside words the parse hangs on their cue
    # (not "World leaders denounce the test; others vow …", two reports side by side)
    if not (reported or (as_verb and _a_stance_on_a_thing(cue, verb))):
        return False
    return reported or any(
        b.cue is not None and b.cue in cue.ancestors and not _apart(b.cue, cue) for b in within
    )


def _apart(one: Token, other: Token) -> bool:
    """Whether a semicolon parts two words of a sentence, each in a clause of its own."""
    start, end = sorted((one.i, other.i))
    return any(t.text == ";" for t in one.doc[start:end])


def _a_stance_on_a_thing(cue: Token, verb: Verb | None) -> bool:
    """Whether a verb whose object is what it reports has a noun for its object and no
    clause: "said it welcomed the sentence" is the one thing said, the welcome part of it,
    not words of the welcome's own."""
    if verb is None or not verb.reports_object:
        return False
    deps = {c.dep_: c for c in cue.children}
    thing = deps.get("dobj")
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or "ccomp" in deps:
        return False
    # "said residents had warned the council": whom words were told, no stance on a thing
    return not (verb.addressee and a_hearer(thing))


# Marks of a clause the writer sets against the words: "…, although he refused to …".
_CONCEDING = frozenset(["although", "though", "while", "whereas"])


def _a_refusal_in_the_words(cue: Token) -> bool:
    """Whether a cue refuses, is refused, left unsaid or denied ("had refused to discuss the
    case", "declined to answer", "failed to note that …", "never said that …") in a clause
    that goes on with the words around it, not one set against them ("claimed it was smart,
    although he refused to release …", which the words may take in). Only a refusal that
    reports: "had stopped asking when …" is a denial of its own."""
    refusal = cue if _refused(cue) is not None else undone_by(cue)
    if refusal is None:
        refusal = cue if is_negated(cue) else None
    if refusal is None:
        return False
    if refusal.lemma_.lower() not in lexicon() and refusal.lemma_.lower() not in FAILING:
        return False
    return refusal.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _CONCEDING for c in refusal.children
    )


def _bidden_or_meant(cue: Token) -> bool:
    """Whether a reporting verb is an infinitive with no subject of its own that reports a
    thing, not a clause or an act: "never to discuss the payments", "to express gratitude";
    not "promised to reveal that the board knew", nor "to apologise for accusing them"."""
    children = list(cue.children)
    clause = any(
        c.dep_ == "ccomp" or (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children))
        for c in children
    )
    return (
        not clause
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and not any(c.dep_ in SUBJECTS for c in children)
    )


def _told_by_no_one(cue: Token) -> bool:
    """Whether a reporting verb is a passive that names no one telling: "she had been warned
    that the vote could fail", "was told that …". Inside another's words it is what they
    said, not a report with a teller of its own."""
    deps = {c.dep_ for c in cue.children}
    return "auxpass" in deps and "agent" not in deps


def _an_act(cue: Token, words_start: int) -> bool:
    """Whether the words a verb reports, starting at ``words_start``, are an act with no
    subject of its own, an infinitive or a gerund: "asking residents [to pay more]",
    "supported [hiring more officers]"."""
    first = next((t for t in cue.rights if t.left_edge.idx == words_start), None)
    if first is not None and first.left_edge.tag_ in ("TO", "VBG"):
        return True
    # "asking families [to pay more]", whom it is asked of before the act
    return any(
        c.dep_ == "xcomp"
        and (who := bidden(cue, c)) is not None
        and who.left_edge.idx == words_start
        for c in cue.children
    )
