"""A speaker called "one" or "another" after people named just before is one of those people
('"…," said one' after "Former staff said …" is "one of the former staff"), a person, and
"another" someone else of them; never a bare "one" of no kind."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run


def test_one_and_another_of_the_people_named_before(analysis_nlp: Language) -> None:
    text = (
        "Factory shuts\n\n"
        "Former workers said they had been told by text message. "
        '"I heard it from a friend," said one. "Nobody warned us," another added.\n'
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes][-2:] == [
        "one of the former workers",
        "another of the former workers",
    ]
    kinds = {s.name: s.kind.value for s in result.speakers}
    assert kinds["one of the former workers"] == "person"
    assert kinds["another of the former workers"] == "person"


def test_one_of_the_people_told_of_opening_a_sentence(analysis_nlp: Language) -> None:
    text = (
        'Waiting lists\n\nVictims told the BBC they had waited months. "It was awful," said one.\n'
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == [
        "Victims",
        "one of the victims",
    ]


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        # a thing that bears the words, counted: the banner, not "one" of the farmers
        ('"We will not die quietly," read one banner.', "one banner"),
        ('"No farmers, no food," read one sign, held by a girl.', "one sign"),
        # near miss: one of the people named, after the verb
        ('"We are the last generation," said one of the farmers.', "one of the farmers"),
    ],
)
def test_one_banner_is_the_banner(analysis_nlp: Language, words: str, speaker: str) -> None:
    text = f"Farmers protest\n\nThousands of farmers marched through Lyon.\n\n{words}\n"
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == [speaker]
