"""A nickname in quote marks between a given name (or an initial) and a surname is part of the
name: 'Robert F. "Bobby" Kennedy said …' is one sentence, the nickname no quote, and the
speaker the whole name, whom a later "Kennedy" names again."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run, words

ARTICLES = {
    "an initial before the nickname": (
        "Transit plan under fire\n\n"
        'Robert F. "Bobby" Kennedy said the plan would fail. '
        "Kennedy added that commuters would pay more for it.\n",
        'Robert F. "Bobby" Kennedy',
        ["the plan would fail", "that commuters would pay more for it"],
    ),
    "a nickname of two words": (
        "Film delayed\n\n"
        'Dwayne "The Rock" Johnson said the film would open in May. '
        "Johnson added that the studio had backed it.\n",
        'Dwayne "The Rock" Johnson',
        ["the film would open in May", "that the studio had backed it"],
    ),
    "a quote before the name": (
        "Transit plan under fire\n\n"
        '"The plan will fail," said Robert F. "Bobby" Kennedy. He spoke in Ohio. '
        "Kennedy added that commuters would pay more for it.\n",
        'Robert F. "Bobby" Kennedy',
        ['"The plan will fail,"', "that commuters would pay more for it"],
    ),
}


@pytest.mark.parametrize("case", list(ARTICLES))
def test_a_nickname_in_quote_marks_is_part_of_the_speakers_name(
    analysis_nlp: Language, case: str
) -> None:
    text, name, quoted = ARTICLES[case]
    result = run(analysis_nlp, text)
    assert [words(text, q) for q in result.quotes] == quoted
    assert [q.speaker for q in result.quotes] == [name, name]
    assert [(s.name, s.kind) for s in result.speakers if s.quote_count] == [
        (name, SpeakerKind.PERSON)
    ]
