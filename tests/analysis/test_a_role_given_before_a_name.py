"""A role written before a person's name ("The head of the county's health board, Dr Priya
Nair", "A GP, Ravi Mehta") is that person's: the name is the speaker, whatever the recogniser
took the role for, and a later "the board's head" or "the GP" is the same person."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers, run, words

_HEADLINE = "Hospital waiting lists grow\n\n"


def test_the_bodys_head_later_is_the_head_named_before(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "The head of the county's health board, Dr Priya Nair, said waiting times had "
        "doubled. The board's head said extra staff would be hired. The head of the board "
        "said nurses were tired.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Priya Nair"] * 3


def test_a_role_run_into_a_titled_name_is_a_person(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "The head of the county's health board Dr Priya Nair said waiting times had doubled. "
        "The health board head said extra staff would be hired.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Priya Nair", "Priya Nair"]
    assert [(s.name, s.kind) for s in result.speakers] == [("Priya Nair", "person")]


def test_a_bodys_role_with_no_one_named_so_is_its_own_speaker(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "Dr Priya Nair, a consultant, said waiting times had doubled. The board's head said "
        "extra staff would be hired.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Priya Nair", "The board's head"]


def test_according_to_a_role_then_a_name_is_the_name(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "Waiting times have doubled, according to the head of the county's health board, "
        "Dr Priya Nair.\n"
    )
    result = run(analysis_nlp, text)
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [
        ("Priya Nair", "Waiting times have doubled")
    ]


def test_according_to_a_role_then_a_name_opening_the_sentence_is_the_name(
    analysis_nlp: Language,
) -> None:
    text = _HEADLINE + (
        "Nurses are leaving the county's wards. According to the union's regional officer, "
        "Dr Priya Nair, morale has never been lower.\n"
    )
    result = run(analysis_nlp, text)
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [
        ("Priya Nair", "morale has never been lower")
    ]
    # A name the words go on to tell of is theirs, not the source's.
    text = _HEADLINE + "According to the coroner, Mark Hale, 45, died of his injuries.\n"
    assert quote_speakers(analysis_nlp, text) == ["the coroner"]


def test_a_name_after_a_role_set_in_the_sentence_or_described_is_the_source(
    analysis_nlp: Language,
) -> None:
    for line, said in (
        (
            "Morale on the wards, according to the union's regional officer, Dr Priya Nair, "
            "has never been lower.",
            "Morale on the wards | has never been lower",
        ),
        (
            "According to the union's regional officer, Dr Priya Nair, who has worked there "
            "for a decade, morale has never been lower.",
            "morale has never been lower",
        ),
    ):
        text = _HEADLINE + line + "\n"
        result = run(analysis_nlp, text)
        assert [(q.speaker, words(text, q)) for q in result.quotes] == [("Priya Nair", said)]


def test_a_gp_with_a_name_beside_it_is_that_person(analysis_nlp: Language) -> None:
    text = (
        "Surgeries under strain\n\n"
        "A GP, Ravi Mehta, said patients were waiting three weeks. One GP, Ravi Mehta, said "
        "it was not sustainable. The GP said more doctors were needed.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Ravi Mehta"] * 3
    assert [(s.name, s.kind) for s in result.speakers] == [("Ravi Mehta", "person")]
