"""`newslens export`, `newslens import` and `newslens annotations` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.cli import main
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
    (tmp_path / "brat").mkdir()
    result = run("export", "--all", "--format", "brat", "-o", str(tmp_path / "brat"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.suffix for p in (tmp_path / "brat").iterdir()) == [".ann", ".conf", ".txt"]
    assert_one_line_error(run("export", "--all", "--format", "brat"), "give -o DIR")


def test_brat_into_a_directory_again_keeps_the_first_ann_edited_since(
    annotated: Article, tmp_path: Path
) -> None:
    (tmp_path / "brat").mkdir()
    args = ("export", "--all", "--format", "brat", "-o", str(tmp_path / "brat"))
    assert run(*args).returncode == 0
    (first,) = (tmp_path / "brat").glob("*.ann")
    first.write_text("T1\tClaim 0 7\tHarbour\n")  # corrected by hand in brat
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert first.read_text() == "T1\tClaim 0 7\tHarbour\n"
    again = [f"{first.stem}-2.ann", f"{first.stem}-2.txt"]
    names = sorted([first.name, first.with_suffix(".txt").name, *again, "annotation.conf"])
    assert sorted(p.name for p in (tmp_path / "brat").iterdir()) == names


@pytest.mark.parametrize("fmt", ["csv", "html", "jsonl"])
def test_an_export_never_writes_over_the_article_it_exports(
    annotated: Article, tmp_path: Path, fmt: str
) -> None:
    copy = tmp_path / "copy.txt"  # the same text under another name: the same article
    copy.write_text(TEXT, encoding="utf-8")
    for source, target in ((annotated.source, annotated.source), (str(copy), str(copy))):
        result = run("export", source, "--format", fmt, "-o", target)
        assert_one_line_error(result, "is an article being exported")
    assert_one_line_error(
        run("export", "--all", "--format", fmt, "-o", annotated.source), "not written over"
    )
    assert Path(annotated.source).read_text(encoding="utf-8") == TEXT
    assert copy.read_text(encoding="utf-8") == TEXT


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


def test_export_by_the_address_a_saved_page_was_also_read_from(
    annotated: Article, tmp_path: Path
) -> None:
    address = "https://kellbridge-news.example/ferry-fares"
    with AnnotationStore.open() as store:
        store.open_document(Article(text=TEXT, title=annotated.title, source=address))
    out = tmp_path / "ferry.jsonl"
    result = run("export", address, "--format", "jsonl", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "exported 2 annotations" in result.stdout
    never_read = "https://kellbridge-news.example/harbour-dredging"
    assert_one_line_error(run("export", never_read), "no annotated article")


def test_bad_input_is_one_line_and_exit_2(annotated: Article, tmp_path: Path) -> None:
    # Neither given is not "both": the message says what is missing.
    nothing = run("export")
    assert_one_line_error(nothing, "export needs SOURCE (one or more) or --all")
    assert "both" not in nothing.stderr
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


def _said(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """What ``newslens ARGS`` said on standard error, checked to be its one line with exit 2."""
    assert main(args) == 2
    [line] = capsys.readouterr().err.splitlines()
    return line


def test_import_of_what_cannot_be_read_says_why_as_loading_an_article_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "adir"
    folder.mkdir()
    said = _said(["import", str(folder)], capsys)
    assert said == f"newslens: {folder}: is a directory, not a .jsonl export"
    locked = tmp_path / "locked.jsonl"
    locked.write_text("{}\n", encoding="utf-8")

    read_text = Path.read_text

    def refused(path: Path, *args: Any, **kwargs: Any) -> str:
        if path == locked:  # as for a user who may not read it (the tests run as root)
            raise PermissionError(13, "Permission denied", str(path))
        return read_text(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refused)
    assert _said(["import", str(locked)], capsys) == f"newslens: {locked}: permission denied"
    # Near miss: a file not there is still "no such file".
    missing = tmp_path / "missing.jsonl"
    assert _said(["import", str(missing)], capsys) == f"newslens: {missing}: no such file"


@pytest.mark.parametrize("command", [["export", "--all"], ["annotations"]])
@pytest.mark.parametrize("file", ["data", "data/below"])
def test_a_file_where_the_data_directory_should_be_is_named_in_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    file: str,
) -> None:
    (tmp_path / "data").write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path / file))
    said = _said(command, capsys)
    assert said == f"newslens: annotations cannot be read: {tmp_path / 'data'} is not a directory"


def test_a_data_directory_not_there_yet_still_has_no_annotations_yet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Near miss: a data directory still to be made is no fault, nor a warning.
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path / "new" / "data"))
    assert _said(["export", "--all"], capsys).endswith("there are no annotations to export yet")
    assert main(["annotations"]) == 0
    assert capsys.readouterr().out == "no annotations yet\n"


def test_standard_input_named_twice_is_refused_not_called_empty(annotated: Article) -> None:
    piped = Path(annotated.source).read_bytes()
    twice = run("export", "-", "-", stdin=piped)
    assert_one_line_error(twice, "- (standard input) can be given only once")
    once = run("export", "-", stdin=piped)  # near miss: the piped article's annotations
    assert once.returncode == 0 and annotated.fingerprint in once.stdout


def _orphaned(annotated: Article) -> None:
    """The article's file changes so that the claim's passage is gone: an orphan."""
    path = Path(annotated.source)
    edited = TEXT.replace("ferry fares would rise by 12 percent", "fares would be reviewed")
    path.write_text(edited, encoding="utf-8")


def test_brat_counts_only_what_it_wrote_and_names_the_orphans_left_out(
    annotated: Article, tmp_path: Path
) -> None:
    _orphaned(annotated)
    out = tmp_path / "brat"
    out.mkdir()
    result = run("export", annotated.source, "--format", "brat", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "exported 1 annotation to" in result.stdout
    [warning] = result.stderr.splitlines()
    assert "1 orphaned annotation left out" in warning
    assert "“ferry fares would rise by 12 percent”" in warning
    [ann] = out.glob("*.ann")
    assert [line[0] for line in ann.read_text(encoding="utf-8").splitlines()] == ["T", "#"]


def test_other_formats_still_carry_the_orphans(annotated: Article) -> None:
    _orphaned(annotated)
    result = run("export", annotated.source, "--format", "csv", "-o", "-")
    assert result.returncode == 0 and result.stderr == ""
    assert "ferry fares would rise by 12 percent" in result.stdout


@pytest.fixture
def imported(annotated: Article, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store that knows the article only from `newslens import`: no text."""
    out = tmp_path / "all.jsonl"
    assert run("export", "--all", "--format", "jsonl", "-o", str(out)).returncode == 0
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path / "elsewhere"))
    assert run("import", str(out)).returncode == 0
    return out


