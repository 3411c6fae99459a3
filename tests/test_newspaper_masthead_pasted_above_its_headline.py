"""A paper's or a newsletter's masthead pasted above a story (its name, perhaps a motto or the
day's date under it) is furniture: the text is titled by the headline under it, and the masthead is dimmed, so
that neither the name nor the motto's year is read as the story's."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.article import Article
from newslens.sources import load_article

from .dimmed import dimmed_passages

STORY = (
    "The ferry between Portmoor and the island will run twice a day from April, the operator "
    "said on Monday, after a winter of cancelled crossings.\n\n"
    '"We have listened," said its manager, Ruth Eldon.\n'
)


def _load(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(str(path))


@pytest.mark.parametrize(
    "masthead",
    [
        "THE PORTMOOR CHRONICLE\nServing the coast since 1874",
        "The Portmoor Chronicle\nServing the coast since 1874",
        "THE PORTMOOR CHRONICLE\nWednesday 4 March 2026",
        "THE PORTMOOR CHRONICLE",
        "Portmoor Chronicle",
        "THE PORTMOOR BRIEFING\nWednesday 4 March 2026",
    ],
)
def test_a_text_under_a_paper_s_masthead_is_titled_by_its_headline(
    tmp_path: Path, masthead: str
) -> None:
    article = _load(tmp_path, f"{masthead}\n\nFerry to sail twice a day\n\n{STORY}")
    assert article.title == "Ferry to sail twice a day"
    assert dimmed_passages(article.text) == [masthead]


def test_a_headline_in_capitals_over_its_standfirst_stays_the_title(tmp_path: Path) -> None:
    text = (
        f"FERRY TO SAIL TWICE A DAY\n\nOperator promises an end to cancelled crossings\n\n{STORY}"
    )
    article = _load(tmp_path, text)
    assert article.title == "FERRY TO SAIL TWICE A DAY"
    assert dimmed_passages(article.text) == []


def test_a_headline_that_ends_with_a_paper_s_word_stays_the_title(tmp_path: Path) -> None:
    text = f"FERRY MANAGER QUITS POST\nCrossings to go on\n\nShe will stay till May\n\n{STORY}"
    assert _load(tmp_path, text).title == "FERRY MANAGER QUITS POST"
