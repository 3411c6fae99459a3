"""Whom "said one" or "another added" is one of: the people named just before ("Former staff
told the paper …"), so that the speaker reads "one of the former staff", not "one"."""

from __future__ import annotations

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.kinds import _people_opening
from newslens.analysis.speakers.phrases import Mention
from newslens.analysis.speakers.roles import person_word
from newslens.analysis.speakers.words import _COLLECTIVE_NOUNS, _ONES_OF_A_GROUP
from newslens.analysis.syntax.text import words_text


def _one_of_a_group(mention: Mention, before: list[Mention]) -> None:
    """Name "one" or "another", a speaker phrase alone, as one of the people that the nearest
    group of people before it (``before``, in text order) names, in its sentence or the one
    before; leave it as it is when there is none."""
    head = mention.head
    if head.lower_ not in _ONES_OF_A_GROUP or mention.name.lower() != head.lower_:
        return
    shown = _group_just_before(mention, before)
    if shown is None:
        return
    mention.name = f"{head.lower_} of the {shown}"
    mention.key = mention.name.lower()
    mention.kind, mention.resolved = SpeakerKind.PERSON, True


def _group_just_before(mention: Mention, before: list[Mention]) -> str | None:
    """The group of people named in the sentence of "one" or the one before, as "one of the
    …" would show it; or the group that the "one" just before was one of ("said one. Another
    added …")."""
    last = before[-1] if before else None
    if last is not None and last.head.lower_ in _ONES_OF_A_GROUP and " of the " in last.name:
        return last.name.split(" of the ", 1)[1]
    sentence = mention.head.sent
    opening = sentence.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    group = next((c for c in reversed(before) if _people(c)), None)
    if group is None or group.head.i < opening:
        return None
    phrase = group.head.doc.char_span(*group.span, alignment_mode="expand")
    if phrase is None:
        return None
    # "Some nurses", "the residents": their words after the determiner, the capital of the
    # sentence's first word dropped ("Former staff"), a name's kept ("British nurses")
    first = next((t for t in phrase if t.pos_ != "DET" and not t.is_space), phrase[0])
    words = words_text(phrase.doc, first.i, phrase.end).strip(" ,")
    capital = first.is_sent_start and (
        _people_opening(first) or (first.pos_ != "PROPN" and not first.ent_type_)
    )
    return words[:1].lower() + words[1:] if capital else words


def _people(mention: Mention) -> bool:
    """Whether a mention names people of a kind: "Former staff", "Some nurses", "Victims"
    opening a sentence, whatever name the tagger took the capital for."""
    head = mention.head
    noun = head.pos_ == "NOUN" and (
        (head.tag_ == "NNS" and person_word(head)) or head.lower_ in _COLLECTIVE_NOUNS
    )
    return mention.kind is SpeakerKind.GROUP and (noun or _people_opening(head))
