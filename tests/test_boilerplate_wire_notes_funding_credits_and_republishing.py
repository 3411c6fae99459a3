"""A wire's notes under its story (who funds its coverage, "AP is solely responsible for all
content"; which of its writers contributed or reported from where; where to follow its
coverage), a note that the story was first published by someone else, and a "Related
coverage:" link are dimmed; the story's sentences about funders, writers or coverage are
kept."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_inside_a_story


@pytest.mark.parametrize(
    "line",
    [
        "The Associated Press’ education coverage receives financial support from several "
        "private foundations. AP is solely responsible for all content.",
        "This story was originally published by Harbour Watch, a nonprofit newsroom.",
        "Related coverage: Council faces $40 million budget gap",
        "AP writers Mark Ellis in Topeka and Ana Ruiz in Denver contributed.",
        "Santos and Okoro reported from Salem, Ore.",
        "Okoro reported from Kyiv. AP writer Ana Ruiz in Warsaw, Poland, contributed.",
        "Follow AP’s coverage of schools at https://apnews.example/hub/schools.",
    ],
)
def test_a_funding_or_republishing_note_or_a_related_link_is_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "The foundation said it was solely responsible for all content on the site.",
        "This story was published by the council as a warning to residents.",
        "Related coverage of the trial was banned by the judge on Monday.",
        "Writers at the paper said the editor contributed.",
        "Okoro reported from Portland that the fire had spread.",
        "Okoro reported from Portland. Writers at the paper said the editor contributed.",
    ],
)
def test_a_sentence_of_the_story_is_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)
