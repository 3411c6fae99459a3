"""Declaring force majeure, bankruptcy, a state of emergency or a dividend is an act, not
words; "declared that …" and "declared the vote a sham" report what was declared."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def cues(analysis_nlp: Language, text: str) -> list[str | None]:
    return [q.cue for q in run(analysis_nlp, text).quotes]


def test_declaring_force_majeure_reports_no_words(analysis_nlp: Language) -> None:
    text = (
        "Pellan Tin said on Monday that output had halted. The company has declared force "
        "majeure on its exports, according to three traders who follow the market.\n"
    )
    assert "declared" not in cues(analysis_nlp, text)


def test_declaring_bankruptcy_or_an_emergency_reports_no_words(analysis_nlp: Language) -> None:
    for text in (
        "The retailer declared bankruptcy last spring after years of losses.\n",
        "The governor declared a state of emergency in three coastal counties.\n",
        "The board declared a special dividend of 40 cents a share.\n",
    ):
        assert cues(analysis_nlp, text) == [], text


def test_declaring_what_is_so_is_reported(analysis_nlp: Language) -> None:
    assert cues(analysis_nlp, "The mayor declared that the bridge was safe.\n") == ["declared"]
    assert cues(analysis_nlp, "The opposition leader declared the vote a sham.\n") == ["declared"]
