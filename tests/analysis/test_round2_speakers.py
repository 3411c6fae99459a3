"""Speakers named by a royal or religious title, a surname shared with a firm, a role noun
after people given other roles, and a role named in the headline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import Analysis
from newslens.analysis.pipeline import analyze
from newslens.article import Article


def run(nlp: Language, text: str) -> Analysis:
    return analyze(Article(text=text), nlp=nlp)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "King Charles said the orchard was thriving. "
            '"The apples are splendid this year," the King said.',
            "King Charles",
        ),
        (
            "Prince Harry said the charity would expand. "
            '"We have only just begun," the Prince said.',
            "Prince Harry",
        ),
        (
            "Queen Margrethe said the ceremony moved her. "
            '"It was a beautiful day," the Queen said.',
            "Queen Margrethe",
        ),
    ],
)
def test_a_royal_title_is_part_of_the_name_and_the_title_stands_for_its_holder(
    analysis_nlp: Language, text: str, name: str
) -> None:
    result = run(analysis_nlp, text)
    assert [s.name for s in result.speakers] == [name]
    assert {q.speaker for q in result.quotes} == {name}


def test_a_surname_is_the_person_before_a_firm_named_after_the_family(
    analysis_nlp: Language,
) -> None:
    text = (
        "Builder Carl Jansen, who runs Jansen Brothers Ltd, denied cutting corners. "
        "Jansen Brothers Ltd said it had passed every inspection. "
        '"I have nothing to hide," Jansen said.'
    )
    assert run(analysis_nlp, text).quotes[-1].speaker == "Carl Jansen"


def test_the_minister_is_the_secretary_named_before_not_the_backbencher_nearer(
    analysis_nlp: Language,
) -> None:
    text = (
        "Education Secretary Ruth Obi said schools would get more teachers.\n\n"
        "Obi replied that the money was already set aside.\n\n"
        "Backbencher Tom Varley said the plan came too late.\n\n"
        "The minister told MPs she would publish the figures in June."
    )
    assert run(analysis_nlp, text).quotes[-1].speaker == "Ruth Obi"


def test_a_role_in_the_headline_is_the_person_giving_evidence_in_the_body(
    analysis_nlp: Language,
) -> None:
    text = (
        "Witness says manager hid the accounts\n\n"
        "Nadia Price told the jury that the ledgers were kept in a locked drawer.\n\n"
        "Defence barrister Colin Reed suggested that she had invented the story.\n\n"
        '"I saw them with my own eyes," the witness said.'
    )
    result = run(analysis_nlp, text)
    assert result.quotes[-1].speaker == "Nadia Price"
