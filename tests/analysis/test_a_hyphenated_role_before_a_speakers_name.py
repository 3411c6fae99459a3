"""A role written with a hyphen before the name after "said" ("said co-author Dr Ben Hale",
"said vice-president Ann Lee") is no speaker of its own: the name is."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_name_after_a_hyphenated_role_speaks(analysis_nlp: Language) -> None:
    for role, name in (
        ("co-author Dr Ben Hale", "Ben Hale"),
        ("vice-president Ann Lee", "Ann Lee"),
        ("co-founder Tom Reid", "Tom Reid"),
        ("co-author Dr. Ben Hale", "Ben Hale"),
    ):
        text = f'Walking study\n\n"More work is needed," said {role}.\n'
        assert [q.speaker for q in run(analysis_nlp, text).quotes] == [name], role


def test_a_hyphenated_role_opening_the_sentence_is_no_speaker(analysis_nlp: Language) -> None:
    text = "Walking study\n\nCo-author Ben Hale said more work was needed.\n"
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Ben Hale"]
