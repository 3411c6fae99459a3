"""'The firm's boss' or 'the club's boss' is whoever the story named to run it (chief
executive, managing director, manager), not a speaker of their own."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_firms_boss_is_its_chief_executive(analysis_nlp: Language) -> None:
    text = (
        "Harwick profits slump\n\n"
        "Harwick Foods said profits fell by a third. Chief executive Sarah Lin said the hot "
        "summer had hurt sales.\n\n"
        "The firm's boss added that prices would not rise this year.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Harwick Foods", "Sarah Lin", "Sarah Lin"]


def test_the_clubs_boss_is_its_manager(analysis_nlp: Language) -> None:
    text = (
        "Rovers sign striker\n\n"
        "Rovers manager Sam Cole said the deal was done on Friday.\n\n"
        "The club's boss added that more signings would follow.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Sam Cole", "Sam Cole"]


def test_the_boss_is_no_one_given_another_role(analysis_nlp: Language) -> None:
    text = (
        "Harwick profits slump\n\n"
        "Analyst Jo Kim said the results were weak.\n\n"
        "The firm's boss said prices would not rise this year.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Jo Kim", "The firm's boss"]
