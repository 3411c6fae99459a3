"""`newslens export`, `newslens import` and `newslens annotations` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from tests.annotations.conftest import TEXT, span
from tests.cli_run import assert_one_line_error, run


@pytest.fixture
def annotated(article: Article) -> Article:
    with AnnotationStore.open() as store:
        store.tag(
            article,
            *span(TEXT, "ferry fares would rise by 12 percent"),
            "disputed",
            kind=TargetKind.CLAIM,
            claimant="The harbour board",
        )
        store.set_note(article, *span(TEXT, "4,200 people"), "Ask for the\x1b[2J count")
    return article


def test_nothing_annotated_yet() -> None:
    result = run("annotations")
    assert result.returncode == 0 and result.stdout.strip() == "no annotations yet"
    assert_one_line_error(run("export", "--all"), "no annotations to export yet")


def test_annotations_lists_and_searches(annotated: Article) -> None:
    listing = run("annotations")
    assert listing.returncode == 0, listing.stderr
    assert "Harbour Board Says Ferry Fares Will Rise  (2 annotations)" in listing.stdout
    assert "[disputed]" in listing.stdout and "The harbour board" in listing.stdout
    assert "\x1b" not in listing.stdout  # a note cannot drive the terminal
    found = run("annotations", "--search", "ASK FOR")
    assert "(1 of 2 annotations)" in found.stdout and "4,200 people" in found.stdout
    assert "ferry fares" not in found.stdout
    assert run("annotations", "--search", "zzz").stdout.strip() == "no annotations match"
    articles = run("annotations", "--articles")
    assert "Harbour Board" in articles.stdout and "[disputed]" not in articles.stdout


def test_export_import_round_trip(
    annotated: Article, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "all.jsonl"
    result = run("export", annotated.source, "--format", "jsonl", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "exported 2 annotations" in result.stdout
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {line["fingerprint"] for line in lines} == {annotated.fingerprint}

    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path / "elsewhere"))
    imported = run("import", str(out))
    assert imported.returncode == 0, imported.stderr
    assert "2 new, 0 updated, 0 unchanged" in imported.stdout
    again = run("export", "--all", "--format", "jsonl")
    assert again.stdout == out.read_text(encoding="utf-8")
    assert "2 unchanged" in run("import", str(out)).stdout


@pytest.mark.parametrize("fmt", ["w3c", "claimreview", "csv", "html"])
def test_every_format_from_the_command_line(annotated: Article, fmt: str) -> None:
    prefix = annotated.fingerprint[:10]
    result = run("export", prefix, "--format", fmt)
    assert result.returncode == 0, result.stderr
    if fmt in ("w3c", "claimreview"):
        assert json.loads(result.stdout)
    else:
        assert "4,200 people" in result.stdout or fmt == "claimreview"


def test_brat_into_a_directory(annotated: Article, tmp_path: Path) -> None:
    result = run("export", "--all", "--format", "brat", "-o", str(tmp_path / "brat"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.suffix for p in (tmp_path / "brat").iterdir()) == [".ann", ".txt"]
    assert_one_line_error(run("export", "--all", "--format", "brat"), "give -o DIR")


def test_brat_never_overwrites_a_text_file_of_the_users(annotated: Article, tmp_path: Path) -> None:
    mine = tmp_path / "interview.txt"
    mine.write_text("my interview transcript")
    args = ("export", annotated.source, "--format", "brat", "-o", str(tmp_path / "interview.ann"))
    assert_one_line_error(run(*args), "interview.txt exists and is not this article's text")
    assert mine.read_text() == "my interview transcript"
    assert not (tmp_path / "interview.ann").exists()
    mine.unlink()
    assert run(*args).returncode == 0
    assert run(*args).returncode == 0  # its own earlier export: the same text, rewritten


def test_bad_input_is_one_line_and_exit_2(annotated: Article, tmp_path: Path) -> None:
    assert_one_line_error(run("export"), "SOURCE")
    assert_one_line_error(run("export", annotated.source, "--all"), "not both")
    assert_one_line_error(run("export", "https://example.invalid/x"), "no annotated article")
    assert_one_line_error(run("export", "deadbeefdeadbeef"), "no annotated article")
    assert_one_line_error(run("export", annotated.fingerprint[:4]), "at least 8 characters")
    plain = tmp_path / "plain.txt"
    plain.write_text("Nothing annotated here.", encoding="utf-8")
    assert_one_line_error(run("export", str(plain)), "has no annotations")
    assert_one_line_error(run("import", str(tmp_path / "missing.jsonl")), "no such file")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x"}\n', encoding="utf-8")
    assert_one_line_error(run("import", str(broken)), "broken.jsonl:1: missing")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    assert_one_line_error(run("import", str(empty)), "no annotations in it")
