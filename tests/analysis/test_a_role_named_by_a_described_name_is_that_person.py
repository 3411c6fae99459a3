"""A role whose name is given with a description ("Her lawyer, the veteran barrister John
Smith", "His guest, the actress and activist Lena Brook") is the person named: the speaker is
"John Smith", one speaker with a later "Smith", "the lawyer" or "she", as "Her lawyer, John Smith"
is; so is one described by two nouns under one "the" ("Her agent, the writer and producer Mia
Ford"). Several people beside a plural role stay a group."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers, run

_HEADLINE = "Fraud case goes to appeal\n\n"


def test_a_described_name_beside_a_role_is_the_speaker(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "Her lawyer, the veteran barrister John Smith, said the case was weak. "
        '"We will win," Smith added.\n\n'
        "His doctor, the surgeon Mara Quint, said the patient was stable.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["John Smith", "John Smith", "Mara Quint"]
    assert [s.name for s in result.speakers] == ["John Smith", "Mara Quint"]


def test_the_role_later_is_the_person_named_with_a_description(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "Her lawyer, the veteran barrister John Smith, said the case was weak. A police "
        "officer, Paul Dunn, said the file was ready. The lawyer said an appeal would follow.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["John Smith", "Paul Dunn", "John Smith"]


def test_she_after_a_role_described_twice_is_the_person_named(analysis_nlp: Language) -> None:
    text = (
        "Equal pay bill stalls\n\n"
        "His guest, the actress and activist Lena Brook, was emotional as she said the bill "
        "must pass. A critic, Ann Webb, said it cost too much. A viewer, Tom Hale, said he "
        "agreed. The actress said the cost was small.\n\n"
        "His guests, the actress Lena Brook and the singer Tom Hale, said the vote was near.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Lena Brook",
        "Ann Webb",
        "Tom Hale",
        "Lena Brook",
        "His guests, the actress Lena Brook and the singer Tom Hale",
    ]


def test_a_role_described_by_two_nouns_under_one_the_is_the_person_named(
    analysis_nlp: Language,
) -> None:
    text = (
        "Book deal signed\n\n"
        'Talks with the publisher broke down on Monday. "We will not sign," the author said.\n\n'
        "Her agent, the writer and producer Mia Ford, said the deal was fair. His manager, "
        "the singer and songwriter Jo Hart, said the price was right.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["the author", "Mia Ford", "Jo Hart"]
    assert [(s.name, s.kind.value) for s in result.speakers][1:] == [
        ("Mia Ford", "person"),
        ("Jo Hart", "person"),
    ]
