"""A writer's line "Written by …" or "Words By …" over the date is the byline, as "By …" is:
dimmed with the date, the headline over it the title. A headline that opens with "Written by"
stays the title."""

from __future__ import annotations

import pytest

from newslens.boilerplate import title_past_furniture
from newslens.sources import article_from_bytes

from .dimmed import dimmed_passages

HEADLINE = "Harbour levy to rise by 12% next year"
STANDFIRST = "Fishing crews warn of higher costs as the council backs the plan"
STORY = (
    "The council voted on Tuesday to raise the harbour levy by 12%, the first rise in six "
    "years.\n\nFishing crews say the change will cost each boat about £900 a year.\n"
)


@pytest.mark.parametrize("writer", ["Words By Hannah Blake", "Written by Hannah Blake"])
@pytest.mark.parametrize("head", [HEADLINE, f"{HEADLINE}\n{STANDFIRST}"], ids=["alone", "over"])
def test_written_by_over_the_date_is_the_byline(writer: str, head: str) -> None:
    text = f"{head}\n{writer}\n4 December 2026\n\n{STORY}"
    article = article_from_bytes(text.encode(), source="levy.txt", is_html=False)
    assert article.byline == "Hannah Blake"
    assert article.title == HEADLINE
    assert dimmed_passages(text) == [f"{writer}\n4 December 2026"]


def test_a_headline_that_opens_with_written_by_stays_the_title() -> None:
    text = f"Written by the river: a year on the Tamar\n4 December 2026\n\n{STORY}"
    assert title_past_furniture(text) == "Written by the river: a year on the Tamar"
    assert article_from_bytes(text.encode(), source="r.txt", is_html=False).byline is None
