"""A headline's shorthand for a role ("Cop:", "PM:", "Star:", "MP:", "Fan:") means the one
person the story names in that role; with nobody named so, the role itself is the speaker."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_a_cop_in_the_headline_is_the_constable_the_story_names(analysis_nlp: Language) -> None:
    text = (
        "Cop: 'I feared for my life'\n\n"
        "PC Dan Shaw, 29, told the inquest he had drawn his weapon when the man lunged. "
        '"I thought he would kill me," the officer said.\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["Dan Shaw", "Dan Shaw", "Dan Shaw"]


def test_a_cop_with_nobody_named_is_still_a_speaker(analysis_nlp: Language) -> None:
    text = (
        "Cop: 'I feared for my life'\n\n"
        "An inquest heard that the man lunged at police with a knife.\n"
    )
    assert quote_speakers(analysis_nlp, text)[0] == "cop"


def test_shorthand_roles_in_the_headline_join_the_named_person(analysis_nlp: Language) -> None:
    stories = {
        "PM: 'We will not back down'": (
            "Prime Minister Ann Vale said the government would press ahead with the bill.",
            "Ann Vale",
        ),
        "Star: 'I was terrified on that stage'": (
            "The actress, Mia Lowe, 32, said she had frozen during the first night.",
            "Mia Lowe",
        ),
        "MP: 'The hospital must stay open'": (
            "Labour MP Sian Hart said closing the ward would put lives at risk.",
            "Sian Hart",
        ),
        "Fan: 'We were crushed at the gate'": (
            "Supporter Gary Booth, 45, said stewards had lost control of the crowd.",
            "Gary Booth",
        ),
    }
    for headline, (body, person) in stories.items():
        text = f"{headline}\n\n{body}\n"
        assert quote_speakers(analysis_nlp, text) == [person, person], headline


def test_an_abbreviated_role_with_nobody_named_keeps_its_capitals(
    analysis_nlp: Language,
) -> None:
    text = "MP: 'The hospital must stay open'\n\nCampaigners marched on the town hall on Monday.\n"
    assert quote_speakers(analysis_nlp, text)[0] == "MP"
