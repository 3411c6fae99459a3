"""Launch to first line on screen, and launch to highlights complete, in a real terminal.

Run by hand:  python benchmarks/first_paint.py [--runs 5]

Each program is started in a private tmux server whose pane output is streamed
to a file (pipe-pane), watched until the article's first line is drawn (and, for
newslens, until the analysis status replaces "analysing…"). Polling capture-pane
instead would start a tmux client every few milliseconds, CPU work that competes
with the program being measured. The baseline, measured in the same run, is a
minimal Textual app that shows the same text in a Static: the least a Textual
reader can do. Prints medians and the ratio newslens / baseline; for the sample, also
its highlights when it is opened again, its analysis read from the analysis cache.

Both run from compiled bytecode, as an installed package does: Textual's is
compiled by pip, and newslens's is compiled here first (an editable install under
PYTHONDONTWRITEBYTECODE would otherwise compile every module on every launch,
some 15 ms no user pays). ``--no-compile`` measures without it.
"""

from __future__ import annotations

import argparse
import codecs
import compileall
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from articles import generated_article, sample

MINIMAL_APP = """
import sys
from rich.text import Text
from textual.app import App
from textual.containers import VerticalScroll
from textual.widgets import Static

TEXT = open(sys.argv[1], encoding="utf-8").read()


class Minimal(App):
    def compose(self):
        with VerticalScroll():
            yield Static(Text(TEXT))


Minimal().run()
"""

SOCKET = f"newslens-bench-{os.getpid()}"


def tmux(*args: str) -> str:
    done = subprocess.run(
        ["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=False
    )
    return done.stdout


def timed_launch(
    command: list[str], wanted: str, then: str | None, env: dict[str, str], limit: float
) -> tuple[float, float | None]:
    """Seconds until ``wanted`` is drawn, and until ``then`` is (if given).

    The pane's shell waits on a tmux channel, so the output stream is attached
    before the program starts; the clock starts when the channel is signalled.
    """
    tmux("kill-session", "-t", "bench")
    stream = Path(tempfile.mkstemp(prefix="newslens-pane-")[1])
    exports = [f"-e{key}={value}" for key, value in env.items()]
    program = " ".join(["env", "-u", "COLUMNS", "-u", "LINES", *command])
    shell = f"tmux -L {SOCKET} wait-for go; {program}; sleep 30"
    tmux("new-session", "-d", "-s", "bench", "-x", "100", "-y", "30", *exports, shell)
    tmux("pipe-pane", "-t", "bench", f"cat >> {stream}")
    first: float | None = None
    second: float | None = None
    start = time.perf_counter()
    tmux("wait-for", "-S", "go")
    try:
        with stream.open("rb") as output:
            # Incremental: a character split between two reads ("·" in the status) still matches.
            decode = codecs.getincrementaldecoder("utf-8")("replace").decode
            seen = ""
            while time.perf_counter() - start < limit:
                chunk = output.read()
                now = time.perf_counter() - start
                if not chunk:
                    time.sleep(0.002)
                    continue
                # Only the tail of what was seen can hold the start of a match.
                seen = seen[-200:] + decode(chunk)
                if first is None and wanted in seen:
                    first = now
                    if then is None:
                        break
                if first is not None and then is not None and then in seen:
                    second = now
                    break
    finally:
        tmux("kill-session", "-t", "bench")
        stream.unlink(missing_ok=True)
    if first is None:
        raise SystemExit(f"{command[0]}: {wanted!r} never appeared within {limit:g} s")
    return first, second


def reopened(newslens: Path, path: Path, first_line: str, env: dict[str, str]) -> float:
    """Seconds to the highlights of an article opened before: its analysis is kept.

    ``newslens extract`` keeps it first: the reader measured before was stopped as soon as
    its highlights were drawn, perhaps before its analysis process had written them.
    """
    subprocess.run(
        [str(newslens), "extract", str(path)],
        env={**os.environ, **env},
        capture_output=True,
        check=True,
    )
    complete = timed_launch([str(newslens), str(path)], first_line, "claims ·", env, 60)[1]
    if complete is None:
        raise SystemExit("newslens: the highlights of a re-opened article never appeared")
    return complete


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-large", action="store_true", help="only the sample article")
    parser.add_argument(
        "--no-compile", action="store_true", help="do not compile newslens's bytecode first"
    )
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        raise SystemExit("tmux is needed")
    package = importlib.util.find_spec("newslens")
    if not args.no_compile and package is not None and package.origin is not None:
        compileall.compile_dir(Path(package.origin).parent, quiet=1)
    newslens = Path(sys.executable).parent / "newslens"
    work = Path(tempfile.mkdtemp(prefix="newslens-bench-"))
    minimal = work / "minimal_app.py"
    minimal.write_text(MINIMAL_APP, encoding="utf-8")
    env = {f"NEWSLENS_{name}_DIR": str(work / name.lower()) for name in ("DATA", "CONFIG", "CACHE")}
    articles = [("sample", sample())]
    if not args.skip_large:
        articles.append(("5 MB", generated_article(work / "five-mb.txt")))
    try:
        for label, path in articles:
            first_line = path.read_text(encoding="utf-8").split("\n", 1)[0][:40]
            ours, base, done, warm = [], [], [], []
            for _ in range(args.runs):
                # Each run opens the article for the first time: no analysis kept from the last.
                shutil.rmtree(work / "cache", ignore_errors=True)
                shown, complete = timed_launch(
                    [str(newslens), str(path)],
                    first_line,
                    "claims ·" if label == "sample" else None,
                    env,
                    60,
                )
                ours.append(shown)
                if complete is not None:
                    done.append(complete)
                base.append(
                    timed_launch(
                        [sys.executable, str(minimal), str(path)], first_line, None, env, 60
                    )[0]
                )
                if label == "sample":
                    warm.append(reopened(newslens, path, first_line, env))
            size = path.stat().st_size
            print(f"{label} ({size:,} bytes), median of {args.runs}:")
            print(f"  newslens first line      {median(ours):.3f} s")
            print(f"  minimal Textual app      {median(base):.3f} s")
            print(f"  ratio                    {median(ours) / median(base):.2f}x")
            if done:
                print(f"  newslens highlights done {median(done):.3f} s")
            if warm:
                print(f"  highlights, re-opened    {median(warm):.3f} s (analysis cache warm)")
                print(f"  ratio re-opened / first  {median(warm) / median(done):.2f}x")
    finally:
        tmux("kill-server")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
