"""config.toml as editors save it: with a byte order mark it is read, an unknown setting is a
warning naming it, and a config that is a directory is one plain line."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.config import load_config
from newslens.resources import sample_article
from tests.cli_run import assert_one_line_error, run


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSLENS_CONFIG_DIR", str(tmp_path / "config"))
    (tmp_path / "config").mkdir()
    return tmp_path / "config" / "config.toml"


def test_a_config_saved_with_a_byte_order_mark_is_read(config_file: Path) -> None:
    config_file.write_bytes(b"\xef\xbb\xbf[loading]\nmax_bytes = 10\n")
    assert_one_line_error(run("extract", str(sample_article())), "limit")


def test_an_unknown_setting_is_a_warning_naming_it(config_file: Path) -> None:
    config_file.write_text("[loading]\nmax_byte = 10\n[bogus]\nx = 1\n", encoding="utf-8")
    result = run("extract", str(sample_article()), "--format", "text")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"newslens: warning: config {config_file}: unknown setting [loading] max_byte is ignored",
        f"newslens: warning: config {config_file}: unknown setting [bogus] is ignored",
    ]


def test_a_config_that_is_a_directory_is_one_plain_line(config_file: Path) -> None:
    config_file.mkdir()
    result = run("extract", str(sample_article()))
    assert_one_line_error(result, f"cannot read config {config_file}: Is a directory")
    assert "Errno" not in result.stderr


@pytest.mark.parametrize(
    ("entry", "warnings"),
    [
        # A typo in a tag's setting would otherwise leave the tag without its key, unsaid.
        ('kye = "2"', ["unknown setting [[tags]] entry 1 kye is ignored"]),
        # Near miss: each setting a tag takes, "color" spelt either way, is no warning.
        ('key = "2"\ncolor = "red"\nverdict = true', []),
    ],
)
def test_an_unknown_setting_of_a_tag_is_a_warning_naming_it(
    config_file: Path, entry: str, warnings: list[str]
) -> None:
    config_file.write_text(f'[[tags]]\nname = "wrong"\ncolour = "red"\n{entry}\n', "utf-8")
    assert list(load_config(config_file).warnings) == [
        f"config {config_file}: {warning}" for warning in warnings
    ]
