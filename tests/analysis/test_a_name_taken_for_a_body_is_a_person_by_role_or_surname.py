"""A full name the recogniser took for a body is a person's when a noun only a person is
stands beside it ("the foreign minister of Valdoria, Inés Carvajal") or when the story calls
a person by its surname ("Holt, 38, said …" after "starring Maren Holt"): one speaker, a
person, not a body and a second speaker."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


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
