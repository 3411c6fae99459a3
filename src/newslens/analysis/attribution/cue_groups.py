"""What a quote shows as its cue: the words that say how it was said, and whether they deny
saying it ("did not say", "declined to name", "hit back"); which of two cues of one report
shows ("declined to say", not "declined"); and the cue's stance, a plea's by what it
pleads ("pleaded guilty" admits).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.attribution.refusals import _made_known, _refused, _refused_end
from newslens.analysis.attribution.words import _Attribution
from newslens.analysis.lexicon import Verb, hearsay, mind_adjectives
from newslens.analysis.model import Stance
from newslens.analysis.syntax.cues import retort
from newslens.analysis.syntax.negation import is_negated, undone_by
from newslens.analysis.syntax.object_words import pleads_guilty
from newslens.analysis.syntax.text import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _cue_group(cue: Token, words_start: int) -> tuple[SpacySpan, bool, str]:
    """The words that say how the cue's words were said, whether they deny saying them, and
    the cue as a reader reads it ("refused to make … public", round the words kept back).

    "did not say", "has never claimed", "declined to say": the auxiliaries and negation
    before the verb, or the verb that says it was not done, belong to the cue. A reader
    who saw only "say" would take the words for the speaker's. ``words_start``: where the
    quote's words start.
    """
    doc = cue.doc
    verb, negated = cue, is_negated(cue)
    refused = _refused(cue)
    if refused is not None:
        # "declined to name the buyers": a refusal, nothing said, and the cue says so whole
        # (a refusal that is all there is, "declined to comment", reports no words at all)
        made = _made_known(refused)
        last = made.i if made is not None and made.i == refused.i + 1 else refused.i
        # "refused to make public", "refused to rule out"
        group = doc[cue.i : max(last + 1, _refused_end(refused))]
        read = span_text(group)
        if made is not None and made.i > last:
            # "refused to make her tax returns public": the words stand between
            read += f" … {made.text}"
        return group, not negated, read
    undoer = undone_by(cue)
    if undoer is not None:
        verb, negated = undoer, negated != (not is_negated(undoer))  # "did not fail to say" says
    shown = cue.i
    if cue.lower_ in mind_adjectives():
        # "are confident", "was not sure", "were frustrated": the verb that says it of
        # someone is the cue's, as "believes" is
        if cue.dep_ in ("acomp", "oprd"):
            verb, negated = cue.head, is_negated(cue.head)
        shown = min([verb.i] + [c.i for c in cue.lefts if c.dep_ == "auxpass"])
    start = verb.i
    while start > 0 and doc[start - 1].head.i == verb.i and doc[start - 1].dep_ in _GROUP_DEPS:
        start -= 1
    # "has said" is said: without a denial the tense is no part of the cue.
    group = doc[start if negated else shown : _cue_end(cue, words_start)]
    return group, negated, span_text(group)


def _cue_end(cue: Token, words_start: int) -> int:
    """Where the cue's words end: past a retort's or a phrasal verb's particle ("hit back",
    "pointed out"), past what a copula says of the speaker before a colon ("was blunt:
    “…”") and past the preposition the words hang on ("called for · a pay rise", "warned
    against · hackers", "called on · the mayor to resign") and the "to" of "according to",
    none of which the verb alone says. ``words_start``: where the quote's words start."""
    doc, end = cue.doc, cue.i + 1
    if retort(cue) or (end < len(doc) and doc[end].dep_ == "prt" and doc[end].head.i == cue.i):
        return end + 1
    if cue.lemma_ == "be" and end < len(doc) and doc[end].dep_ == "acomp":
        return end + 1
    if cue.lower_ == "according" and end < len(doc) and doc[end].lower_ == "to":
        return end + 1  # "according" alone says nothing of whose the words are
    if (
        end + 1 < len(doc)
        and doc[end].dep_ == "prep"
        and doc[end].head.i == cue.i
        and doc[end + 1].idx == words_start
    ):
        return end + 1
    return end


_GROUP_DEPS = frozenset(["aux", "auxpass", "neg"])


def _outer_cues_dropped(found: list[_Attribution]) -> list[_Attribution]:
    """Without "declined" when "declined to say" reports the same words through "say"."""
    undoers = {u.i for a in found if a.cue is not None and (u := undone_by(a.cue)) is not None}
    return [a for a in found if a.cue is None or a.cue.i not in undoers]


def _stance(verbs: dict[str, Verb], cue: Token | None) -> Stance | None:
    if cue is None:
        return None
    verb = verbs.get(cue.lemma_.lower())
    if verb is not None:
        guilty = pleads_guilty(cue)
        if guilty is not None:
            # a plea answers a charge: "pleaded guilty" admits it, "not guilty" denies it
            return verbs["admit" if guilty else "deny"].stance
        return verb.stance
    return mind_adjectives().get(cue.lower_) or hearsay().get(cue.lower_)
