""" "Former dockers told the paper they had been given a week's notice": the parse may hang what
was told on the one told, as if it said which paper. A clause with a subject and an object of
its own leaves no place for that noun, so it is what was told, the paper left out. A clause
that does leave one ("told the story her father had written", "told the story he had written")
says which story: the story is what was told. To a hearer, a clause whose subject is a pronoun
is what was told, passive too ("told the paper they had been sacked without notice")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said, words

HEAD = "Port jobs cut\n\nThe port is cutting 200 jobs.\n\n"


@pytest.mark.parametrize(
    ("sentence", "who", "told"),
    [
        (
            "Former dockers told the paper they had been given a week's notice.",
            "Former dockers",
            "they had been given a week's notice",
        ),
        (
            "Tenants told the paper they had been refused repairs.",
            "Tenants",
            "they had been refused repairs",
        ),
    ],
)
def test_a_clause_of_its_own_hung_on_the_paper_is_what_was_told(
    analysis_nlp: Language, sentence: str, who: str, told: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [(who, "told", told)]
    # a clause leaving a place for the noun still says which story was told
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}Varley told the story her father had written.\n"
    )
    assert [words(text, q) for q in result.quotes] == ["the story her father had written"]


def test_a_passive_clause_told_the_paper_is_what_was_told(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}Dockers told the paper they had been sacked without notice.\n"
    )
    assert said(text, result) == [("Dockers", "told", "they had been sacked without notice")]


def test_a_story_a_pronoun_wrote_is_the_story_told(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}She told the story he had written for the magazine.\n"
    )
    assert [words(text, q) for q in result.quotes] == ["the story he had written for the magazine"]
