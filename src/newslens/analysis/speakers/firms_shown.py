"""One-word names the text calls a firm somewhere ("shares in Morrisons", "Morrisons shares",
"the supermarket Morrisons", "Boots, the chemist chain,"): the firm in every mention, though the
recogniser took the name for a place, a person or a plural's group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.bodies import _lone_name
from newslens.analysis.speakers.names import name_start
from newslens.analysis.speakers.sources import _lone_place
from newslens.analysis.speakers.words import _FIRM_DESCRIPTORS, _TRADES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslens.analysis.speakers.phrases import Mention

# What the text calls a firm by, never a person ("developer", "broker" may be someone's trade).
_FIRMS_CALLED = _FIRM_DESCRIPTORS - _TRADES


def firms_called_so(mentions: list[Mention]) -> set[str]:
    """The keys of one-word speakers' names, not taken for a body, that the text calls a firm
    somewhere: "Shares in Morrisons fell. Morrisons said …" is the firm's."""
    lone = {m.key for m in mentions if _lone_name(m) or _lone_place(m) or _lone_plural(m)}
    # a name some mention already shows a body's is left to what that mention shows
    lone -= {m.key for m in mentions if m.kind is SpeakerKind.ORGANISATION}
    if not lone:
        return set()
    # one pass over the words for every name at once: a word's cues are beside it
    doc = mentions[0].head.doc
    return {t.lower_ for t in doc if t.lower_ in lone and t.is_title and _called_a_firm(t)}


def _lone_plural(mention: Mention) -> bool:
    """Whether a mention is one capitalised word read as a group, a plural the tagger may
    take for a noun's: "Morrisons"."""
    return (
        mention.kind is SpeakerKind.GROUP
        and mention.name[:1].isupper()
        and " " not in mention.key
        and name_start(mention.head) == mention.head.i
    )


def _called_a_firm(word: Token) -> bool:
    """Whether a name is written as a firm's: after "shares in", before "shares" ("Morrisons
    shares", "Boots's shares"), after a firm's noun ("the supermarket Morrisons") or with one
    set beside it ("Boots, the chemist chain,")."""
    doc, i = word.doc, word.i
    if i >= 2 and doc[i - 1].lower_ == "in" and doc[i - 2].lower_ == "shares":
        return True
    if word.dep_ in ("compound", "poss") and word.head.lower_ == "shares":
        return True
    return any(
        c.dep_ in ("compound", "appos") and c.is_lower and c.lemma_ in _FIRMS_CALLED
        for c in word.children
    )
