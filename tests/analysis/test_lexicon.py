"""The reporting-verb lexicon is data: it loads, and its stances are the documented ones."""

from __future__ import annotations

from newslens.analysis.lexicon import lexicons
from newslens.analysis.model import Stance


def test_stances_of_the_verbs_the_reader_shows() -> None:
    verbs, _ = lexicons()
    expected = {
        "say": Stance.NEUTRAL,
        "insist": Stance.ASSERTIVE,
        "claim": Stance.DISTANCING,
        "admit": Stance.CONCESSIVE,
        "hint": Stance.TENTATIVE,
    }
    assert {lemma: verbs[lemma].stance for lemma in expected} == expected


def test_frames_and_nouns() -> None:
    verbs, nouns = lexicons()
    assert not verbs["say"].reports_object  # "said nothing" reports nothing
    assert verbs["cite"].reports_object  # "cited the figures" reports them
    assert nouns["claim"] is Stance.DISTANCING
