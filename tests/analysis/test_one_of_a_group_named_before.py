"""A speaker called "one" or "another" after people named just before is one of those people
('"…," said one' after "Former staff said …" is "one of the former staff"), a person, and
"another" someone else of them; never a bare "one" of no kind."""

from __future__ import annotations

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
