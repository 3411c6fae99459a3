"""A body named by its word and what it is for ("The Campaign for Better Transport", "the
Commission for Racial Equality") is that body, shown whole, though the recogniser took only
the cause for a name; a later "the Campaign" is the same body."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run_with_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The Campaign for Better Transport said ministers should "get round the table".\n',
            "Campaign for Better Transport",
        ),
        (
            "The Commission for Racial Equality said it would look into the complaints.\n",
            "Commission for Racial Equality",
        ),
    ],
)
def test_the_body_is_its_word_and_its_cause(analysis_nlp: Language, text: str, name: str) -> None:
    _, result = run_with_text(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [(name, SpeakerKind.ORGANISATION)]


def test_the_campaign_said_later_is_the_same_body(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The Campaign for Better Transport said fares were too high. "
        "The Campaign said it would write to the minister.\n",
    )
    assert [q.speaker for q in result.quotes] == ["Campaign for Better Transport"] * 2


def test_a_person_of_the_body_is_still_that_person(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp, "Jo Hale, of the Campaign for Better Transport, said fares were too high.\n"
    )
    assert [(s.name, s.kind) for s in result.speakers] == [("Jo Hale", SpeakerKind.PERSON)]
