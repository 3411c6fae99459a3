"""`newslens extract - --format text` names its source as the reader and errors do."""

from __future__ import annotations

from tests.cli_run import run

PIPED = b"Ferry fares to rise\n\nThe harbour board said fares would rise by 12 percent.\n"


def test_piped_article_is_named_standard_input_under_its_title() -> None:
    result = run("extract", "-", "--format", "text", stdin=PIPED)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == ["Ferry fares to rise", "standard input"]
