"""Refusals: what a cue refuses ("refused to pay", "declined to comment"), whether that is an
act rather than words held back ("refused to pay the bill", "declined to criticise her deputy"),
and the words a refusal is about ("refused to be drawn on the penalty")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import made_known, withheld
from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers import mention_for, person_word
from newslens.analysis.syntax.negation import NOT_DOING
from newslens.analysis.syntax.words import _SPEAKER_WORDS
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of finding someone at fault: refused, they say nothing of anyone. Refusing to back
# someone ("refused to endorse Trump") is a position taken, and reported.
_FAULTING = frozenset(["blame", "criticise", "criticize", "fault"])


def _spares_someone(refused: Token) -> bool:
    """Whether a refused verb of finding fault has someone for its object and no words of
    its own: "refused to blame the referee", "declined to criticise her deputy"."""
    if refused.lemma_.lower() not in _FAULTING or any(c.dep_ == "ccomp" for c in refused.children):
        return False
    thing = next((c for c in refused.children if c.dep_ == "dobj"), None)
    if thing is None:
        return False
    return (
        person_word(thing)
        or mention_for(thing, thing.doc[thing.i : thing.i + 1]).kind is SpeakerKind.PERSON
    )


def _refused(cue: Token) -> Token | None:
    """The verb a refusal refuses: "pay" of "refused to pay", "comment" of "declined to
    comment"; None for a cue that refuses nothing."""
    if cue.lemma_.lower() not in NOT_DOING:
        return None
    return next((c for c in cue.children if c.dep_ == "xcomp"), None)


def _refused_end(refused: Token) -> int:
    """Where the verb refused ends: past its particle ("rule out" of "refused to rule out
    raising taxes", whose words are what is not ruled out)."""
    after = refused.i + 1
    doc = refused.doc
    particle = after < len(doc) and doc[after].dep_ == "prt" and doc[after].head.i == refused.i
    return after + 1 if particle else after


def _refuses_an_act(cue: Token) -> bool:
    """Whether the cue refuses something other than words: "refused to pay the bill" or "to
    blame the referee", not "declined to comment" nor "refused to release the report"."""
    refused = _refused(cue)
    if refused is None:
        return False
    keeping_back = withheld()
    return _spares_someone(refused) or not any(
        v.lemma_.lower() in keeping_back or _made_known(v) is not None
        for v in [refused, *refused.conjuncts]
    )


def _made_known(verb: Token) -> Token | None:
    """The word that makes "make" disclose ("public" of "make public her tax returns", of "make
    her tax returns public"), else None."""
    if verb.lemma_.lower() != "make":
        return None
    made = made_known()
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and after.lower_ in made:
        # The parse may hang "public" right after the verb on the object after it; only a
        # word of its own between them makes it the verb's ("make public her tax returns"),
        # where none makes it the object's ("make public appearances").
        between = doc[after.i + 1] if after.i + 1 < len(doc) else None
        on_the_object = after.head.i > after.i and after.head.pos_ in ("NOUN", "PROPN")
        if on_the_object and (between is None or between.pos_ not in ("DET", "PRON", "NUM")):
            return None
        return after
    return next((c for c in verb.children if c.lower_ in made), None)


_BARE_DETAILS = _SPEAKER_WORDS["bare_details"]
_COMMENTING = _SPEAKER_WORDS["commenting_verbs"]


def _on_what(word: Token) -> bool:
    """Whether a word after the verb refused only says what it is on: "on the case", with no
    words of its own (no clause, no quote)."""
    return word.dep_ == "prep" and not any(
        w.pos_ in ("VERB", "AUX") or w.is_quote for w in word.subtree
    )


# What opens a clause saying when a refusal was made: "declined to comment when approached".
_WHEN_ASKED = frozenset(["when", "after", "if"])
# All a clause of being asked holds besides its "when": who asked ("by the BBC"), and its
# auxiliaries; not what about ("when asked whether the deal was off" is the refusal's topic).
_ASKED_ONLY = frozenset(["advmod", "mark", "agent", "aux", "auxpass", "nsubjpass", "punct"])


def _on_what_or_when(word: Token) -> bool:
    """Whether a word after a refused verb of commenting says only what it is on ("on the
    case") or when it was asked ("when approached by the BBC", "when contacted")."""
    if word.dep_ == "advcl":
        return any(
            c.dep_ in ("advmod", "mark") and c.lower_ in _WHEN_ASKED for c in word.lefts
        ) and all(c.dep_ in _ASKED_ONLY for c in word.children)
    return _on_what(word)


def _about_nothing(refused: Token) -> bool:
    """Whether what is refused names no topic: "details" of "declined to give details", or
    only how it is refused, "further" of "declined to comment further", and maybe on what,
    "refused to comment publicly on the case", or a refusal to speak only on what, "refused
    to comment on the case"; so the refusal is all there is, as in "declined to elaborate". On
    what alone is the topic of any other refusal: "refused to be drawn · on the penalty"."""
    after = [c for c in refused.rights if c.dep_ != "punct"]
    hows = [
        c for c in after if c.dep_ == "advmod" and c.pos_ == "ADV" and not c.n_lefts + c.n_rights
    ]
    if hows and all(c in hows or _on_what(c) for c in after):
        return True
    # "refused to comment on the case", "declined to comment further when contacted": what it
    # is on, and when it was asked, are no one's words
    commenting = refused.lemma_.lower() in _COMMENTING
    if after and commenting and all(c in hows or _on_what_or_when(c) for c in after):
        return True
    things = [c for c in refused.children if c.dep_ == "dobj"]
    return len(things) == 1 and all(
        t.lower_ in _BARE_DETAILS and all(c.dep_ in ("det", "amod") for c in t.children)
        for t in things
    )


def _past_the_refusal(cue: Token, parts: list[Span]) -> list[Span]:
    """The words a refusal is about, after the verb refused that its cue shows whole
    ("refused to be drawn" on "on the penalty", "declined to give" on "a date"); none when
    nothing follows that verb ("declined to elaborate") or it names no topic ("declined to
    give details"): declining to comment reports no words."""
    refused = _refused(cue)
    if refused is None:
        return parts
    if _about_nothing(refused) or all(c.dep_ == "punct" for c in refused.rights):
        return []
    doc = cue.doc
    disclosing = _made_known(refused)
    # "make public" is the verb, whose words are the thing made public after it, or before
    # it: "make her tax returns public"
    past = disclosing.i + 1 if disclosing is not None and disclosing.i == refused.i + 1 else None
    after = doc[past or _refused_end(refused)].idx
    before = len(doc.text)
    if disclosing is not None:
        last = doc[disclosing.i - 1] if past is None else _thing_made_known(doc[past]).right_edge
        before = last.idx + len(last)
    kept = [(max(start, after), min(end, before)) for start, end in parts if end > after]
    return [(start, end) for start, end in kept if start < end] or parts


def _thing_made_known(first: Token) -> Token:
    """The noun a noun phrase starting at ``first`` is of: "returns" of "his income tax returns
    may be …", which the parse may make the subject of the clause after it."""
    noun = first
    while noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun
