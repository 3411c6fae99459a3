"""A full name the recogniser took for a body is a person's when a noun only a person is
stands beside it ("the foreign minister of Valdoria, Inés Carvajal") or when the story calls
a person by its surname ("Holt, 38, said …" after "starring Maren Holt"): one speaker, a
person, not a body and a second speaker. So is a surname taken for a body that the story
writes after a given name ("Doherty said" after "Liam Doherty's header"), whom a "he" then
stands for; a body the story never writes so stays one."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run, said


def _speakers(nlp: Language, text: str) -> list[tuple[str, SpeakerKind]]:
    return [(s.name, s.kind) for s in run(nlp, text).speakers]


def test_a_name_beside_a_ministers_role_is_a_person(analysis_nlp: Language) -> None:
    speakers = _speakers(
        analysis_nlp,
        "Council urged to act\n\n"
        "At the United Nations, the foreign minister of Valdoria, Inés Carvajal, whose "
        "country chairs the council this month, called for an immediate halt to the "
        "fighting.\n\n"
        "\u201cEvery hour we wait is paid for in lives,\u201d Carvajal said in Spanish.\n",
    )
    assert speakers == [("Inés Carvajal", SpeakerKind.PERSON)]


def test_a_name_whose_surname_a_person_bears_is_a_person(analysis_nlp: Language) -> None:
    speakers = _speakers(
        analysis_nlp,
        "'Glass Harbour' sails to $142.5 million debut as Maren Holt hails 'a miracle'\n\n"
        "The thriller starring Maren Holt and Isaac Ferrante topped the box office.\n\n"
        "Holt, 38, said making the film had been the hardest job of her career.\n",
    )
    assert speakers == [("Maren Holt", SpeakerKind.PERSON)]


def test_a_surname_the_story_writes_after_a_given_name_is_a_person(
    analysis_nlp: Language,
) -> None:
    text = (
        "Rovers beat Town\n\n"
        "Castleford had taken the lead through Liam Doherty's header after 23 minutes.\n\n"
        "Doherty said the dressing room was gutted. He added that the side needed to learn "
        "how to close out games.\n"
    )
    heard = [(s, w) for s, _, w in said(text, run(analysis_nlp, text))]
    assert heard == [
        ("Doherty", "the dressing room was gutted"),
        ("Doherty", "that the side needed to learn how to close out games"),
    ]
    assert ("Doherty", SpeakerKind.PERSON) in _speakers(analysis_nlp, text)


def test_a_body_never_written_after_a_given_name_stays_a_body(analysis_nlp: Language) -> None:
    speakers = _speakers(
        analysis_nlp,
        "Talks to resume\n\nTalks broke down on Friday. Unison said the two sides would meet "
        "again on Monday. Grace Lee, a shop worker, said staff were worried.\n",
    )
    assert speakers == [("Unison", SpeakerKind.ORGANISATION), ("Grace Lee", SpeakerKind.PERSON)]


def test_a_name_beside_a_directors_role_is_the_he_who_speaks_next(analysis_nlp: Language) -> None:
    text = (
        "Play opens\n\n"
        "\u201cThat was a lie,\u201d Rahman says.\n\n"
        "The director, Femi Adeyemi, said he had known that the play was different.\n\n"
        "\u201cThis one is quiet,\u201d he said.\n"
    )
    heard = [(s, w) for s, _, w in said(text, run(analysis_nlp, text))]
    assert heard[-1] == ("Femi Adeyemi", "\u201cThis one is quiet,\u201d")
    assert ("Femi Adeyemi", SpeakerKind.PERSON) in _speakers(analysis_nlp, text)


def test_a_firm_beside_a_managers_role_stays_a_body(analysis_nlp: Language) -> None:
    speakers = _speakers(
        analysis_nlp,
        "Shares fall\n\nThe fund manager, Legal & General, said it had sold its shares.\n",
    )
    assert speakers == [("Legal & General", SpeakerKind.ORGANISATION)]
