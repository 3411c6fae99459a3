"""A list of places, one a line, that a sentence introduces ("… are as follows.", "… are
the following:") is the story's, even right above the page's furniture, where the same
lines after a sentence that introduces nothing would be a post's topic tags."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_passages

STORY = (
    "Six rural libraries will close in April to save the county £1.1m a year.\n\n"
    "The council said the mobile library would visit each village once a fortnight.\n\n"
)
PLACES = "Porthaven\nMellin Cross\nUpper Tarrow\nSt Brannock"
PAGE_UNDER = "\n\nShare this article\n\nAdvertisement\n\nMost read\n"


@pytest.mark.parametrize(
    "introduction",
    [
        "The libraries to close are as follows.",
        "The libraries to close are as follows:",
        "The libraries that will close are the following.",
    ],
)
def test_a_list_a_sentence_introduces_stays_the_storys(introduction: str) -> None:
    text = STORY + introduction + "\n\n" + PLACES + PAGE_UNDER
    dimmed = dimmed_passages(text)
    assert not any("Porthaven" in passage for passage in dimmed)
    assert any("Share this article" in passage for passage in dimmed)
