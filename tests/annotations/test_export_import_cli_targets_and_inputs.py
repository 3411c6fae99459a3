"""`newslens export` and `import` with awkward outputs and inputs, as a user runs them."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore, default_path
from newslens.article import Article
from newslens.cli import main
from tests.annotations.conftest import TEXT, span
from tests.cli_run import assert_one_line_error, run


@pytest.fixture
def annotated(article: Article) -> Article:
    with AnnotationStore.open() as store:
        store.tag(article, *span(TEXT, "ferry fares would rise"), "disputed", kind=TargetKind.CLAIM)
    return article


def test_export_into_a_link_writes_its_target_and_keeps_the_link(
    annotated: Article, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kept" / "export.jsonl"
    target.parent.mkdir()
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    assert main(["export", "--all", "-o", str(link)]) == 0
    assert link.is_symlink()
    assert annotated.fingerprint in target.read_text(encoding="utf-8")


def test_export_into_a_pipe_writes_into_it_and_leaves_it_a_pipe(
    annotated: Article, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(
        target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True
    )
    reader.start()
    assert main(["export", "--all", "-o", str(fifo)]) == 0
    reader.join(timeout=60)  # the old export renamed a file over the pipe
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert annotated.fingerprint in received[0]


@pytest.mark.parametrize(
    ("name", "refused"), [("annotations.sqlite3", True), ("annotations.jsonl", False)]
)
def test_export_over_the_store_is_refused_and_the_annotations_kept(
    annotated: Article, capsys: pytest.CaptureFixture[str], name: str, refused: bool
) -> None:
    # `-o` aimed at the store itself once replaced every annotation with one export of them.
    output = default_path().with_name(name)
    assert main(["export", "--all", "-o", str(output)]) == (2 if refused else 0)
    err = capsys.readouterr().err
    assert ("where your annotations are kept, not written over" in err) == refused
    assert len(err.splitlines()) == int(refused)
    with AnnotationStore.open() as store:
        assert len(store.annotations(annotated.fingerprint)) == 1


def test_a_fingerprint_in_capitals_and_an_article_named_twice(
    annotated: Article, capsys: pytest.CaptureFixture[str]
) -> None:
    prefix = annotated.fingerprint[:10].upper()
    assert main(["export", prefix, annotated.source, "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1  # one annotation, once


def test_import_reads_a_file_with_a_byte_order_mark(
    annotated: Article, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "notepad.jsonl"
    assert main(["export", "--all", "-o", str(export)]) == 0
    export.write_bytes(b"\xef\xbb\xbf" + export.read_bytes())
    assert main(["import", str(export)]) == 0
    assert "0 new, 0 updated, 1 unchanged" in capsys.readouterr().out


def test_import_where_nothing_can_be_saved_is_one_line_and_keeps_the_annotations(
    annotated: Article, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = tmp_path / "all.jsonl"
    assert run("export", "--all", "-o", str(export)).returncode == 0
    with monkeypatch.context() as patch:
        blocker = tmp_path / "not-a-directory"
        blocker.write_text("x")
        patch.setenv("NEWSLENS_DATA_DIR", str(blocker))
        assert_one_line_error(run("import", str(export)), "nothing imported: annotations are")
    assert "(1 annotation)" in run("annotations").stdout


@pytest.mark.parametrize("command", [["annotations"], ["export", "--all"]])
def test_a_store_that_cannot_be_read_is_one_line_not_no_annotations(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    # Standing for a store chmod 000 (which this test, maybe run as root, could read anyway):
    # "no annotations yet" said the user's annotations were gone.
    default_path().mkdir(parents=True)
    assert main(command) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("newslens: annotations cannot be read: ")
    assert len(captured.err.splitlines()) == 1


def test_no_store_yet_is_no_annotations_yet(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["annotations"]) == 0
    assert capsys.readouterr().out == "no annotations yet\n"


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("report.csv", "fingerprint,source,title"),  # a spreadsheet's file: its header row
        ("report.md", "> ferry fares would rise"),  # Markdown: the passage quoted
        ("report.HTML", "<!DOCTYPE html>"),
        ("all.jsonl", '"schema_version": 1'),
        ("notes.txt", '"schema_version": 1'),  # near miss: no format of its own, jsonl
    ],
)
def test_export_without_format_writes_what_the_file_name_says(
    annotated: Article, tmp_path: Path, name: str, written: str
) -> None:
    # `-o report.csv` with no --format once wrote jsonl into a file a spreadsheet then opened.
    result = run("export", "--all", "-o", str(tmp_path / name))
    assert result.returncode == 0, result.stderr
    assert written in (tmp_path / name).read_text(encoding="utf-8-sig")


def test_export_format_given_wins_over_the_file_name(annotated: Article, tmp_path: Path) -> None:
    assert (
        run("export", "--all", "--format", "jsonl", "-o", str(tmp_path / "a.csv")).returncode == 0
    )
    assert (tmp_path / "a.csv").read_text(encoding="utf-8").startswith('{"schema_version": 1')
