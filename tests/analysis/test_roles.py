"""Role nouns of a court, the police or a team: a new person unless the article gave the role."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run


def speaker_of(nlp: Language, text: str, words: str) -> str | None:
    quotes = run(nlp, text).quotes
    found = [q.speaker for q in quotes if text[q.start : q.end].strip("“”\"'") == words]
    assert len(found) == 1, [(q.speaker, text[q.start : q.end]) for q in quotes]
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Brewer, 61, told the court he was sorry. The judge said Brewer had shown no remorse.",
            "Brewer had shown no remorse",
            "The judge",
        ),
        (
            "Mr Langat denied stealing the cattle. The prosecutor said the evidence was clear.",
            "the evidence was clear",
            "The prosecutor",
        ),
        (
            "Ferreira said the team had played well. The coach said the referee was wrong.",
            "the referee was wrong",
            "The coach",
        ),
    ],
)
def test_an_unnamed_role_is_not_the_person_named_before(
    analysis_nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(analysis_nlp, text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Judge Ann Ruiz said the case was closed. The judge said costs would follow.",
        "A Leeds judge, Ann Ruiz, said the case was closed. The judge said costs would follow.",
    ],
)
def test_the_role_is_whoever_the_article_gave_it(analysis_nlp: Language, text: str) -> None:
    assert speaker_of(analysis_nlp, text, "costs would follow") == "Ann Ruiz"
