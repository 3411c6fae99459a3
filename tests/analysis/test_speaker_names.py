"""Speakers' names as papers beyond the US write them: titles, offices, honorifics."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from newslens.analysis.pipeline import analyze
from newslens.article import Article
from tests.analysis.helpers import quote_speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister of Health Stephen Donnelly said the plan was ready.", "Stephen Donnelly"),
        ("Minister for Health Stephen Donnelly said the plan was ready.", "Stephen Donnelly"),
        ("Local TD Verona Murphy-Kehoe said the road was dangerous.", "Verona Murphy-Kehoe"),
        ("Mr Cliff Ombeta-Njoroge told the court his client was innocent.", "Cliff Ombeta-Njoroge"),
        ("Transport Minister Tmt. R. Lakshmi said new buses would arrive.", "R. Lakshmi"),
        ("Managing Director Shri Vikram Agarwal said profits rose.", "Vikram Agarwal"),
        ("Hon. Aden Duale said the budget was balanced.", "Aden Duale"),
        ("Farmer Joseph Kiprop said prices had fallen.", "Joseph Kiprop"),
        ("Russian President Vladimir Putin said the war would go on.", "Vladimir Putin"),
        ("Wells Fargo CEO John Stumpf said the bank was sorry.", "John Stumpf"),
        ("Chief Financial Officer Peter Lindqvist said revenue rose.", "Peter Lindqvist"),
        ("Opener Arjun Ravindra said the pitch was good.", "Arjun Ravindra"),
        ("Jacinta Allan said 200 firefighters were at the scene.", "Jacinta Allan"),
        ("Nurse Obi Adeyemi said the ward was full.", "Obi Adeyemi"),
    ],
)
def test_the_speaker_is_the_persons_name_without_titles_or_offices(
    analysis_nlp: Language, text: str, name: str
) -> None:
    [speaker] = analyze(Article(text=text), nlp=analysis_nlp).speakers
    assert (speaker.name, speaker.kind) == (name, SpeakerKind.PERSON)


def test_a_councillors_title_joins_the_name_given_before(analysis_nlp: Language) -> None:
    text = 'Lismore mayor Steve Cole said the levee held. "We were lucky," Cr Cole said.'
    [speaker] = analyze(Article(text=text), nlp=analysis_nlp).speakers
    assert (speaker.name, speaker.quote_count) == ("Steve Cole", 2)


def test_a_bodys_person_named_beside_it_is_the_speaker(analysis_nlp: Language) -> None:
    text = (
        "The shadow chancellor, Oliver Kent, says it is “a budget of smoke and mirrors”. "
        "The Institute for Fiscal Studies director, Paul Hendry, tells us the numbers "
        "“don't add up”. He says borrowing will be £8bn higher than forecast."
    )
    quotes = analyze(Article(text=text), nlp=analysis_nlp).quotes
    assert [q.speaker for q in quotes] == ["Oliver Kent", "Paul Hendry", "Paul Hendry"]


@pytest.mark.parametrize(
    "text",
    [
        'Lindgren was gracious in defeat. "He was the better player today," the Swede said.',
        # nationalities the recogniser misses or takes for a name
        "Tennis\n\nHart beat Marta Lindgren.\n\nLindgren served for the match.\n\n"
        '"I got tight," the Pole admitted afterwards.',
        "Tennis\n\nHart beat Marta Lindgren.\n\nLindgren served for the match.\n\n"
        '"I got tight," the Briton admitted afterwards.',
    ],
)
def test_a_nationality_stands_for_the_player_named_before(
    analysis_nlp: Language, text: str
) -> None:
    [quote] = analyze(Article(text=text), nlp=analysis_nlp).quotes
    assert quote.speaker in ("Lindgren", "Marta Lindgren")


def test_a_nations_people_speak_as_a_group(analysis_nlp: Language) -> None:
    text = "Talks stall\n\nThe Poles said they would not sign the treaty.\n"
    [speaker] = analyze(Article(text=text), nlp=analysis_nlp).speakers
    assert speaker.name == "Poles"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Workplace Health and Safety Queensland said it was investigating.",
            "Workplace Health and Safety Queensland",
        ),
        ("Barnes & Noble said sales had fallen.", "Barnes & Noble"),
    ],
)
def test_a_bodys_name_with_and_in_it_is_one_speaker(
    analysis_nlp: Language, text: str, name: str
) -> None:
    [speaker] = analyze(Article(text=text), nlp=analysis_nlp).speakers
    assert speaker.name == name


def test_a_given_name_alone_is_the_one_person_of_that_name(analysis_nlp: Language) -> None:
    text = "Jade Kinsella has split from her fiance. Jade wrote: ‘I am OK.’"
    assert quote_speakers(analysis_nlp, text) == ["Jade Kinsella"]


def test_an_office_with_a_capital_is_the_person_named_before(analysis_nlp: Language) -> None:
    text = (
        "Jacinta Allan said 200 firefighters were at the scene. "
        "The Premier said payments would start on Monday."
    )
    assert quote_speakers(analysis_nlp, text) == ["Jacinta Allan", "Jacinta Allan"]


def test_he_after_a_husband_and_wife_of_one_surname_is_not_left_unknown(
    analysis_nlp: Language,
) -> None:
    text = 'Mrs Crane was confused, Mr Crane said. "She was not perfect," he said.'
    assert quote_speakers(analysis_nlp, text) == ["Mr Crane", "Mr Crane"]


def test_a_firm_called_without_plc_is_the_firm(analysis_nlp: Language) -> None:
    text = "Corvane Plc reported a rise in profit. Corvane said it would cut its dividend."
    [speaker] = analyze(Article(text=text), nlp=analysis_nlp).speakers
    assert (speaker.name, speaker.kind) == ("Corvane Plc", SpeakerKind.ORGANISATION)


def test_a_name_given_a_bodys_noun_is_an_organisation(analysis_nlp: Language) -> None:
    text = "Budget airline Ryanair said fares would rise."
    [speaker] = analyze(Article(text=text), nlp=analysis_nlp).speakers
    assert (speaker.name, speaker.kind) == ("Ryanair", SpeakerKind.ORGANISATION)


def test_a_time_hung_on_the_speaker_is_no_part_of_the_name(analysis_nlp: Language) -> None:
    text = "Harbourside commuters on Monday criticised the fare rise."
    assert quote_speakers(analysis_nlp, text) == ["Harbourside commuters"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's noun capitalised where no sentence starts is part of the name it opens
        ('"Riders deserve the same protection as other workers," said Rider Pay.', "Rider Pay"),
        # near miss: opening its sentence, the noun may be a title before one name
        ("Striker Kane said the team had played well.", "Kane"),
    ],
)
def test_a_persons_noun_before_one_name_mid_sentence_is_part_of_it(
    analysis_nlp: Language, text: str, name: str
) -> None:
    [speaker] = analyze(Article(text=text), nlp=analysis_nlp).speakers
    assert speaker.name == name
