"""British titles before a name ("Sir Keith", "Rev Hollis"), players' positions as role
nouns, and a family sharing a surname."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_sir_or_dame_and_a_given_name_is_the_one_named_in_full(analysis_nlp: Language) -> None:
    text = (
        'Sir Keith Arundel said £200,000 had been raised. "We are halfway there," Sir Keith said.'
    )
    assert quote_speakers(analysis_nlp, text) == ["Keith Arundel", "Keith Arundel"]


def test_the_rev_and_a_surname_is_the_vicar_named_before(analysis_nlp: Language) -> None:
    text = (
        "The Rev Andrew Hollis said the roof would be mended by summer. "
        '"The village has been wonderful," Rev Hollis said.'
    )
    assert quote_speakers(analysis_nlp, text) == ["Andrew Hollis", "Andrew Hollis"]


def test_the_striker_is_the_one_called_a_striker(analysis_nlp: Language) -> None:
    text = (
        "Manager Declan Keogh said his side had been unlucky. "
        "Striker Aaron Doherty said the team would recover. "
        '"We go again on Monday," the striker said.'
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Aaron Doherty"


def test_ms_and_a_shared_surname_is_the_woman_of_the_family(analysis_nlp: Language) -> None:
    text = (
        "Anna Berg and Erik Berg, sister and brother, both reached the final. "
        '"It is a dream," Anna Berg said. "We still have to win," Erik Berg said. '
        '"I get too nervous," Ms Berg said.'
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Anna Berg"


def test_the_player_called_by_age_is_the_one_named_before(analysis_nlp: Language) -> None:
    text = (
        "Goalkeeper Kieran Walsh made six saves on Friday. "
        '"The lads in front of me were brilliant," the 34-year-old said.'
    )
    assert quote_speakers(analysis_nlp, text) == ["Kieran Walsh"]


def test_mrs_is_the_wife_whatever_the_daughter_said_in_two_quotes(
    analysis_nlp: Language,
) -> None:
    text = (
        "Margaret Doyle and her husband Tom Doyle have run the farm for 40 years.\n\n"
        '"We have never seen rain like it," Mrs Doyle said.\n\n'
        "Their daughter, Siobhan Doyle, 29, moved home to help. "
        '"Mam and Dad are exhausted," she said.\n\n'
        'Mrs Doyle said she would not give up. "This is our home," she said.'
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Margaret Doyle"
