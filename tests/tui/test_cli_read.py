"""`newslens read`: the parts that do not need a terminal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.cli import main
from newslens.config import config_path
from newslens.tui import background
from newslens.tui.app import NewslensApp

Analyzer = Callable[[Article], Analysis]


def test_an_unknown_theme_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--theme", "no-such-theme"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newslens: no theme called 'no-such-theme'; choose one of:")
    assert "high-contrast" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("theme", "keys", "said"),
    [
        ("no-such-theme", "", "no theme called 'no-such-theme'; choose one of:"),
        ("light", '[keys]\nnext-claim = "1"\n', "config "),
        ("light", "", "{source}: is empty"),  # good options: the source's own error
    ],
)
def test_an_options_error_is_said_before_the_sources(
    theme: str, keys: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_path()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(keys, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["--theme", theme, str(empty)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newslens: " + said.format(source=empty)), err
    assert len(err.splitlines()) == 1


def test_a_key_bound_twice_in_config_is_a_one_line_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_path()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[keys]\nnext-claim = "1"\n', encoding="utf-8")
    monkeypatch.setattr(background, "BackgroundAnalysis", _NoAnalysis)
    monkeypatch.setattr(NewslensApp, "run", lambda app: pytest.fail("the reader opened"))
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"newslens: config {config}: [keys] next-claim and quick-tag-1 are both on 1; "
        "give one of them another key\n"
    )


def test_a_key_name_textual_does_not_know_is_a_one_line_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_path()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[keys]\nnext-claim = "ctrl+shift+alt+nonsense"\n', encoding="utf-8")
    monkeypatch.setattr(background, "BackgroundAnalysis", _NoAnalysis)
    monkeypatch.setattr(NewslensApp, "run", lambda app: pytest.fail("the reader opened"))
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"newslens: config {config}: [keys] next-claim is on 'ctrl+shift+alt+nonsense', "
        "which is not a key; "
    )
    assert len(err.splitlines()) == 1


class _NoAnalysis:
    def __init__(self, *args: object) -> None:
        pass

    def close(self) -> None:
        pass


def test_a_loading_warning_reaches_the_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "cafe.txt"
    article.write_bytes("Caf\u00e9 owners said prices rose \u201csharply\u201d.\n".encode("cp1252"))
    shown: list[str] = []

    def run(app: NewslensApp) -> None:
        shown.extend(app._load_warnings)  # what on_mount notifies

    monkeypatch.setattr(background, "BackgroundAnalysis", _NoAnalysis)
    monkeypatch.setattr(NewslensApp, "run", run)
    assert main([str(article)]) == 0
    assert any("Windows-1252" in warning for warning in shown), shown
    assert "Windows-1252" in capsys.readouterr().err  # and in the terminal's scrollback


async def test_load_warnings_are_shown_as_toasts(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, load_warnings=["read as Windows-1252"])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "read as Windows-1252" in [str(n.message) for n in app._notifications]
