"""Every command warns about a setting config.toml has that newslens does not know, once.

`newslens import` and `newslens annotations` said nothing: a typo in `[annotations]
journal` went unnoticed exactly where it mattered.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from tests.annotations.conftest import TEXT, span
from tests.cli_run import run


@pytest.fixture
def typo(article: Article) -> str:
    with AnnotationStore.open() as store:
        store.tag(article, *span(TEXT, "4,200 people"), "disputed", kind=TargetKind.CLAIM)
    config = Path(os.environ["NEWSLENS_CONFIG_DIR"]) / "config.toml"
    config.write_text('[annotations]\njurnal = "delete"\n', encoding="utf-8")
    return f"newslens: warning: config {config}: unknown setting [annotations] jurnal is ignored"


def test_annotations_warns_about_an_unknown_setting(typo: str) -> None:
    result = run("annotations")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [typo]
    assert "4,200 people" in result.stdout


def test_import_and_export_warn_once(typo: str, tmp_path: Path, article: Article) -> None:
    exported = tmp_path / "all.jsonl"
    result = run("export", article.source, "--format", "jsonl", "-o", str(exported))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [typo]
    result = run("import", str(exported))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [typo]
    assert "1 unchanged" in result.stdout
