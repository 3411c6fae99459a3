"""`newslens extract` writing where it cannot (its reader gone, a full disk, standard output
closed), its progress bars (many sources, a long text's chunks) on a terminal only and kept out
of output on the same terminal, and standard input named twice."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newslens.analysis import pipeline
from newslens.resources import sample_article
from tests.cli_run import assert_one_line_error, run


def _newslens(*args: str) -> list[str]:
    return [sys.executable, "-m", "newslens", *args]


def test_extract_with_jobs_ends_when_its_reader_goes_away(tmp_path: Path) -> None:
    sources = []
    for n in range(6):
        path = tmp_path / f"a{n}.txt"
        path.write_text(sample_article().read_text(encoding="utf-8"), encoding="utf-8")
        sources.append(str(path))
    sources.append(str(tmp_path / "missing.txt"))
    process = subprocess.Popen(
        _newslens("extract", *sources, "--format", "jsonl", "--jobs", "2"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # `| head -1`
    try:
        process.wait(timeout=120)  # a guard against the hang, not a speed check
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("newslens extract --jobs 2 went on waiting for its workers")
    stderr = process.stderr.read().decode()
    assert "Traceback" not in stderr
    assert process.returncode == 2, stderr  # the missing source still counts
    assert stderr.strip().splitlines() == [f"newslens: {tmp_path / 'missing.txt'}: no such file"]


def test_extract_with_jobs_ends_on_ctrl_c(tmp_path: Path) -> None:
    text = sample_article().read_text(encoding="utf-8")
    sources = []
    for n in range(40):
        path = tmp_path / f"a{n}.txt"
        path.write_text(f"{text}\nUpdated {n} times.\n", encoding="utf-8")
        sources.append(str(path))
    process = subprocess.Popen(
        _newslens("extract", *sources, "--format", "jsonl", "--jobs", "2", "--no-cache"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C reaches
        # as from a shell: a test runner's worker may ignore SIGINT, which a child inherits
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert process.stdout is not None
    process.stdout.readline()  # the workers are at work
    os.killpg(process.pid, signal.SIGINT)
    try:
        _, stderr = process.communicate(timeout=120)  # a guard against the hang, not a speed check
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail("newslens extract --jobs 2 went on waiting for its workers after Ctrl-C")
    assert process.returncode == 130
    # One line, as a user pressing Ctrl-C expects: no worker's traceback, no spaCy warning.
    assert stderr.decode().splitlines() == ["newslens: interrupted"]


def test_extract_to_a_full_disk_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            _newslens("extract", str(sample_article()), "--format", "text"),
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "newslens: standard output: No space left on device"
    ]


def test_extract_with_standard_output_closed_says_so() -> None:
    result = subprocess.run(
        " ".join(_newslens("extract", str(sample_article()))) + " >&-",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert_one_line_error(result, "standard output is closed")


def _on_a_terminal(args: list[str], stdout_to_terminal: bool) -> str:
    """What a terminal shows of a run whose stderr (and stdout, if asked) is that terminal."""
    primary, secondary = pty.openpty()
    with subprocess.Popen(
        args,
        stdout=secondary if stdout_to_terminal else subprocess.DEVNULL,
        stderr=secondary,
        stdin=subprocess.DEVNULL,
    ) as process:
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the terminal's other side is gone: the run has ended
                break
            if not chunk:
                break
            shown += chunk
        process.wait(timeout=120)
    os.close(primary)
    return shown.decode()


def test_the_progress_bar_keeps_out_of_output_on_the_same_terminal(tmp_path: Path) -> None:
    sources = []
    for n in range(6):
        path = tmp_path / f"brief{n}.txt"
        path.write_text(f"Brief {n}\n\nThe council met on Monday.\n", encoding="utf-8")
        sources.append(str(path))
    args = _newslens("extract", *sources, "--format", "text")
    assert "] 6/6" in _on_a_terminal(args, stdout_to_terminal=False)
    shown = _on_a_terminal(args, stdout_to_terminal=True)
    assert "Brief 5" in shown and "/6" not in shown


_PARAGRAPH = "The council met on Monday. Its leader said fares would rise by 5% in May."


@pytest.mark.parametrize(
    ("paragraphs", "on_a_terminal", "shown", "between"),
    [
        (8, True, "analysing {path}, chunks [" + "#" * 30 + "] 4/4", "\n\n"),
        # One line with no paragraph break: its chunks end at sentence ends instead.
        (8, True, "analysing {path}, chunks [" + "#" * 30 + "] 4/4", " "),
        (8, False, "", "\n\n"),  # piped or saved: scripts see no bar
        (2, True, "", "\n\n"),  # a short text is done before a bar would help
    ],
)
def test_a_long_text_shows_its_chunks_parsed_on_a_terminal(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    paragraphs: int,
    on_a_terminal: bool,
    shown: str,
    between: str,
) -> None:
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 2 * len(_PARAGRAPH) + 4)  # two paragraphs
    path = tmp_path / "long.txt"
    path.write_text(between.join([_PARAGRAPH] * paragraphs) + "\n", encoding="utf-8")
    result = run("extract", str(path), "--format", "jsonl", stderr_on_a_terminal=on_a_terminal)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1  # the record, untouched by the bar
    # Each step redraws the line ("\r"), which reads back as a line of its own.
    last = result.stderr.splitlines()[-1] if shown else result.stderr
    assert last == shown.format(path=path), result.stderr


def test_standard_input_named_twice_is_refused_before_reading_it() -> None:
    result = run("extract", "-", "-", stdin=b"The council met on Monday.\n")
    assert_one_line_error(result, "- (standard input) can be given only once")
    assert result.stdout == ""
