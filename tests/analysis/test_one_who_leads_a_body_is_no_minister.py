"""Someone the story says leads a body ("Ruth Calder, who leads the growers' union,") holds a
role of her own: a later "The minister said" is a minister the story has not named, not her;
someone said only to have visited the union is still the one "the minister" is."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

STORY = (
    "Growers lose patience\n\n"
    "Ruth Calder, who {verb} the Upland Growers' Union, spoke at a rally in Hexham on "
    "Monday.\n\n"
    "The minister said the fund would be reviewed in the spring.\n"
)


def test_the_minister_is_not_the_one_who_leads_the_union(analysis_nlp: Language) -> None:
    assert quote_speakers(analysis_nlp, STORY.format(verb="leads")) == ["The minister"]


def test_the_minister_is_not_the_one_who_has_run_the_union(analysis_nlp: Language) -> None:
    assert quote_speakers(analysis_nlp, STORY.format(verb="has run")) == ["The minister"]


def test_the_minister_is_still_the_one_just_named_who_visited(analysis_nlp: Language) -> None:
    assert quote_speakers(analysis_nlp, STORY.format(verb="visited")) == ["Ruth Calder"]
