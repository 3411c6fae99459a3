"""A phrase that says when, between a quote and its cue, names no one: in '"…" -- and, when
questioned after the hearing, asserting, "…"' the hearing asserts nothing."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_the_hearing_is_not_the_speaker(analysis_nlp: Language) -> None:
    text = (
        'Fine row\n\nMr. Hale brushed off the charge as a joke -- "That makes me popular" -- and, '
        'when questioned after the hearing, asserting, "Of course I paid the fine."\n'
    )
    quotes = [q for q in run(analysis_nlp, text).quotes if q.cue == "asserting"]
    assert [words(text, q) for q in quotes] == ['"Of course I paid the fine."']
    assert "the hearing" not in [q.speaker for q in quotes]
