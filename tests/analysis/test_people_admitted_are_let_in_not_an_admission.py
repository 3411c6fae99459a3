"""People a school, a hospital or a club admits are let in, no one's words: "admitted girls for
the first time", "admitted patients from three counties", "admitted 40 new members"; a wrong
admitted ("admitted mistakes", "admitted 40 breaches of the rules") is still what the one who
admits it says."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said, words


def test_people_let_in_are_no_quote(analysis_nlp: Language) -> None:
    text = (
        "Grammar school marks its centenary\n\n"
        "The school admitted girls for the first time in 1970. The cottage hospital next door "
        "admitted patients from three counties until it closed. The rowing club admitted 40 "
        "new members last year.\n"
    )
    assert said(text, run(analysis_nlp, text)) == []


def test_a_wrong_admitted_is_still_reported(analysis_nlp: Language) -> None:
    text = (
        "Council apologises over bin rounds\n\n"
        "The council leader admitted mistakes in the rollout of the new rounds. The "
        "contractor admitted 40 breaches of its contract.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [
        ("The council leader", "admitted", "mistakes in the rollout of the new rounds"),
        ("The contractor", "admitted", "40 breaches of its contract"),
    ]
