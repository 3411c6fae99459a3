"""A headline that gives a speaker by role ("Rovers boss", "Rovers chief", "Mum", "Driver") means the one person the
story names in that role."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

_MATCH_REPORT = (
    "\n\nRovers manager Tom Hale was furious after the late penalty. "
    '"The referee has cost us the game," Hale said.\n'
)


def test_a_boss_quoted_in_the_headline_is_the_named_manager(analysis_nlp: Language) -> None:
    text = "Rovers boss: 'We were robbed'" + _MATCH_REPORT
    assert quote_speakers(analysis_nlp, text) == ["Tom Hale", "Tom Hale"]


def test_a_boss_who_says_something_in_the_headline_is_the_named_manager(
    analysis_nlp: Language,
) -> None:
    text = "Rovers boss says his side were robbed" + _MATCH_REPORT
    assert quote_speakers(analysis_nlp, text) == ["Tom Hale", "Tom Hale"]


def test_a_chief_quoted_in_the_headline_is_the_named_manager(analysis_nlp: Language) -> None:
    text = "Rovers chief: 'We were robbed'" + _MATCH_REPORT
    assert quote_speakers(analysis_nlp, text) == ["Tom Hale", "Tom Hale"]


def test_a_police_chief_in_the_headline_stays_the_chief_constable(
    analysis_nlp: Language,
) -> None:
    text = (
        "Police chief: 'We will find the gunman'\n\n"
        "Chief Constable Nadia Okoro said officers were working around the clock.\n"
    )
    assert quote_speakers(analysis_nlp, text)[0] == "Nadia Okoro"


def test_mum_in_the_headline_is_the_mother_the_story_names(analysis_nlp: Language) -> None:
    text = (
        "Mum: 'My son was failed by the school'\n\n"
        "The boy's mother, Karen Dale, 41, said the school had ignored every warning.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Karen Dale", "Karen Dale"]


def test_a_boss_with_two_managers_named_is_neither(analysis_nlp: Language) -> None:
    text = (
        "Boss: 'We were robbed'\n\n"
        "Rovers manager Tom Hale was furious. City manager Ian Webb said the penalty was fair.\n"
    )
    assert quote_speakers(analysis_nlp, text)[0] not in ("Tom Hale", "Ian Webb")


def test_a_driver_in_the_headline_is_the_named_driver(analysis_nlp: Language) -> None:
    body = "\n\nThe driver, Amy Cole, 34, appeared at Leeds magistrates court on Tuesday.\n"
    for headline in ("Driver denies speeding charge", "Lorry driver denies speeding charge"):
        assert quote_speakers(analysis_nlp, headline + body) == ["Amy Cole"], headline
