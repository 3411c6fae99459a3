"""End to end: the installed `newslens` in a real terminal (tmux) on the sample article."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import unicodedata
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from newslens.analysis.model import Analysis
from newslens.analysis_cache import cache_key, store_analysis
from newslens.article import Article
from newslens.resources import sample_article
from newslens.sources import load_article
from tests.http_server import serve

if TYPE_CHECKING:
    from spacy.language import Language

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed")


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Callable[..., str]]:
    # A server of our own (-S), nothing the user runs in tmux touched, and one for each test,
    # its socket in the test's own directory: the last test's server, told to quit, may still
    # be going away when the next starts, and a session started on it is lost (an empty screen
    # for a whole test, seen in CI).
    socket = str(tmp_path / "tmux")

    def run(*args: str) -> str:
        assert TMUX is not None
        done = subprocess.run(
            [TMUX, "-S", socket, *args], capture_output=True, text=True, timeout=10, check=False
        )
        return done.stdout

    yield run
    run("kill-server")


@pytest.fixture(scope="session")
def sample_analysed(analysis_nlp: Language) -> tuple[Article, Analysis]:
    """The sample as the reader loads it, analysed once a session, in this process."""
    from newslens.analysis.pipeline import analyze

    article = load_article(str(sample_article()))
    return article, analyze(article, analysis_nlp)


@pytest.fixture
def sample_kept(private_dirs: Path, sample_analysed: tuple[Article, Analysis]) -> None:
    """The sample's analysis in the test's cache, as an earlier opening leaves it: the reader
    opens with its claims, instead of spending most of the test loading spaCy in its child
    (test_read_the_sample_move_to_a_claim_and_quit still analyses it, and checks it is kept)."""
    article, analysis = sample_analysed
    key = cache_key(article, None)
    assert key is not None
    store_analysis(key, analysis)


# How long a key's effect may take to show. Each wait ends as soon as it shows; the margin is
# for a loaded machine, where the app and tmux share two cores with other work.
_KEY_SECONDS = 30


def _wait_for(capture: Callable[[], str], wanted: Callable[[str], bool], seconds: float) -> str:
    deadline = time.monotonic() + seconds
    screen = capture()
    while not wanted(screen) and time.monotonic() < deadline:
        time.sleep(0.1)
        screen = capture()
    return screen


def _start(
    tmux: Callable[..., str], private_dirs: Path, session: str, command: str
) -> Callable[[], str]:
    """Run ``command`` in a new 100x30 tmux session with private newslens dirs."""
    env = [
        f"-eNEWSLENS_{name}_DIR={private_dirs / name.lower()}"
        for name in ("DATA", "CONFIG", "CACHE")
    ]
    # COLUMNS/LINES from the test process would pin the app's size: drop them.
    wrapped = f"{command}; echo NEWSLENS-EXIT=$?; sleep 60"
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", *env, wrapped)
    return lambda: tmux("capture-pane", "-p", "-t", session)


def test_read_the_sample_move_to_a_claim_and_quit(
    tmux: Callable[..., str], private_dirs: Path
) -> None:
    binary = Path(sys.executable).parent / "newslens"
    assert binary.exists(), f"newslens is not installed next to {sys.executable}"
    capture = _start(tmux, private_dirs, "e2e", f"env -u COLUMNS -u LINES {binary}")

    title = sample_article().read_text(encoding="utf-8").split("\n", 1)[0][:40]
    screen = _wait_for(capture, lambda s: title in s, 20)
    assert title in screen, screen
    # The analysis runs in the background; its status replaces "analysing…" when done.
    screen = _wait_for(capture, lambda s: "claims ·" in s or "failed" in s, 60)
    assert "claims ·" in screen, screen
    tmux("send-keys", "-t", "e2e", "]")
    screen = _wait_for(capture, lambda s: "▸" in s, _KEY_SECONDS)
    assert any(line[1:2] == "▸" for line in screen.splitlines()), screen
    tmux("send-keys", "-t", "e2e", "q")
    screen = _wait_for(capture, lambda s: "NEWSLENS-EXIT=" in s, _KEY_SECONDS)
    assert "NEWSLENS-EXIT=0" in screen, screen
    # The real binary keeps the analysis for the next opening, in this user's cache.
    assert list((private_dirs / "cache" / "analyses").glob("*.json"))


def test_article_piped_on_stdin_still_reads_keys_from_the_terminal(
    tmux: Callable[..., str], private_dirs: Path, tmp_path: Path
) -> None:
    binary = Path(sys.executable).parent / "newslens"
    article = tmp_path / "piped.txt"
    article.write_text("Piped headline for the test\n\nThe text arrived on a pipe.\n")
    capture = _start(
        tmux, private_dirs, "pipe", f"cat {article} | env -u COLUMNS -u LINES {binary} -"
    )

    screen = _wait_for(capture, lambda s: "Piped headline for the test" in s, 20)
    assert "Piped headline for the test" in screen, screen
    tmux("send-keys", "-t", "pipe", "q")
    screen = _wait_for(capture, lambda s: "NEWSLENS-EXIT=" in s, _KEY_SECONDS)
    assert "NEWSLENS-EXIT=0" in screen, screen


@pytest.mark.usefixtures("sample_kept")
def test_a_note_typed_in_a_burst_is_saved_whole(
    tmux: Callable[..., str], private_dirs: Path
) -> None:
    binary = Path(sys.executable).parent / "newslens"
    capture = _start(tmux, private_dirs, "note", f"env -u COLUMNS -u LINES {binary}")
    screen = _wait_for(capture, lambda s: "claims ·" in s or "failed" in s, 60)
    assert "claims ·" in screen, screen
    tmux("send-keys", "-t", "note", "]")
    _wait_for(capture, lambda s: "▸" in s, _KEY_SECONDS)
    tmux("send-keys", "-t", "note", "e")
    screen = _wait_for(capture, lambda s: "ctrl+s save" in s, _KEY_SECONDS)
    assert "ctrl+s save" in screen, screen
    # As over SSH, or pasted: the whole note and ctrl+s arrive together, in one write.
    note = "Called the press office at 14:05; they promised a statement by 6pm. Chase tomorrow."
    tmux("send-keys", "-t", "note", "-l", note, ";", "send-keys", "-t", "note", "C-s")
    screen = _wait_for(capture, lambda s: "ctrl+s save" not in s and "saved" in s, _KEY_SECONDS)
    tmux("send-keys", "-t", "note", "q")
    _wait_for(capture, lambda s: "NEWSLENS-EXIT=" in s, _KEY_SECONDS)
    listed = subprocess.run(
        [str(binary), "annotations"], capture_output=True, text=True, timeout=60, check=False
    )
    assert f"note: {note}" in listed.stdout, listed.stdout + screen


@pytest.mark.usefixtures("sample_kept")
def test_keys_in_one_write_each_act_on_what_the_ones_before_did(
    tmux: Callable[..., str], private_dirs: Path
) -> None:
    # The analysis kept, the claims show at once: "]6" sent as they do may come before the
    # annotations are open, and is tagged as soon as they are.
    binary = Path(sys.executable).parent / "newslens"
    capture = _start(tmux, private_dirs, "burst", f"env -u COLUMNS -u LINES {binary}")
    screen = _wait_for(capture, lambda s: "claims ·" in s or "failed" in s, 60)
    assert "claims ·" in screen, screen
    # "]" marks a claim and "6" tags it, in one write (as pasted, or sent over SSH).
    tmux("send-keys", "-t", "burst", "-l", "]6")
    screen = _wait_for(capture, lambda s: "+opinion" in s or "nothing is marked" in s, _KEY_SECONDS)
    assert "+opinion" in screen, screen
    # "e" opens the note editor and what follows in the same write is the note.
    note = "Typed straight after e"
    tmux("send-keys", "-t", "burst", "-l", f"]e{note}", ";", "send-keys", "-t", "burst", "C-s")
    screen = _wait_for(capture, lambda s: "note saved" in s, _KEY_SECONDS)
    tmux("send-keys", "-t", "burst", "q")
    _wait_for(capture, lambda s: "NEWSLENS-EXIT=" in s, _KEY_SECONDS)
    listed = subprocess.run(
        [str(binary), "annotations"], capture_output=True, text=True, timeout=60, check=False
    )
    assert "opinion" in listed.stdout, listed.stdout + screen
    assert f"note: {note}" in listed.stdout, listed.stdout + screen


@pytest.mark.usefixtures("sample_kept")
def test_ctrl_q_in_the_note_editor_keeps_the_note(
    tmux: Callable[..., str], private_dirs: Path
) -> None:
    binary = Path(sys.executable).parent / "newslens"
    capture = _start(tmux, private_dirs, "quit", f"env -u COLUMNS -u LINES {binary}")
    screen = _wait_for(capture, lambda s: "claims ·" in s or "failed" in s, 60)
    assert "claims ·" in screen, screen
    tmux("send-keys", "-t", "quit", "]")
    _wait_for(capture, lambda s: "▸" in s, _KEY_SECONDS)
    tmux("send-keys", "-t", "quit", "e")
    screen = _wait_for(capture, lambda s: "ctrl+q save and quit" in s, _KEY_SECONDS)
    assert "ctrl+q save and quit" in screen, screen
    note = "Half typed when the reader was closed"
    tmux("send-keys", "-t", "quit", "-l", note, ";", "send-keys", "-t", "quit", "C-q")
    screen = _wait_for(capture, lambda s: "NEWSLENS-EXIT=" in s, _KEY_SECONDS)
    assert "NEWSLENS-EXIT=0" in screen, screen
    assert "the note you were writing is saved" in screen, screen
    listed = subprocess.run(
        [str(binary), "annotations"], capture_output=True, text=True, timeout=60, check=False
    )
    assert f"note: {note}" in listed.stdout, listed.stdout + screen


def _cells(line: str) -> int:
    """How many cells tmux gives ``line``: marks and format characters none, wide two."""
    return sum(
        0
        if unicodedata.category(char) in ("Mn", "Me", "Cf") and char != "\u00ad"
        else 1 + (unicodedata.east_asian_width(char) in "WF")
        for char in line
    )


def test_invisible_characters_in_a_claim_leave_the_panel_border_in_place(
    tmux: Callable[..., str], private_dirs: Path, tmp_path: Path
) -> None:
    binary = Path(sys.executable).parent / "newslens"
    article = tmp_path / "joiners.txt"
    article.write_text(
        "Council approves sea wall\n\n"
        "Engineer Raj Patel said costs could rise by 15 per\u00adcent because the "
        "con\u200dtractor, a family\u200d\U0001f468\u200d\U0001f469 firm, and the "
        "sea\u00adwall supplier \U0001f44d\U0001f3fd raised prices.\n\n"
        "Residents said the old wall had given way twice in ten years.\n",
        encoding="utf-8",
    )
    capture = _start(tmux, private_dirs, "zwj", f"env -u COLUMNS -u LINES {binary} {article}")
    screen = _wait_for(capture, lambda s: "claims ·" in s or "failed" in s, 60)
    assert "claims ·" in screen, screen
    assert "tractor" in screen.split("▏", 2)[-1]  # the claim is in the panel too
    rows = screen.splitlines()
    borders = {_cells(row[: row.index("▏")]) for row in rows if "▏" in row[:-12]}
    assert len(borders) == 1, screen
    # A skin tone Rich measures as no cell pushed the border out of its row altogether.
    thumbs = next(row for row in rows if "\U0001f44d" in row)
    assert "▏" in thumbs and _cells(thumbs[: thumbs.index("▏")]) in borders, screen
    assert max(map(_cells, rows)) <= 100, screen


@pytest.mark.usefixtures("sample_kept")
def test_a_search_typed_in_one_write_with_slash_is_searched_for(
    tmux: Callable[..., str], private_dirs: Path
) -> None:
    binary = Path(sys.executable).parent / "newslens"
    capture = _start(tmux, private_dirs, "find", f"env -u COLUMNS -u LINES {binary}")
    screen = _wait_for(capture, lambda s: "claims ·" in s or "failed" in s, 60)
    assert "claims ·" in screen, screen
    # The query's first letters once went to the article (S hid the speakers, e opened the
    # note editor), the second time above all, when the search bar is there already.
    for query in ("Peskov", "Sky News"):
        tmux("send-keys", "-t", "find", "-l", f"/{query}", ";", "send-keys", "-t", "find", "Enter")
        screen = _wait_for(capture, lambda s, q=query: f"for '{q}'" in s, _KEY_SECONDS)
        assert f"for '{query}'" in screen, screen
    tmux("send-keys", "-t", "find", "q")
    screen = _wait_for(capture, lambda s: "NEWSLENS-EXIT=" in s, _KEY_SECONDS)
    assert "NEWSLENS-EXIT=0" in screen, screen


def test_a_url_shows_that_it_is_being_fetched_until_the_page_is_in(
    tmux: Callable[..., str], private_dirs: Path
) -> None:
    binary = Path(sys.executable).parent / "newslens"
    with serve() as base:
        url = f"{base}/held"  # answers once the test asks it to
        capture = _start(tmux, private_dirs, "fetch", f"env -u COLUMNS -u LINES {binary} {url}")
        screen = _wait_for(capture, lambda s: f"Fetching {url}" in s, 20)
        assert f"Fetching {url}" in screen and "fetching…" in screen, screen
        urllib.request.urlopen(f"{base}/release").close()
        screen = _wait_for(capture, lambda s: "Harbour dredging to resume" in s, 20)
    assert "Harbour dredging to resume" in screen and "Fetching" not in screen, screen
    tmux("send-keys", "-t", "fetch", "q")
    screen = _wait_for(capture, lambda s: "NEWSLENS-EXIT=" in s, _KEY_SECONDS)
    assert "NEWSLENS-EXIT=0" in screen, screen


def test_a_url_that_cannot_be_fetched_is_one_line_and_exit_2(
    tmux: Callable[..., str], private_dirs: Path
) -> None:
    binary = Path(sys.executable).parent / "newslens"
    with serve() as base:
        command = f"env -u COLUMNS -u LINES {binary} --timeout 1 {base}/trickle"
        capture = _start(tmux, private_dirs, "unfetched", command)
        screen = _wait_for(capture, lambda s: "NEWSLENS-EXIT=" in s, 20)
    assert f"newslens: {base}/trickle: timed out after 1 s\nNEWSLENS-EXIT=2" in screen, screen


def test_text_wrapped_by_hand_reads_as_paragraphs_and_is_searched_across_line_ends(
    tmux: Callable[..., str], private_dirs: Path, tmp_path: Path
) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(
        "Northbay port operator cuts outlook as dredging delays bite\n\n"
        "LONDON, March 4 (Reuters) - Northbay Ports Plc cut its full-year profit\n"
        "forecast on Tuesday, blaming delays to dredging work that have kept\n"
        "larger ships from its main harbour, and its shares fell 8 percent.\n\n"
        '"We are frustrated by the pace of the work," Grant told reporters on a\n'
        'call. "Every week of delay costs us customers."\n',
        encoding="utf-8",
    )
    binary = Path(sys.executable).parent / "newslens"
    capture = _start(tmux, private_dirs, "wrap", f"env -u COLUMNS -u LINES {binary} {article}")
    screen = _wait_for(capture, lambda s: "claims ·" in s or "failed" in s, 60)
    assert "claims ·" in screen, screen
    rows = [line.split("▏")[0].rstrip() for line in screen.splitlines()]
    start = next(i for i, row in enumerate(rows) if "LONDON, March 4" in row)
    end = next(i for i, row in enumerate(rows) if "8 percent." in row)
    # One paragraph: no blank row between its lines, each row filled as the width allows.
    assert all(rows[i].strip() for i in range(start, end + 1)), screen
    words = " ".join(rows[i][3:].strip() for i in range(start, end + 1))
    assert words.startswith("LONDON, March 4 (Reuters) - Northbay Ports Plc cut its full-year"), (
        screen
    )
    tmux(
        "send-keys", "-t", "wrap", "-l", "/profit forecast", ";", "send-keys", "-t", "wrap", "Enter"
    )
    screen = _wait_for(capture, lambda s: "for 'profit forecast'" in s, _KEY_SECONDS)
    assert "1 match for 'profit forecast'" in screen, screen
    tmux("send-keys", "-t", "wrap", "q")
    screen = _wait_for(capture, lambda s: "NEWSLENS-EXIT=" in s, _KEY_SECONDS)
    assert "NEWSLENS-EXIT=0" in screen, screen


@pytest.mark.usefixtures("sample_kept")
def test_the_sample_opened_again_opens_where_it_was_left(
    tmux: Callable[..., str], private_dirs: Path
) -> None:
    binary = Path(sys.executable).parent / "newslens"
    command = f"env -u COLUMNS -u LINES {binary}"
    capture = _start(tmux, private_dirs, "first", command)
    screen = _wait_for(capture, lambda s: "claims ·" in s or "failed" in s, 60)
    assert "claims ·" in screen, screen
    tmux("send-keys", "-t", "first", "space")
    screen = _wait_for(capture, lambda s: "%" in s.splitlines()[-2], _KEY_SECONDS)
    left = screen.splitlines()[2]  # the article's first line on screen, under the header
    tmux("send-keys", "-t", "first", "q")
    _wait_for(capture, lambda s: "NEWSLENS-EXIT=" in s, _KEY_SECONDS)

    capture = _start(tmux, private_dirs, "again", command)
    screen = _wait_for(capture, lambda s: "opened where you left it" in s, 60)
    assert "opened where you left it · g for the top" in screen, screen
    assert screen.splitlines()[2][:50] == left[:50], screen


def test_esc_and_q_in_one_write_quit(
    tmux: Callable[..., str], private_dirs: Path, tmp_path: Path
) -> None:
    # The terminal's esc is the escape prefix: esc and q typed quickly reach the reader as
    # alt+q, which did nothing.
    binary = Path(sys.executable).parent / "newslens"
    article = tmp_path / "quick.txt"
    article.write_text("Council delays vote\n\nThe vote was put off until May, the clerk said.\n")
    capture = _start(tmux, private_dirs, "escq", f"env -u COLUMNS -u LINES {binary} {article}")

    screen = _wait_for(capture, lambda s: "Council delays vote" in s, 20)
    assert "Council delays vote" in screen, screen
    tmux("send-keys", "-t", "escq", "Escape", "q")
    screen = _wait_for(capture, lambda s: "NEWSLENS-EXIT=" in s, _KEY_SECONDS)
    assert "NEWSLENS-EXIT=0" in screen, screen
