"""The store under faults: SIGKILL mid-write, two writers, bad files, read-only places."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newslens.annotations.store import AnnotationStore, StoreError
from newslens.article import Article

# A child process: once told to go, tags spans of a fixed text, printing each id once committed.
WRITER = textwrap.dedent(
    """
    import sys
    import time
    from newslens.annotations.store import AnnotationStore
    from newslens.article import Article

    path, source, tag, first, count, pause = sys.argv[1:7]
    text = "".join(f"word{i:05d} " for i in range(5000))
    article = Article(text=text, source=source)
    store = AnnotationStore.open(__import__("pathlib").Path(path))
    print("ready", flush=True)
    sys.stdin.readline()  # go: both writers start together
    for i in range(int(first), int(first) + int(count)):
        start = i % 4900 * 10
        annotation = store.tag(article, start, start + 9, tag)
        store.set_note(article, start + 1, start + 9, f"{tag} {i}")
        print(annotation.id, flush=True)
        time.sleep(float(pause))  # a human's pace lets the other writer in between
    """
)


def _writer(
    path: Path, tag: str, first: int, count: int, pause: float = 0.0
) -> subprocess.Popen[str]:
    arguments = [str(path), "https://example.org/a", tag, str(first), str(count), str(pause)]
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, *arguments],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _start(*children: subprocess.Popen[str]) -> None:
    for child in children:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def test_sigkill_while_writing_loses_no_committed_annotation(tmp_path: Path) -> None:
    path = tmp_path / "annotations.sqlite3"
    child = _writer(path, "verified", 0, 100_000)
    _start(child)
    assert child.stdout is not None
    committed = []
    for line in child.stdout:
        committed.append(line.strip())
        if len(committed) == 200:
            break
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    committed += rest.split()  # printed after commit, before the kill landed
    assert child.returncode == -signal.SIGKILL
    assert _integrity(path) == "ok"
    with AnnotationStore.open(path) as store:
        assert store.notices == ()
        for annotation_id in committed:
            annotation = store.get(annotation_id)
            assert annotation is not None and annotation.tags == ("verified",)


def test_two_processes_tagging_the_same_article_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "annotations.sqlite3"
    AnnotationStore.open(path).close()
    # Both walk the same 150 spans: every tag lands on an annotation the other also changes.
    children = [_writer(path, tag, 0, 150, pause=0.005) for tag in ("verified", "disputed")]
    _start(*children)
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    text = "".join(f"word{i:05d} " for i in range(5000))
    with AnnotationStore.open(path) as store:
        annotations = store.annotations(Article(text=text).fingerprint)
    tagged = [a for a in annotations if a.tags]
    noted = [a for a in annotations if a.note]
    assert len(tagged) == 150 and all(set(a.tags) == {"verified", "disputed"} for a in tagged)
    # Each note span got one process's note last; both wrote, neither left it empty.
    assert len(noted) == 150
    assert _integrity(path) == "ok"


def test_a_corrupt_file_is_moved_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "annotations.sqlite3"
    garbage = b"this is not a database, but it is someone's data\n" * 200
    path.write_bytes(garbage)
    (tmp_path / "annotations.sqlite3-wal").write_bytes(b"stale wal")
    with AnnotationStore.open(path) as store:
        assert (
            len(store.notices) == 1
            and "moved to annotations.sqlite3.corrupt-" in (store.notices[0])
        )
        store.tag(Article(text="A fresh start."), 0, 7, "opinion")
    aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert sorted(p.name.endswith("-wal") for p in aside) == [False, True]
    original = next(p for p in aside if not p.name.endswith("-wal"))
    assert original.read_bytes() == garbage
    assert _integrity(path) == "ok"


def test_a_foreign_sqlite_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "annotations.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.close()
    with AnnotationStore.open(path) as store:
        assert "not a newslens annotations database" in store.notices[0]
    (aside,) = tmp_path.glob("annotations.sqlite3.corrupt-*")
    with sqlite3.connect(aside) as conn:
        assert conn.execute("SELECT name FROM recipes").fetchall() == [("soup",)]
    conn.close()


def test_a_damaged_page_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "annotations.sqlite3"
    with AnnotationStore.open(path) as store:
        for i in range(40):
            store.set_note(Article(text="x" * 1000), i, i + 1, "n" * 1500)
    data = bytearray(path.read_bytes())
    assert len(data) > 8 * 4096
    data[5 * 4096 : 7 * 4096] = b"\xff" * (2 * 4096)
    path.write_bytes(bytes(data))
    with AnnotationStore.open(path) as store:
        assert store.notices and "could not be used" in store.notices[0]
        assert store.documents() == []


def test_a_place_that_cannot_be_written_gives_an_empty_read_only_store(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    with AnnotationStore.open(blocker / "annotations.sqlite3") as store:
        assert store.readonly and "cannot be saved" in store.notices[0]
        assert store.open_document(Article(text="Some text.")).annotations == ()
        with pytest.raises(StoreError, match="read-only"):
            store.tag(Article(text="Some text."), 0, 4, "opinion")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_a_read_only_directory_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "annotations.sqlite3"
    article = Article(text="Some text here.")
    with AnnotationStore.open(path) as store:
        store.tag(article, 0, 4, "opinion")
    path.chmod(0o400)
    tmp_path.chmod(0o500)
    try:
        with AnnotationStore.open(path) as store:
            assert store.readonly and store.notices
            assert [a.exact for a in store.annotations(article.fingerprint)] == ["Some"]
            with pytest.raises(StoreError, match="read-only"):
                store.tag(article, 5, 9, "opinion")
    finally:
        tmp_path.chmod(0o700)
        path.chmod(0o600)


def test_a_write_refused_by_sqlite_switches_to_read_only(tmp_path: Path) -> None:
    article = Article(text="Some text here.")
    with AnnotationStore.open(tmp_path / "annotations.sqlite3") as store:
        store.tag(article, 0, 4, "opinion")
        store._conn.execute("PRAGMA query_only = 1")  # what a read-only mount looks like
        with pytest.raises(StoreError, match="is read-only"):
            store.tag(article, 5, 9, "opinion")
        assert store.readonly
        assert len(store.annotations(article.fingerprint)) == 1


def test_a_database_locked_by_another_program_is_not_taken_for_a_damaged_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A rollback journal (`journal = "delete"`, for network file systems): a writer's
    # exclusive lock keeps even readers out, which once read as "not a readable database".
    monkeypatch.setattr("newslens.annotations.store.database.BUSY_TIMEOUT_S", 0.05)
    path = tmp_path / "annotations.sqlite3"
    article = Article(text="The bridge cost $45 million.")
    with AnnotationStore.open(path, wal=False) as store:
        store.tag(article, 0, 28, "verified")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with AnnotationStore.open(path, wal=False) as store:
            assert store.readonly and "locked" in store.notices[0]
    finally:
        other.execute("COMMIT")
        other.close()
    assert not list(tmp_path.glob("*.corrupt-*"))
    with AnnotationStore.open(path, wal=False) as store:
        assert [a.tags for a in store.annotations(article.fingerprint)] == [("verified",)]
