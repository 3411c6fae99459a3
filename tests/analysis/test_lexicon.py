"""The reporting-verb lexicon is data: it loads, and its stances are the documented ones."""

from __future__ import annotations

from newslens.analysis.lexicon import lexicons, mind_nouns, withheld
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


def test_each_lemma_is_listed_once_per_part_of_speech() -> None:
    from importlib.resources import files

    text = files("newslens.analysis").joinpath("reporting_verbs.txt").read_text("utf-8")
    entries = [line.split() for line in text.splitlines() if line.strip() and line[0] != "#"]
    # "term" is a verb ("termed it …") and a noun of words ("the term “…”").
    keys = [(lemma, frame in ("noun", "words")) for lemma, _, frame, *_ in entries]
    assert len(keys) == len(set(keys))
    verbs, _ = lexicons()
    assert verbs["term"].names


def test_marks_of_belief_and_words_kept_back() -> None:
    verbs, nouns = lexicons()
    assert verbs["expect"].mind and verbs["show"].mind  # "said the firm expects …" is said
    assert not verbs["say"].mind and not verbs["tell"].mind
    assert "plan" in mind_nouns() and "claim" not in mind_nouns() and "plan" in nouns
    # "declined to elaborate" keeps words back; "elaborate" is no reporting verb of its own
    assert {"elaborate", "comment"} <= withheld() and "elaborate" not in verbs
    assert "pay" not in withheld()
