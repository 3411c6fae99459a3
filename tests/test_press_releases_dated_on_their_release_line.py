"""A press release pasted as text dates itself on its release line ("For immediate release:
2 December 2026"): that line is dimmed, the headline under it is the title, the date it gives
is the release's, and the dateline under it opens the release, naming who issued it. A sentence
that opens with the same words is the story's."""

from __future__ import annotations

import pytest

from newslens.sources import article_from_bytes

from .dimmed import dimmed_inside_a_story, dimmed_passages

HEADLINE = "Quarry firm to restore old workings as a nature reserve"
BODY = (
    "Fenwick Aggregates today announced it will turn its disused quarry at Hollins Edge into a "
    "60-acre nature reserve by 2029.\n\n"
    '"The site has given us stone for a century," said its director, Alma Reyes.\n'
)


@pytest.mark.parametrize(
    "line",
    [
        "For immediate release: 2 December 2026",
        "FOR IMMEDIATE RELEASE – Wednesday 2 December 2026",
        "For Immediate Release: December 2, 2026",
    ],
)
def test_the_release_line_dates_the_release_and_is_dimmed(line: str) -> None:
    text = f"PRESS RELEASE\n{line}\n\n{HEADLINE}\n\n{BODY}"
    article = article_from_bytes(text.encode(), source="release.txt", is_html=False)
    assert (article.title, article.date) == (HEADLINE, "2026-12-02")
    assert dimmed_passages(text) == [f"PRESS RELEASE\n{line}"]


def test_a_dated_release_line_makes_the_dateline_under_it_the_releases() -> None:
    text = (
        f"For immediate release: 2 December 2026\n\n{HEADLINE}\n\n"
        "HOLLINS EDGE, England, 2 December 2026 -- Fenwick Aggregates today announced it will "
        "turn its disused quarry into a 60-acre nature reserve by 2029.\n"
    )
    article = article_from_bytes(text.encode(), source="release.txt", is_html=False)
    assert article.byline == "Fenwick Aggregates"


@pytest.mark.parametrize(
    "line",
    [
        "For immediate release of the survey, the campaign group paid 2,000 pounds.",
        "For immediate release: the council's statement in full",
    ],
)
def test_a_line_that_opens_with_the_same_words_is_the_storys(line: str) -> None:
    assert not dimmed_inside_a_story(line)
