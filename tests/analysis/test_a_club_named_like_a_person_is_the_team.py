""" "Harrow Rovers", which the recogniser may take for a person's name, is a club: "the team",
"the club" and "Rovers" after it stand for it, whether it spoke or was only named ("outside
the ground of Kelford Athletic"); when two such clubs are named, "the club" is neither. A
name alone that speaks of itself as "the club" is the club ("Castleford said the club would
appeal"), as is one whose "it" answers a ruling ("Castleford said it would appeal"), and
one given a plural verb ("Aston Villa have agreed") or named before a position ("Benfica
midfielder Rui Costa"); the one club the story names so is what "the club", "the Lisbon
club" or "the Premier League side" stands for."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers import clubs
from tests.analysis.helpers import quote_speakers, run


def test_the_team_is_the_club_named_before(analysis_nlp: Language) -> None:
    text = (
        "Ban to be appealed\n\n"
        "Dunmore Rovers said the three-match ban was unfair. The team said it would appeal.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Dunmore Rovers", "Dunmore Rovers"]
    kinds = {s.name: s.kind for s in run(analysis_nlp, text).speakers}
    assert kinds == {"Dunmore Rovers": SpeakerKind.ORGANISATION}
    # A match report names both sides: "the club" is then neither, by nearness alone.
    text = (
        "Derby defeat\n\n"
        "Dunmore Rovers beat Kelford Athletic 3-0 on Saturday.\n\n"
        "Kelford boss Lee Barnes said his side had been second best. The club said Barnes "
        "kept the board's backing.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Lee Barnes", "The club"]


@pytest.mark.parametrize(
    ("beaten", "speaker"),
    [
        # "Kenwick Athletic 2-1", one person's name to the recogniser: two clubs still
        ("Kenwick Athletic", "The club"),
        # a side not named as a club is no second club: "the club" is Harrow Rovers
        ("Kenwick", "Harrow Rovers"),
    ],
)
def test_a_score_after_a_club_is_no_part_of_its_name(
    analysis_nlp: Language, beaten: str, speaker: str
) -> None:
    text = (
        f"Late winner\n\nHarrow Rovers beat {beaten} 2-1 on Saturday. The club said it would "
        "appeal against the red card shown to its captain.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [speaker]


def test_the_club_and_its_short_name_named_but_not_quoted(analysis_nlp: Language) -> None:
    text = (
        "Protest at ground\n\n"
        "Fans gathered outside the ground of Kelford Athletic on Sunday. The club said the "
        "protest had been peaceful.\n\n"
        "Dunmore Rovers manager Tom Hale praised his players after the win. Rovers said "
        "tickets for the next game had sold out.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Kelford Athletic",
        "Tom Hale",
        "Dunmore Rovers",
    ]


@pytest.mark.parametrize(
    ("story", "kinds"),
    [
        # a name alone that speaks of itself as "the club" is the club
        ("Castleford said the club would appeal.", {"Castleford": SpeakerKind.ORGANISATION}),
        # or as "it" that answers the ban
        ("Castleford said it would appeal.", {"Castleford": SpeakerKind.ORGANISATION}),
        ("Castleford said it would contest the ban.", {"Castleford": SpeakerKind.ORGANISATION}),
        # near miss: one the story names in full, or with a title, is a person
        (
            "Tom Castle, the chairman, spoke on Monday. Castle said the club would appeal.",
            {"Tom Castle": SpeakerKind.PERSON},
        ),
        (
            "Mr Castle said the club was angry. Castle said the club would appeal.",
            {"Castle": SpeakerKind.PERSON},
        ),
        (
            "Tom Castle, the forecaster, spoke on Monday. Castle said it would rain.",
            {"Tom Castle": SpeakerKind.PERSON},
        ),
        (
            "Tom Castle, the chairman, spoke on Monday. Castle said it would appeal.",
            {"Tom Castle": SpeakerKind.PERSON},
        ),
    ],
)
def test_a_name_alone_that_calls_itself_the_club_is_the_club(
    analysis_nlp: Language, story: str, kinds: dict[str, SpeakerKind]
) -> None:
    result = run(analysis_nlp, f"Ban to be appealed\n\n{story}\n")
    assert {s.name: s.kind for s in result.speakers} == kinds


@pytest.mark.parametrize(
    ("story", "kinds"),
    [
        # a club takes a plural verb, as no one person does
        (
            "Aston Villa have signed the defender on a five-year deal. Aston Villa said the "
            "fee was undisclosed.",
            {"Aston Villa": SpeakerKind.ORGANISATION},
        ),
        (
            "Everton are in talks over a new stadium. Everton said the plans would be "
            "published in May.",
            {"Everton": SpeakerKind.ORGANISATION},
        ),
        # and is named before a player's position
        (
            "Benfica said the fee was a club record. Benfica midfielder Rui Costa will stay.",
            {"Benfica": SpeakerKind.ORGANISATION},
        ),
        # near miss: a player, named with his given name, stays a person
        (
            "Harry Kane said the move was right for his family. Kane has scored 20 goals.",
            {"Harry Kane": SpeakerKind.PERSON},
        ),
        (
            "Ricky Villa said he was proud of the side. Villa are top of the league.",
            {"Ricky Villa": SpeakerKind.PERSON},
        ),
    ],
)
def test_a_club_given_a_plural_verb_or_a_players_position_is_a_club(
    analysis_nlp: Language, story: str, kinds: dict[str, SpeakerKind]
) -> None:
    result = run(analysis_nlp, f"Transfer news\n\n{story}\n")
    assert {s.name: s.kind for s in result.speakers} == kinds


@pytest.mark.parametrize(
    ("story", "speaker"),
    [
        (
            "Benfica midfielder Joao Neves is set to join a French club in a deal worth 60m "
            'euros.\n\n"We have reached an agreement with the player," the club confirmed.\n',
            "Benfica",
        ),
        (
            "Benfica midfielder Joao Neves is set to leave in a deal worth 60m euros.\n\n"
            '"We have reached an agreement with the player," the Lisbon club confirmed.\n',
            "Benfica",
        ),
        (
            "Aston Villa have made an offer for striker Tom Reid.\n\n"
            '"We are confident of completing the deal," the Premier League side said.\n',
            "Aston Villa",
        ),
        # near miss: two clubs named, and "the club" is neither
        (
            "Benfica midfielder Joao Neves is wanted by several clubs. Arsenal have also made "
            'a bid.\n\n"We have reached an agreement with the player," the club confirmed.\n',
            "the club",
        ),
        # near miss: a place's "United" is no club, and "the Trump team" his campaign's
        (
            "Millions of families live in the United States.\n\n"
            '"The plan will help them," the Trump team said.\n',
            "the Trump team",
        ),
    ],
)
def test_the_club_is_the_one_club_the_story_names(
    analysis_nlp: Language, story: str, speaker: str
) -> None:
    assert quote_speakers(analysis_nlp, f"Transfer news\n\n{story}") == [speaker]


def test_the_clubs_named_are_read_once_for_every_the_club(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each "the club" asks which clubs are named before it: a match report has many.
    built: list[int] = []
    real = clubs._club_names_in_order
    monkeypatch.setattr(clubs, "_club_names_in_order", lambda doc: built.append(1) or real(doc))
    story = (
        "Benfica midfielder Joao Neves is set to leave in a deal worth 60m euros.\n\n"
        '"We have reached an agreement with the player," the club confirmed.\n\n'
        '"He leaves with our thanks," the club added.\n\n'
        '"The fee is a record," the Lisbon club said.\n'
    )
    assert quote_speakers(analysis_nlp, f"Transfer news\n\n{story}") == ["Benfica"] * 3
    assert len(built) == 1
