"""A person showing an emotion or a state ("showed no emotion", "showed little interest")
says nothing; what figures or a poll show is reported, and so is what someone showed to be
so, a clause."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def _said(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return said(text, run(nlp, text))


def test_a_person_showing_no_emotion_is_no_quote(analysis_nlp: Language) -> None:
    text = (
        "Courier jailed\n\n"
        "Dunmore showed no emotion as the verdict was read. She showed little interest in "
        "the crowd outside.\n"
    )
    assert _said(analysis_nlp, text) == []


def test_what_figures_show_is_still_reported(analysis_nlp: Language) -> None:
    text = "Prices climb\n\nOfficial figures showed a sharp rise in food prices.\n"
    assert _said(analysis_nlp, text) == [
        ("Official figures", "showed", "a sharp rise in food prices")
    ]


def test_what_a_person_showed_to_be_so_is_still_reported(analysis_nlp: Language) -> None:
    text = "Test was flawed\n\nDr Amy Chen showed that the test had been run too early.\n"
    assert [who for who, _, _ in _said(analysis_nlp, text)] == ["Amy Chen"]


def test_what_a_poll_shows_in_a_headline_is_still_reported(analysis_nlp: Language) -> None:
    text = "New Poll Shows Late Swing To Greens\n\nVoters have moved in the last week.\n"
    assert [cue for _, cue, _ in _said(analysis_nlp, text)] == ["Shows"]
