"""Another's report closing the words after "with" (:func:`before_a_report_with`): "announced
a relief package, with the mayor saying no farmer would be left behind" announced the package,
and the rest is the mayor's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicons

if TYPE_CHECKING:
    from spacy.tokens import Token


# What may stand between "with" and the participle of the report it brings in: its speaker's
# name or description ("with the prime minister's official spokesman repeatedly telling").
_SPEAKERS_WORDS = frozenset(["DET", "PROPN", "NOUN", "ADJ", "ADV", "PART", "NUM"])


def before_a_report_with(cue: Token, end: int) -> int:
    """``end``, or the comma before a ", with X saying …" among the cue's words: "announced a
    relief package for farmers, with Mayor Ann Cole saying no farmer would be left behind" —
    what the mayor said is hers, and the package is all that was announced ("said the bridge
    would reopen, with work starting next week" reports no one else)."""
    doc = cue.doc
    for with_ in doc[cue.i + 2 : end]:
        if with_.lower_ == "with" and doc[with_.i - 1].text == "," and _brings_in_a_report(with_):
            return with_.i - 1
    return end


def _brings_in_a_report(with_: Token) -> bool:
    """Whether "with" brings in someone's report: a speaker, then a reporting participle."""
    verbs = lexicons()[0]
    for word in with_.doc[with_.i + 1 : with_.sent.end]:
        if word.tag_ == "VBG" and word.i > with_.i + 1:
            return word.lemma_.lower() in verbs
        if word.pos_ not in _SPEAKERS_WORDS:
            return False
    return False
