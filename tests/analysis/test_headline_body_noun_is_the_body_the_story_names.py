"""A headline that gives a body by its noun ("Council vows to fix potholes") means the one
body of that kind the story names ("Harrow Council"), as the story's own "the council said"
would."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_a_body_noun_in_the_headline_is_the_body_the_story_names(analysis_nlp: Language) -> None:
    text = (
        "Council vows to fix potholes, blames weather\n\n"
        "Harrow Council said repairs would start in May.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Harrow Council", "Harrow Council"]
    assert [s.name for s in result.speakers] == ["Harrow Council"]
