"""Whom "the team" or "the researchers" is in a report of a study: the researchers named
before it ("Researchers at the University of Eastvale tracked …. …, the team found"), as
"the spokesman" is the person named before."""

from __future__ import annotations

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.phrases import Mention
from newslens.analysis.speakers.words import _RESEARCH_GROUPS

# "the research team": a word in lower case that calls the team no other team
_TEAM_WORDS = frozenset(["the", "research"])


def _researchers_named_before(mention: Mention, before: list[Mention]) -> Mention | None:
    """The nearest researchers named before (``before``, in text order) that "the team",
    "the research team" or "the scientists" stands for; None when no researchers are named
    (a sports story's "the team"), or the team is called by another word ("the England
    team")."""
    words = mention.name.lower().split()
    if len(words) < 2 or words[0] != "the" or not _TEAM_WORDS.issuperset(words[:-1]):
        return None  # the cheap test first: most mentions are no "the" and a noun
    head = mention.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _RESEARCH_GROUPS:
        return None
    return next(
        (
            c
            for c in reversed(before)
            if c.kind is SpeakerKind.GROUP
            and c.head.pos_ == "NOUN"
            and c.head.lemma_.lower() in _RESEARCH_GROUPS
        ),
        None,
    )
