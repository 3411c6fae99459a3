""" "Ortiz, Lee's rival in the coming election, called Friday for …" may be parsed as an
election called Friday: the one the aside describes calls, for what follows the day, not an
earlier paragraph's speaker or no one. "called Friday for a recount" reports the recount, not
the day."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Bridge row\n\n"


def test_the_one_described_calls_for_what_follows_the_day(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Mayor Ann Lee said the bridge was safe.\n\n"
        "State Treasurer Dan Ortiz, Lee's rival in the coming election, called Friday for "
        "closing the bridge.\n",
    )
    assert ("Treasurer Dan Ortiz", "called", "closing the bridge") in said(text, result)


def test_with_a_participle_after_it_too(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Mayor Ann Lee said the bridge was safe. State Treasurer Dan Ortiz (D), Lee's "
        "rival in the coming mayoral election, called Friday for closing the bridge, saying "
        "that safety came first.\n",
    )
    assert ("Treasurer Dan Ortiz", "called", "closing the bridge") in said(text, result)


def test_the_day_is_no_part_of_what_is_called_for(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}State Treasurer Dan Ortiz called Friday for closing the bridge.\n"
    )
    assert [r for _, c, r in said(text, result) if c == "called"] == ["closing the bridge"]
