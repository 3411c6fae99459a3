"""Reports within someone else's words, which are no reports of their own: a belief,
finding, intent or untold passive inside what another said (``_second_sources_dropped``), and
a verb of mind inside a transcript's turn (``_within_turns``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.attribution.words import _Attribution, _covered
from newslens.analysis.lexicon import Verb, lexicon, mind_adjectives, mind_nouns
from newslens.analysis.model import QuoteKind
from newslens.analysis.syntax.clause_words import bidden

if TYPE_CHECKING:
    from spacy.tokens import Token


def _within_turns(found: list[_Attribution], turns: list[_Attribution]) -> list[_Attribution]:
    """The attributions of ``found`` that a transcript's turn holds, by whoever takes the
    turn, cued by a verb of mind: "A: No, I don't think so. I learned on the job" is the
    answer's words, one quote of whoever answers; its "think" and "learned" are no reports
    of their own. What the turn reports was said, by others ("PENCE: The Clinton camp
    announced that …") or by the one answering ("I told the police that …"), is a report
    still."""
    verbs = lexicon()
    out = []
    for turn in turns:
        start, end = turn.parts[0]
        out += [
            a
            for a in found
            if a.cue is not None
            and _same_speaker(a, turn)
            and _of_mind(a.cue, verbs)
            and a is not turn
            and start <= a.cue.idx < end
            and _covered(a.parts, [turn.parts[0]])
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
    return [a for a in found if not _second_source(a, outer)]


def _second_source(a: _Attribution, outer: list[_Attribution]) -> bool:
    """Whether ``a`` is cued by a verb or noun of belief, finding or intent, or by a passive
    naming no teller, and its cue and most of its words lie in the words of one of
    ``outer``."""
    cue = a.cue
    if cue is None:
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
    # she supported hiring more staff"), and a promise or warning nobody is named for
    mind = (
        mind
        or (as_verb and any(c.tag_ == "MD" and c.dep_ == "aux" for c in cue.children))
        or (as_verb and _an_act(cue, a.parts[0][0]))
        or (not as_verb and a.speaker is None)
    )
    at = cue.idx
    return (mind or (as_verb and _told_by_no_one(cue))) and any(
        b is not a
        and any(start <= at < end for start, end in b.parts)
        and _covered(a.parts, b.parts)
        for b in outer
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
