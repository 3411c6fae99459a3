"""`newslens export --format brat -o NAME.ann` writes NAME.txt beside it: never over the
article being exported, nor over a file whose bytes differ from the article's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.cli import main
from tests.annotations.conftest import TEXT, span

WINDOWS_BYTES = TEXT.replace("\n", "\r\n").encode("utf-8")


@pytest.fixture
def windows_article(tmp_path: Path) -> Article:
    """An article saved with Windows line ends, tagged as newslens read it (line ends as \\n)."""
    path = tmp_path / "ferry.txt"
    path.write_bytes(WINDOWS_BYTES)
    article = Article(text=TEXT, title="Harbour Board Says Ferry Fares Will Rise", source=str(path))
    with AnnotationStore.open() as store:
        store.tag(article, *span(TEXT, "ferry fares would rise"), "disputed", kind=TargetKind.CLAIM)
    return article


def test_an_ann_named_after_the_article_leaves_the_article_as_it_was(
    windows_article: Article, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--all", "--format", "brat", "-o", str(tmp_path / "ferry.ann")]) == 2
    assert "not written over" in capsys.readouterr().err
    assert (tmp_path / "ferry.txt").read_bytes() == WINDOWS_BYTES
    assert not (tmp_path / "ferry.ann").exists()


def test_a_copy_with_other_line_ends_beside_the_ann_is_not_replaced(
    windows_article: Article, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(WINDOWS_BYTES)
    assert main(["export", "--all", "--format", "brat", "-o", str(tmp_path / "copy.ann")]) == 2
    assert "not this article's text" in capsys.readouterr().err
    assert copy.read_bytes() == WINDOWS_BYTES
