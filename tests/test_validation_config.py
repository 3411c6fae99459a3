"""A config.toml value newslens cannot use stops it at start-up: one line naming the file and
the value, exit code 2, before any article is opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.config import config_path, load_config
from newslens.errors import NewslensError
from newslens.resources import sample_article
from tests.cli_run import assert_one_line_error, run


def _write_config(text: str) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("config", "fragment"),
    [
        ("[keys]\nnext-claim = 5\n", "[keys] next-claim must be keys in quotes"),
        ('[keys]\nundo = ["z"]\n', "[keys] undo must be keys in quotes"),
        ("[loading]\nurl_timeout = nan\n", "[loading] url_timeout"),
        ("[loading]\nurl_timeout = -1\n", "[loading] url_timeout"),
        ("[loading]\nurl_timeout = 0\n", "[loading] url_timeout"),
        ("[loading]\nurl_timeout = inf\n", "[loading] url_timeout"),
        ("[loading]\nmax_bytes = -5\n", "[loading] max_bytes"),
        ("[loading]\nmax_bytes = 0\n", "[loading] max_bytes"),
        ('[loading]\nmax_bytes = "20MB"\n', "[loading] max_bytes"),
        (
            '[[tags]]\nkey = "1"\nname = "verified"\ncolour = "darkgren"\n',
            "[[tags]] entry 1: colour 'darkgren'",
        ),
        (
            '[[tags]]\nkey = "1"\nname = "verified"\ncolour = "#12345"\n',
            "[[tags]] entry 1: colour '#12345'",
        ),
        ('[[tags]]\nname = ""\ncolour = "red"\n', '[[tags]] entry 1: needs a name, like name = "'),
        ('[[tags]]\ncolour = "red"\n', '[[tags]] entry 1: needs a name, like name = "'),
        ('[[tags]]\nname = 7\ncolour = "red"\n', "[[tags]] entry 1: name must be text"),
        ('[[tags]]\nname = "verified"\n', "[[tags]] entry 1: needs a colour: #rgb, #rrggbb"),
        (
            '[[tags]]\nkey = "a"\nname = "verified"\ncolour = "red"\n',
            "[[tags]] entry 1: key 'a' is no quick-tag key: one digit, 1 to 9",
        ),
        ('[annotations]\njournal = "truncate"\n', '[annotations] journal must be "wal" or'),
        ("annotations = 5\n", "annotations must be a [annotations] table"),
        ("loading = 5\n", "loading must be a [loading] table"),
        ("tags = 5\n", "tags must be [[tags]] tables"),
        ("[analysis]\nmodel = 5\n", "[analysis] model must be a spaCy package name"),
    ],
)
@pytest.mark.parametrize("command", ["extract", "read"])
def test_a_bad_config_value_is_one_line_naming_the_file(
    config: str, fragment: str, command: str
) -> None:
    path = _write_config(config)
    result = run(command, str(sample_article()))
    assert_one_line_error(result, fragment)
    assert str(path) in result.stderr


@pytest.mark.parametrize(
    ("config", "message"),
    [
        # Written as TOML's other way to name a table: said in the file's words, not Python's.
        (
            '[tags.verified]\ncolour = "green"\n',
            'tags must be [[tags]] tables, each with its name = "…", not a [tags] table',
        ),
        # Near miss: a value that is no table at all is quoted as it is.
        ("tags = 5\n", "tags must be [[tags]] tables, not 5"),
    ],
)
def test_tags_written_as_one_table_are_told_apart_in_the_files_words(
    config: str, message: str
) -> None:
    path = _write_config(config)
    with pytest.raises(NewslensError) as raised:
        load_config(path)
    assert str(raised.value) == f"config {path}: {message}"
