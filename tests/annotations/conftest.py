"""Fixtures for the annotation tests: a fresh store, a small article of our own, and the
edit of that article that leaves two of its claims orphans, each for its own reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newslens.annotations.anchoring import quote_selector
from newslens.annotations.model import Annotation, TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article

TEXT = (
    "Harbour Board Says Ferry Fares Will Rise\n\n"
    "The harbour board said on Monday that ferry fares would rise by 12 percent in spring. "
    '"We have no other choice," chair Mira Okafor told reporters. '
    "Commuter groups claimed the increase was the third in two years, "
    "a figure the board disputed. Okafor said 4,200 people use the ferry each day."
)

# Two claims of TEXT that NEW_TEXT orphans for different reasons: COUNT's figure is
# changed, CLAIMED's sentence is deleted.
COUNT = "Okafor said 4,200 people use the ferry each day"
CLAIMED = "Commuter groups claimed the increase was the third in two years"
NEW_TEXT = TEXT.replace("4,200", "4,500").replace(
    "Commuter groups claimed the increase was the third in two years, "
    "a figure the board disputed. ",
    "",
)


@pytest.fixture
def article(tmp_path: Path) -> Article:
    path = tmp_path / "ferry.txt"
    path.write_text(TEXT, encoding="utf-8")
    return Article(text=TEXT, title="Harbour Board Says Ferry Fares Will Rise", source=str(path))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AnnotationStore]:
    with AnnotationStore.open(tmp_path / "data" / "annotations.sqlite3") as opened:
        yield opened


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def annotation_at(text: str, start: int, end: int) -> Annotation:
    """An annotation of ``text[start:end]``, as the store would save it, before any edit."""
    selector = quote_selector(text, start, end)
    return Annotation("b" * 32, "old", start, end, selector.exact, selector.prefix, selector.suffix)


def tagged_then_edited(article: Article, *also: tuple[str, str]) -> Article:
    """COUNT tagged false and CLAIMED disputed (and each (passage, tag) in ``also``), then the
    file edited to NEW_TEXT: a figure changed, a sentence deleted."""
    with AnnotationStore.open() as store:
        for part, tag in ((COUNT, "false"), (CLAIMED, "disputed"), *also):
            store.tag(article, *span(TEXT, part), tag, kind=TargetKind.CLAIM)
    Path(article.source).write_text(NEW_TEXT, encoding="utf-8")
    return Article(text=NEW_TEXT, title=article.title, source=article.source)
