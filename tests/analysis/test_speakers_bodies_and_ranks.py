"""Speakers named the way sport and business pages name them: a player's ranking, a body
with its description ("grid operator E-Redes", "Regulator Ofgem"), an office with a capital."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import quote_speakers, run


def speakers(analysis_nlp: Language, text: str) -> list[tuple[str, SpeakerKind]]:
    return [(s.name, s.kind) for s in run(analysis_nlp, text).speakers]


@pytest.mark.parametrize(
    "text",
    [
        '"It was a long day," said world No. 54 Kessler.',
        'The world number 54, Kessler, said: "It was a long day."',
    ],
)
def test_a_ranked_player_is_a_person_without_the_ranking(analysis_nlp: Language, text: str) -> None:
    assert speakers(analysis_nlp, text) == [("Kessler", SpeakerKind.PERSON)]


def test_a_ranking_before_a_surname_joins_the_player_named_before(
    analysis_nlp: Language,
) -> None:
    text = (
        "Tomas Kessler reached the last eight on Tuesday. "
        '"I served well," said world No. 54 Kessler.'
    )
    assert speakers(analysis_nlp, text) == [("Tomas Kessler", SpeakerKind.PERSON)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Bills will rise in May," grid operator E-Redes said on Monday.', "E-Redes"),
        ("Grid operator E-Redes said on Monday that power was back.", "E-Redes"),
        ('"Shoppers deserve better," Consumer group Which? said.', "Which?"),
        ("The consumer group Which? said the new tariffs were confusing.", "Which?"),
        ('"The cap will fall," Regulator Ofgem said in a statement.', "Ofgem"),
        ("Watchdog Ofcom said the rules would change.", "Ofcom"),
    ],
)
def test_a_body_given_its_description_is_the_organisation(
    analysis_nlp: Language, text: str, name: str
) -> None:
    assert speakers(analysis_nlp, text) == [(name, SpeakerKind.ORGANISATION)]


def test_the_taoiseach_is_the_taoiseach_named_before(analysis_nlp: Language) -> None:
    text = (
        "Taoiseach Micheál Martin spoke at the summit in Brussels on Friday. "
        '"We must protect the single market," the Taoiseach said.'
    )
    assert quote_speakers(analysis_nlp, text) == ["Micheál Martin"]


def test_a_ranking_alone_is_the_player_named_before(analysis_nlp: Language) -> None:
    text = (
        "World No 12 Chen Yufei lost in straight sets. "
        '"I was tired," the world No 12 said. '
        '"It hurts," said world No 3 Kessler after the match.'
    )
    assert quote_speakers(analysis_nlp, text) == ["Chen Yufei", "Kessler"]


def test_a_body_named_as_a_question_is_one_speaker(analysis_nlp: Language) -> None:
    text = (
        "Consumer group Which? said shoppers should check their fridges. "
        '"Recalls like this are far too common," Which? said.'
    )
    assert speakers(analysis_nlp, text) == [("Which?", SpeakerKind.ORGANISATION)]


def test_an_anonymous_diplomat_is_a_person(analysis_nlp: Language) -> None:
    text = "A senior European diplomat said the talks could collapse within weeks."
    assert speakers(analysis_nlp, text) == [("A senior European diplomat", SpeakerKind.PERSON)]
