"""A verb of praise, blame or endorsement with a name alone for its object takes a side on
whom it names: "Cruz endorsed Trump" reports "Trump", as "endorsed the senator" reports "the
senator", and so does its passive, "Trump was endorsed by Cruz". A name alone told or asked is
no one's words ("told Reuters", "asked Delgado"), nor one backed or attacked, which may be a
firm funded or an enemy struck ("the fund backed Tesla", "the army attacked Hezbollah")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Endorsements roll in\n\nThe race for the Senate seat tightened on Friday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "reported"),
    [
        ("Senator Ruth Palmer has endorsed Delgado.", "Ruth Palmer", "endorsed", "Delgado"),
        ("The union's leader, Sam Okafor, praised Delgado.", "Sam Okafor", "praised", "Delgado"),
        ("The Herald criticised Delgado on Sunday.", "Herald", "criticised", "Delgado"),
        ("Delgado was endorsed by Senator Ruth Palmer.", "Ruth Palmer", "endorsed", "Delgado"),
    ],
)
def test_the_name_is_what_the_side_is_taken_on(
    analysis_nlp: Language, sentence: str, speaker: str, cue: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert (speaker, cue, reported) in said(text, result)


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ruth Palmer told Reuters.",
        "Senator Ruth Palmer asked Delgado.",
        "The fund backed Tesla in 2019.",
        "The army attacked Hezbollah on Sunday.",
    ],
)
def test_a_name_told_asked_backed_or_struck_is_no_ones_words(
    analysis_nlp: Language, sentence: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline: the parse hangs "with meningitis" on the verb, past when it was
        (
            "Ombudsman criticises clinic after death of toddler with meningitis\n\n"
            "The clinic closed in May.\n",
            [],
        ),
        # near miss: whom the side is taken on, without when
        (
            "Clinic closes\n\nThe mayor criticised the hospital after the death of a boy.\n",
            [("The mayor", "criticised", "the hospital")],
        ),
    ],
)
def test_what_follows_when_the_side_was_taken_is_not_the_words(
    analysis_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert said(text, run_with_text(analysis_nlp, text)[1]) == expected
