"""Running the `newslens` command as a user does, and checking its one-line errors."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

# The commands that read their sources, print and exit. They run in the test's own process,
# on real files for standard input, output and error: a new interpreter for each cost a test
# seconds (Python, spaCy and the model, loaded again). `read` takes the terminal, `--jobs`
# starts processes of its own and `--help` fits the terminal's width: those run in a new one.
_PRINT_AND_EXIT = frozenset({"extract", "export", "import", "annotations", "config"})


def run(
    *args: str, stdin: bytes | None = None, stderr_on_a_terminal: bool = False
) -> subprocess.CompletedProcess[str]:
    """The run's code and what it printed; ``stderr_on_a_terminal``: its standard error says
    it is a terminal, as when a user runs it with standard output redirected."""
    if not args or args[0] not in _PRINT_AND_EXIT or {"--jobs", "--help", "-h"} & set(args):
        assert not stderr_on_a_terminal, "only a run in this process fakes a terminal"
        return _in_a_new_process(args, stdin)
    return _in_this_process(args, stdin, stderr_on_a_terminal)


def _in_a_new_process(
    args: tuple[str, ...], stdin: bytes | None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newslens", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1"},
    )


def _in_this_process(
    args: tuple[str, ...], stdin: bytes | None, stderr_on_a_terminal: bool
) -> subprocess.CompletedProcess[str]:
    from newslens.cli import main

    with (
        tempfile.TemporaryFile() as given,
        tempfile.TemporaryFile() as printed,
        tempfile.TemporaryFile() as said,
    ):
        given.write(stdin or b"")
        given.seek(0)
        with (
            _standard_streams(given, printed, said, stderr_on_a_terminal),
            _warnings_printed_to_stderr(),
        ):
            try:
                code = main(list(args))
            except SystemExit as exit_:  # argparse's usage errors
                code = exit_.code if isinstance(exit_.code, int) else 0 if exit_.code is None else 1
        return subprocess.CompletedProcess(
            ["newslens", *args], code, _read_as_text(printed), _read_as_text(said)
        )


@contextmanager
def _standard_streams(
    given: IO[bytes],
    printed: IO[bytes],
    said: IO[bytes],
    stderr_on_a_terminal: bool = False,
) -> Iterator[None]:
    """Standard input, output and error on the three files, NO_COLOR set, as a new process
    with its output piped has them; all put back after."""
    saved = sys.stdin, sys.stdout, sys.stderr
    colour = os.environ.get("NO_COLOR")
    # Python's own streams on a pipe: UTF-8, strict out, backslashes for what error cannot say.
    sys.stdin = io.TextIOWrapper(given, encoding="utf-8")
    sys.stdout = io.TextIOWrapper(printed, encoding="utf-8")
    wrapper = _Terminal if stderr_on_a_terminal else io.TextIOWrapper
    sys.stderr = wrapper(said, encoding="utf-8", errors="backslashreplace")
    os.environ["NO_COLOR"] = "1"
    try:
        yield
    finally:
        for stream in (sys.stdin, sys.stdout, sys.stderr):
            stream.flush()
            stream.detach()  # the files stay open, to be read
        sys.stdin, sys.stdout, sys.stderr = saved
        if colour is None:
            del os.environ["NO_COLOR"]
        else:
            os.environ["NO_COLOR"] = colour


class _Terminal(io.TextIOWrapper):
    """A file standing in for a terminal: what is written to it is kept to be read."""

    def isatty(self) -> bool:
        return True


@contextmanager
def _warnings_printed_to_stderr() -> Iterator[None]:
    """Python's warnings on standard error, under the filters a new interpreter starts with,
    as a new process prints them: a stray library warning breaks a one-line error here too."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.resetwarnings()
        warnings.simplefilter("default")
        for category in (
            DeprecationWarning,
            PendingDeprecationWarning,
            ImportWarning,
            ResourceWarning,
        ):
            warnings.simplefilter("ignore", category)
        yield
    for warning in caught:
        sys.stderr.write(
            warnings.formatwarning(
                warning.message, warning.category, warning.filename, warning.lineno, warning.line
            )
        )


def _read_as_text(file: IO[bytes]) -> str:
    file.seek(0)
    return io.TextIOWrapper(file, encoding="utf-8", errors="replace").read()


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newslens: ") and fragment in lines[0], lines[0]
