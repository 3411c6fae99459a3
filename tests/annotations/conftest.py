"""Fixtures for the annotation tests: a fresh store and a small article of our own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newslens.annotations.store import AnnotationStore
from newslens.article import Article

TEXT = (
    "Harbour Board Says Ferry Fares Will Rise\n\n"
    "The harbour board said on Monday that ferry fares would rise by 12 percent in spring. "
    '"We have no other choice," chair Mira Okafor told reporters. '
    "Commuter groups claimed the increase was the third in two years, "
    "a figure the board disputed. Okafor said 4,200 people use the ferry each day."
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
