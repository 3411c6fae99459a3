"""A link set in a story under a label ("RELATED …", "MORE: …", "WATCH: …") and the words an
embedded post's widget brings ("View this post on Instagram", "A post shared by … (@…)",
"[image or embed]") are dimmed; the story's sentences that open with the same words are kept."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_inside_a_story


@pytest.mark.parametrize(
    "line",
    [
        "RELATED Council faces $40 million budget gap",
        "MORE: Council faces $40 million budget gap",
        "Recommended: Council faces budget gap",
        "WATCH: Why are the trains so late?",
        "Related video: Commuters queue at Harbor Street",
        "PHOTOS: Commuters queue at Harbor Street",
        "Read: Council faces $40 million budget gap",
        "View this post on Instagram",
        "A post shared by Bayside Transit (@baysidetransit)",
        "[image or embed]",
    ],
)
def test_a_labelled_link_or_an_embeds_prompt_is_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "Related to the mayor, she said, was a man who ran the port.",
        "More: the council said it would appeal the ruling.",
        "Watch out for ice on the roads, the council warned.",
        "Listen: it was a warning, she said.",
        "A post shared by the mayor on Monday drew 4,000 replies, the council said.",
    ],
)
def test_a_sentence_that_opens_like_them_is_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)
