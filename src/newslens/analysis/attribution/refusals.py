"""Refusals: what a cue refuses ("refused to pay", "declined to comment"), whether that is an
act rather than words held back ("refused to pay the bill", "declined to criticise her deputy"),
and the words a refusal is about ("refused to be drawn on the penalty")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import withheld
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


def _refuses_an_act(cue: Token) -> bool:
    """Whether the cue refuses something other than words: "refused to pay the bill" or "to
    blame the referee", not "declined to comment" nor "refused to release the report"."""
    refused = _refused(cue)
    if refused is None:
        return False
    keeping_back = withheld()
    return _spares_someone(refused) or not any(
        v.lemma_.lower() in keeping_back for v in [refused, *refused.conjuncts]
    )


_BARE_DETAILS = _SPEAKER_WORDS["bare_details"]
_COMMENTING = _SPEAKER_WORDS["commenting_verbs"]


def _on_what(word: Token) -> bool:
    """Whether a word after the verb refused only says what it is on: "on the case", with no
    words of its own (no clause, no quote)."""
    return word.dep_ == "prep" and not any(
        w.pos_ in ("VERB", "AUX") or w.is_quote for w in word.subtree
    )


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
    if after and refused.lemma_.lower() in _COMMENTING and all(_on_what(c) for c in after):
        return True  # "refused to comment on the case": what it is on is no one's words
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
    after = cue.doc[refused.i + 1].idx
    return [(max(start, after), end) for start, end in parts if end > after] or parts
