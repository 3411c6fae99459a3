"""Whom a warning is given to is no part of it: "warned the council about a blocked culvert"
warns of the culvert, as "warns on rising prices" does; "tell the truth about things" tells
the truth, no one."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_the_council_warned_is_not_the_warning(analysis_nlp: Language) -> None:
    text = "Residents had warned the council about a blocked culvert for months.\n"
    [(speaker, cue, words)] = said(text, run(analysis_nlp, text))
    assert (speaker, cue) == ("Residents", "warned")
    assert words.startswith("a blocked culvert")


def test_the_truth_told_is_no_one_told(analysis_nlp: Language) -> None:
    text = "Hale needs to tell the truth about the contracts.\n"
    assert [w for _, _, w in said(text, run(analysis_nlp, text))] == [
        "the truth about the contracts"
    ]
