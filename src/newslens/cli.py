"""The ``newslens`` command: dispatch to the subcommand the arguments name, nothing else; the
arguments themselves are parsed as :mod:`newslens.cli_arguments` says.

Each subcommand imports what it needs when it runs: the reader's start-up time is
paid by every launch, so it carries nothing the reader does not use.
"""

from __future__ import annotations

import argparse
import os
import signal
import stat
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from newslens import json_text
from newslens.analysis.spacy_model import check_named_model
from newslens.article import Article
from newslens.cli_arguments import STDIN_ONCE, build_parser, parse_arguments
from newslens.config import Config, config_path, data_dir, load_config
from newslens.errors import NewslensError
from newslens.resources import sample_article
from newslens.sources import LoadOptions, is_url, load_article

if TYPE_CHECKING:
    from newslens.analysis.model import Analysis
    from newslens.article import Article


COMMANDS = ("read", "extract", "export", "import", "annotations", "config")


def _normalise_argv(argv: list[str]) -> list[str]:
    # `newslens FILE` means `newslens read FILE`: the reader is the default command.
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        return ["read", *argv]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parse_arguments(parser, _normalise_argv(list(sys.argv[1:] if argv is None else argv)))
    handler: Callable[[argparse.Namespace], int] = {
        "read": cmd_read,
        "extract": cmd_extract,
        "export": cmd_export,
        "import": cmd_import,
        "annotations": cmd_annotations,
        "config": cmd_config,
    }[args.command]
    if sys.stdout is None:
        # Started with standard output closed (`>&-`): what it prints would vanish unsaid.
        if args.command in ("extract", "annotations", "config") or (
            args.command == "export" and args.output in (None, "", "-")
        ):
            _error(NewslensError("standard output is closed; redirect it to a file"))
            return 2
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (until exit)
    try:
        code = handler(args)
        sys.stdout.flush()  # a full disk shows here, not in a traceback at exit
        return code
    except NewslensError as exc:
        _error(exc)
        return 2
    except KeyboardInterrupt:
        _error(NewslensError("interrupted"))
        return 130
    except BrokenPipeError:
        # `newslens annotations | head`: the reader went away; that is not an error.
        _silence_stdout()
        return 0
    except OSError as exc:
        # Standard output on a full disk, or a file newslens could not write.
        if exc.filename is None:
            _silence_stdout()
        _error(NewslensError(f"{exc.filename or 'standard output'}: {exc.strerror or exc}"))
        return 2


def _error(exc: NewslensError) -> None:
    # One line, whatever a library put in the message.
    print(f"newslens: {' '.join(str(exc).split())}", file=sys.stderr)


def _warn(message: str) -> None:
    print(f"newslens: warning: {message}", file=sys.stderr)


def _config(warn: Callable[[str], None] = _warn) -> Config:
    """config.toml, its warnings (settings newslens does not know) said once, by every command."""
    config = load_config()
    for message in config.warnings:
        warn(message)
    return config


def _load_options(args: argparse.Namespace, config: Config) -> LoadOptions:
    return LoadOptions(
        max_bytes=args.max_bytes if args.max_bytes is not None else config.max_bytes,
        timeout=args.timeout if args.timeout is not None else config.url_timeout,
    )


def _reattach_terminal() -> None:
    """After reading the article from a pipe, read keys from the terminal instead.

    ``curl … | newslens -`` leaves standard input at the pipe's end; the reader's
    keys come from the controlling terminal, as they do for ``less``.
    """
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise NewslensError(
            "the article came on standard input and there is no terminal to read keys from; "
            "use `newslens extract -` instead"
        ) from None
    os.dup2(tty, sys.stdin.fileno())
    os.close(tty)


