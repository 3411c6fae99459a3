"""`newslens read`: the parts that do not need a terminal."""

from __future__ import annotations

import pytest

from newslens.cli import main


def test_an_unknown_theme_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--theme", "no-such-theme"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newslens: no theme called 'no-such-theme'; choose one of:")
    assert "high-contrast" in err and len(err.strip().splitlines()) == 1
