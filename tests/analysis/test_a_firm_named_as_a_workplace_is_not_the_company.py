"""A firm named only as where someone works ("an analyst at Hollis & Co.") is not what a later
"the company" stands for while the story has a firm of its own; it is when no other firm fits."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_company_is_the_story_s_firm_not_an_analyst_s(analysis_nlp: Language) -> None:
    text = (
        "Brightcorp cuts jobs\n\n"
        "Brightcorp Industries will close two factories, the company said on Monday.\n\n"
        '"The cuts were overdue," said Nadia Kerr, an economist at Mallory & Co. '
        "She said demand had been weak.\n\n"
        "The company declined to say which factories would close.\n"
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Brightcorp Industries"


def test_a_workplace_is_the_company_when_no_other_firm_fits(analysis_nlp: Language) -> None:
    text = (
        "Steel prices\n\n"
        "Steel prices rose again, said Nadia Kerr, an economist at Mallory & Co.\n\n"
        "The company declined to say how far they would rise.\n"
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Mallory & Co."