def _piped_stdin() -> bool:
    """Whether standard input is a pipe or a file (not a terminal, nor /dev/null)."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False  # no real standard input at all
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def cmd_read(args: argparse.Namespace) -> int:
    # "cat article.txt | newslens" means the piped article, as "-" does; without this, the
    # reader would take the piped text for key presses.
    piped = args.source is None and _piped_stdin()
    source = "-" if piped else args.source or str(sample_article())
    warnings: list[str] = []

    def warn(message: str) -> None:
        _warn(message)  # kept in the terminal's scrollback too
        warnings.append(message)

    options = _load_options(args, _config(warn))
    check_named_model(args.model)
    # The analysis starts in a child process now, on another core, while Textual
    # is still being imported (see newslens/tui/background.py). A URL is fetched
    # there too, so that the reader can say what it is fetching meanwhile.
    from newslens.tui.background import BackgroundAnalysis

    if is_url(source):
        analysis = BackgroundAnalysis(source, args.model, options=options)
        article = analysis.article  # a stand-in saying what is being fetched
    else:
        try:
            article = load_article(source, options, warn)
        except NewslensError:
            _refuse_bad_reader_options(args.theme)
            raise
        if source == "-" and not sys.stdin.isatty():
            _reattach_terminal()
        analysis = BackgroundAnalysis(article, args.model)
    try:
        # Imported here: `newslens extract` never needs Textual.
        from newslens.tui.app import NewslensApp

        app = NewslensApp(article, analyzer=analysis, theme=args.theme, load_warnings=warnings)
        app.run()
    finally:
        analysis.close()
    if app.fetch_error is not None:
        raise NewslensError(app.fetch_error)
    return app.return_code or 0  # Textual has printed what stopped it


def _refuse_bad_reader_options(theme: str | None) -> None:
    """Raise the error the reader would refuse to start with (--theme, config.toml [keys]): a
    source that cannot be read must not hide it. Made here only once the source has failed: made
    first, the reader (Textual's import) would hold up the analysis a good source starts."""
    from newslens.tui.app import NewslensApp

    NewslensApp(Article(""), theme=theme)


def cmd_extract(args: argparse.Namespace) -> int:
    # Imported here: spaCy is loaded only by the commands that analyse.
    from newslens.analysis.pipeline import analysis_pipeline, analyze_many
    from newslens.analysis_cache import analysed_once_each, analyses_through_cache
    from newslens.report import ChunkProgress, Progress, record, render

    if args.jobs < 1:
        raise NewslensError("--jobs must be at least 1")
    _refuse_stdin_twice(args.sources)
    options = _load_options(args, _config())
    check_named_model(args.model)
    # A batch goes on past a source it cannot read (one line each, then exit 2), as `cat`
    # does: a dead link among a hundred costs that one, not the other ninety-nine.
    articles = []
    unread = 0
    texts: dict[str, str] = {}  # copies of one text share it: 500 of a page hold it once
    for source in args.sources:
        try:
            article = load_article(source, options, _warn)
        except NewslensError as exc:
            _error(exc)
            unread += 1
            continue
        text = texts.setdefault(article.text, article.text)
        articles.append(article if text is article.text else replace(article, text=text))
    if not articles:
        return 2
    failed = 2 if unread else 0
    # A long text takes minutes: without a word meanwhile, it looks hung.
    chunks = ChunkProgress(sys.stderr, sys.stdout)

    def analyse(batch: list[Article]) -> Iterator[Analysis]:
        nlp = analysis_pipeline(requested=args.model)
        return analyze_many(batch, nlp=nlp, n_process=args.jobs, chunk_parsed=chunks.chunk_parsed)

    def analysed(batch: list[Article]) -> Iterator[Analysis]:
        return (
            analyse(batch) if args.no_cache else analyses_through_cache(batch, args.model, analyse)
        )

    analyses = analysed_once_each(articles, analysed)
    progress = Progress(len(articles), sys.stderr, sys.stdout)
    with _ctrl_c_ends_workers():
        try:
            if args.format == "json" and len(args.sources) > 1:
                # Several sources as json: one array, so the output stays one JSON document.
                records = []
                for article, analysis in zip(articles, analyses, strict=True):
                    records.append(record(article, analysis))
                    progress.step()
                progress.done()
                print(json_text.dumps(records, indent=2), flush=True)
                return failed
            for article, analysis in zip(articles, analyses, strict=True):
                print(render(article, analysis, args.format), flush=True)
                progress.step()
        except BrokenPipeError:
            _silence_stdout()
        finally:
            # Cut short too: the shell's prompt starts on a line of its own.
            chunks.done()
            progress.done()
            _stop(analyses, workers=args.jobs > 1)
    return failed


def _refuse_stdin_twice(sources: list[str]) -> None:
    if sources.count("-") > 1:
        raise NewslensError(STDIN_ONCE)


@contextmanager
def _ctrl_c_ends_workers() -> Iterator[None]:
    """Ctrl-C while spaCy's workers run: newslens ends them, then stops, without a word from them.

    Ctrl-C reaches the whole process group. The workers, forked with this handler, pass it by
    (left to Python, each would print its KeyboardInterrupt's traceback), and newslens ends them
    before spaCy waits for them, which would be for ever: a worker blocks writing docs nobody
    reads any more.
    """
    newslens = os.getpid()

    def interrupted(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != newslens:
            return
        _end_workers()
        # spaCy's "a worker failed", said when it lets go of them, up to the exit: ended here.
        warnings.filterwarnings("ignore", message=r"\[W127\]")
        raise KeyboardInterrupt

    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        yield  # started in the background (`… &`): Ctrl-C is not for it
        return
    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _stop(analyses: Iterator[object], workers: bool) -> None:
    """End an analysis cut short (`| head`, an error, Ctrl-C) without waiting on its workers.

    spaCy's workers block writing results nobody reads, and spaCy joins them when its
    pipe is closed: without this, `newslens extract --jobs 2 … | head` never ends.
    """
    _end_workers()
    if workers:
        _unjoined_feeders()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # spaCy's "a worker failed": we stopped it
        close = getattr(analyses, "close", None)
        if close is not None:
            close()


def _end_workers() -> None:
    import multiprocessing  # here: ~6 ms that every launch of the reader would pay

    for child in multiprocessing.active_children():
        child.terminate()


def _unjoined_feeders() -> None:
    """Let the process exit without waiting on the threads that fed spaCy's workers.

    Each queue to a worker has a thread writing the texts into its pipe; with the worker gone
    (Ctrl-C reaches the whole process group) nobody reads, and the exit would wait for that
    thread forever. The queues are spaCy's own, so they are found among the live objects;
    texts a finished run left unsent are none.
    """
    import gc
    from multiprocessing.queues import Queue

    for queue in gc.get_objects():
        if isinstance(queue, Queue):
            queue.cancel_join_thread()


def _silence_stdout() -> None:
    # The reader went away: what is still buffered for it is dropped, not reported at exit.
    try:
        descriptor = sys.stdout.fileno()
    except (OSError, ValueError):
        return  # not a real file (a test's capture): nothing is flushed at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)


def cmd_export(args: argparse.Namespace) -> int:
    if bool(args.sources) == args.all:
        which = "not both" if args.all else "to say which articles"
        raise NewslensError(f"export needs SOURCE (one or more) or --all, {which}")
    _refuse_stdin_twice(args.sources)
    from newslens.annotations.commands import run_export
    from newslens.annotations.exports.files import format_named_by

    output = None if args.output in (None, "", "-") else Path(args.output)
    # Path drops a trailing slash: `-o out/` would write a file called "out".
    if output and args.output.endswith("/") and not output.is_dir():
        raise NewslensError(f"{args.output}: no such directory")
    named = format_named_by(output) if output and not output.is_dir() else None
    fmt = args.format or named or "jsonl"
    config = _config()
    options = _load_options(args, config)
    return run_export(
        None if args.all else args.sources,
        fmt,
        output,
        config,
        lambda source: load_article(source, options, _warn),
        _warn,
        sys.stdout,
    )


def cmd_import(args: argparse.Namespace) -> int:
    from newslens.annotations.commands import run_import

    return run_import(args.file, _config(), _warn, sys.stdout, sys.stdin)


def cmd_annotations(args: argparse.Namespace) -> int:
    from newslens.annotations.commands import run_list

    return run_list(args.search, args.articles, _config(), _warn, sys.stdout)


def cmd_config(args: argparse.Namespace) -> int:
    from newslens.analysis_cache import entries_dir
    from newslens.annotations.store.database import DB_NAME

    _config()  # a value newslens cannot use stops it here, as it would stop any command
    path = config_path()
    state = "" if path.is_file() else " (not there yet: every setting has its default)"
    print(f"config.toml      {path}{state}")
    print(f"annotations      {data_dir() / DB_NAME}")
    print(f"analysis cache   {entries_dir()}")
    return 0
