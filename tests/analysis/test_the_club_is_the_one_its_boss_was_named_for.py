"""With no club or firm named, "the club" or "the company" is the body whose boss the story
named by its name before the role: "Kelford boss Lee Barnes said …. The club said …" is
Kelford's."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_club_is_the_boss_s_club(analysis_nlp: Language) -> None:
    text = (
        "Cup exit\n\nKelford boss Lee Barnes said he was disappointed with the result.\n\n"
        "The club said it would appeal against the decision.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Lee Barnes", "Kelford"]


def test_the_company_is_the_chief_executive_s_firm(analysis_nlp: Language) -> None:
    text = (
        "Jobs to go\n\nBrindle chief executive Ann Ruiz said sales had fallen.\n\n"
        "The company said 40 jobs would go.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Ann Ruiz", "Brindle"]