def test_brat_of_articles_without_their_text_is_an_error_and_writes_nothing(
    imported: Path, tmp_path: Path
) -> None:
    out = tmp_path / "brat"
    out.mkdir()
    assert_one_line_error(
        run("export", "--all", "--format", "brat", "-o", str(out)), "no text to write"
    )
    assert list(out.iterdir()) == []
    named = tmp_path / "a.ann"
    assert_one_line_error(run("export", "--all", "--format", "brat", "-o", str(named)), "no text")
    assert not named.exists()


def test_html_of_an_article_without_its_text_lists_its_annotations_and_says_why(
    imported: Path,
) -> None:
    result = run("export", "--all", "--format", "html")
    assert result.returncode == 0
    [warning] = result.stderr.splitlines()
    assert warning.startswith("newslens: warning: ") and "text is not in the store" in warning
    assert "4,200 people" in result.stdout and 'class="text"' not in result.stdout
    assert "text is not in the store" in result.stdout


def test_dash_is_standard_output(
    annotated: Article, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    for fmt in ("jsonl", "csv", "html"):
        result = run("export", annotated.source, "--format", fmt, "-o", "-")
        assert result.returncode == 0, result.stderr
        assert "4,200 people" in result.stdout and "exported" not in result.stdout
    brat = run("export", annotated.source, "--format", "brat", "-o", "-")
    assert_one_line_error(brat, "not one stream")
    assert list(here.iterdir()) == []


@pytest.mark.parametrize("where", [".", "..", "exports"])
def test_o_a_directory_writes_a_file_named_after_the_article_in_it(
    annotated: Article, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    here = tmp_path / "here"
    (here / "exports").mkdir(parents=True)
    monkeypatch.chdir(here)
    for number in ("", "-2"):  # an earlier export is never overwritten
        result = run("export", annotated.source, "--format", "jsonl", "-o", where)
        assert result.returncode == 0, result.stderr
        written = (
            here
            / where
            / f"harbour-board-says-ferry-fares-will-rise-{annotated.fingerprint[:8]}{number}.jsonl"
        )
        assert f"to {Path(where) / written.name}" in result.stdout
        assert len(written.read_text(encoding="utf-8").splitlines()) == 2


@pytest.mark.parametrize(
    ("fmt", "written"),
    [
        ("jsonl", "nowhere/"),
        ("brat", "nowhere/"),
        ("brat", "nowhere"),  # brat writes into a directory: one missing is not made
        ("csv", "nowhere/a.csv"),
        ("brat", "nowhere/a.ann"),
    ],
)
def test_o_a_missing_directory_is_an_error_in_every_format(
    annotated: Article, tmp_path: Path, fmt: str, written: str
) -> None:
    result = run("export", annotated.source, "--format", fmt, "-o", f"{tmp_path}/{written}")
    assert_one_line_error(result, f"{tmp_path / 'nowhere'}")
    assert result.stderr.rstrip().endswith(": no such directory")
    assert not (tmp_path / "nowhere").exists()


def test_o_a_new_file_in_a_directory_that_is_there_is_written(
    annotated: Article, tmp_path: Path
) -> None:
    result = run("export", annotated.source, "--format", "csv", "-o", str(tmp_path / "nowhere"))
    assert result.returncode == 0, result.stderr
    assert "4,200 people" in (tmp_path / "nowhere").read_text(encoding="utf-8")


def test_brat_to_a_file_that_is_not_ann_is_an_error(annotated: Article, tmp_path: Path) -> None:
    out = tmp_path / "x.txt"
    result = run("export", annotated.source, "--format", "brat", "-o", str(out))
    assert_one_line_error(result, "give -o DIR or -o FILE.ann")
    assert not out.exists()


def test_html_on_standard_output_shows_escapes_as_pictures(annotated: Article) -> None:
    result = run("export", annotated.source, "--format", "html")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "Ask for the␛[2J count" in result.stdout
