"""A magazine or a blogging platform says "By" in other words: "Words by Hannah Blake",
"Written by …", "Words: …". On top of a pasted story, with no headline or no date with it, such
a line is dimmed and names the writer, as "By Hannah Blake" does; the story under it, even with
no blank line between, stays the story's. A headline or a sentence that opens with those words
signs nobody."""

from __future__ import annotations

import pytest

from newslens.sources import article_from_bytes

from .dimmed import dimmed_passages

STORY = (
    "The county's library service will close four branches next spring, the council "
    "confirmed on Tuesday.\n\n"
    "Officials said the savings would protect the mobile library routes serving remote "
    "villages.\n"
)
WRITERS = ["By Hannah Blake", "Words By Hannah Blake", "Written by Hannah Blake"]


@pytest.mark.parametrize("writer", [*WRITERS, "Words: Hannah Blake", "Text by Hannah Blake"])
def test_a_writers_line_on_top_of_the_story_is_its_byline(writer: str) -> None:
    text = f"{writer}\n\n{STORY}"
    article = article_from_bytes(text.encode(), source="libraries.txt", is_html=False)
    assert article.byline == "Hannah Blake"
    assert dimmed_passages(text) == [writer]


@pytest.mark.parametrize("writer", WRITERS)
def test_the_story_right_under_the_writers_line_stays_the_storys(writer: str) -> None:
    text = f"Four library branches to close\n{writer}\n{STORY.replace(chr(10) * 2, chr(10))}"
    article = article_from_bytes(text.encode(), source="libraries.txt", is_html=False)
    assert article.byline == "Hannah Blake"
    assert article.title == "Four library branches to close"
    assert dimmed_passages(text) == [writer]


def test_a_sentence_that_opens_with_written_by_signs_nobody() -> None:
    line = "Written by hand in 1912, the branch's first lending ledger goes on show in May."
    text = f"{line}\n{STORY}"
    article = article_from_bytes(text.encode(), source="ledger.txt", is_html=False)
    assert article.byline is None
    assert dimmed_passages(text) == []


@pytest.mark.parametrize("writer", ["BY HANNAH BLAKE", "by Hannah Blake", "By: Hannah Blake"])
def test_by_in_capitals_lower_case_or_with_a_colon_under_a_headline_is_its_byline(
    writer: str,
) -> None:
    text = f"Four library branches to close\n\n{writer}\n\n{STORY}"
    article = article_from_bytes(text.encode(), source="libraries.txt", is_html=False)
    assert article.byline == "Hannah Blake"
    assert article.title == "Four library branches to close"
    assert dimmed_passages(text) == [writer]


@pytest.mark.parametrize("line", ["By noon the bridge had closed.", "by then the bridge had shut"])
def test_a_sentence_opening_with_by_under_a_headline_stays_the_storys(line: str) -> None:
    text = f"Four library branches to close\n\n{line}\n\n{STORY}"
    article = article_from_bytes(text.encode(), source="libraries.txt", is_html=False)
    assert article.byline is None
    assert dimmed_passages(text) == []
