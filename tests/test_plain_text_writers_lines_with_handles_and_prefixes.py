"""A writer's line over the date, without a "By", may open with a magazine's "Words:" or "Words
by", end with the writer's handle, or hold a name's particles in lower case: it is the byline,
dimmed with the date, and the headline over it is the title. A headline that opens with such a
word stays the title."""

from __future__ import annotations

import pytest

from newslens.boilerplate import title_past_furniture
from newslens.sources import article_from_bytes

from .dimmed import dimmed_passages

HEADLINE = "Harbour bridge to shut for six weeks of repairs"
STANDFIRST = "Drivers face a nine-mile diversion through the retail park"
STORY = (
    "The swing bridge over the harbour mouth will close to traffic from 4 May while its "
    "rusted bearings are replaced, the port authority said on Monday.\n\n"
    "Buses will run every twenty minutes on the diversion, the operator said.\n"
)


@pytest.mark.parametrize(
    ("writer", "shown"),
    [
        ("Morwenna Tresize @mtresize", "Morwenna Tresize"),
        ("Morwenna Tresize (@mtresize)", "Morwenna Tresize"),
        ("Words: Morwenna Tresize", "Morwenna Tresize"),
        ("Words by Morwenna Tresize", "Morwenna Tresize"),
        ("Ana de la Cruz", "Ana de la Cruz"),
        # A paper's writer where they file from, no "By": "… in London".
        ("Morwenna Tresize in London", "Morwenna Tresize"),
        ("Morwenna Tresize in New York", "Morwenna Tresize"),
    ],
)
def test_the_writers_line_over_the_date_is_the_byline(writer: str, shown: str) -> None:
    text = f"{HEADLINE}\n{STANDFIRST}\n{writer}\n14 April 2026\n\n{STORY}"
    article = article_from_bytes(text.encode(), source="bridge.txt", is_html=False)
    assert article.byline == shown
    assert article.title == HEADLINE
    assert dimmed_passages(text) == [f"{writer}\n14 April 2026"]


def test_a_headline_that_opens_with_words_stays_the_title() -> None:
    text = f"Words by the harbour\n14 April 2026\n\n{STORY}"
    assert title_past_furniture(text) == "Words by the harbour"
    assert article_from_bytes(text.encode(), source="b.txt", is_html=False).byline is None


def test_a_headline_in_capitals_that_ends_with_a_place_stays_the_title() -> None:
    text = f"Fire Breaks Out in Brooklyn\n14 April 2026\n\n{STORY}"
    assert title_past_furniture(text) == "Fire Breaks Out in Brooklyn"
    assert article_from_bytes(text.encode(), source="b.txt", is_html=False).byline is None
