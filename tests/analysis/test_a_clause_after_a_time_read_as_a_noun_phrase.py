"""A reported clause after a phrase of time, its verb taken for a word describing its object
("said on Monday it had parted company with its coach", parsed as "said … company"), is still
what was said."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_a_club_said_on_monday_it_had_parted_company(analysis_nlp: Language) -> None:
    text = (
        "Coach leaves Kenwick\n\nKenwick Rovers said on Monday it had parted company with "
        "its coach.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        ("Kenwick Rovers", "said", "it had parted company with its coach")
    ]
