"""The command palette's Screenshot: it says where the file went, or why it could not go."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
import pytest
from textual.notifications import Notification
from textual.pilot import Pilot

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp


def _app() -> NewslensApp:
    return NewslensApp(
        Article(text="Ferry fares rise by 8 percent.\n"),
        analyzer=lambda a: Analysis(a.fingerprint),
        config=Config(),
    )


async def _screenshot_from_the_palette(pilot: Pilot[None]) -> Notification:
    await pilot.press("ctrl+p")
    await pilot.press(*"screenshot")
    await pilot.pause()
    await pilot.press("enter")
    # The palette runs it on a short timer of Textual's: wait for what it says.
    for _ in range(100):
        await pilot.pause(0.05)
        said = [n for n in pilot.app._notifications if n.title == "Screenshot"]
        if said:
            return said[0]
    raise AssertionError("the screenshot said nothing")


@pytest.fixture
def downloads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Downloads"
    monkeypatch.setattr(platformdirs, "user_downloads_path", lambda: folder)
    return folder


async def test_the_screenshot_goes_to_downloads_and_says_where(downloads: Path) -> None:
    downloads.mkdir()
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        said = await _screenshot_from_the_palette(pilot)
    assert said.severity == "information"
    [saved] = downloads.glob("*.svg")
    assert said.message == f"screenshot saved to {saved}"
    assert saved.read_text(encoding="utf-8").startswith("<svg")


async def test_without_a_downloads_folder_it_goes_to_the_data_directory(downloads: Path) -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        said = await _screenshot_from_the_palette(pilot)
    assert not downloads.exists()  # not made on a machine that has none
    [saved] = (Path(os.environ["NEWSLENS_DATA_DIR"]) / "screenshots").glob("*.svg")
    assert said.message == f"screenshot saved to {saved}"


async def test_a_screenshot_that_cannot_be_saved_says_why(
    downloads: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A data "directory" that is a file: nothing can be made in it, whoever runs the test.
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(blocked))
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        said = await _screenshot_from_the_palette(pilot)
    assert said.severity == "error"
    assert said.message == f"screenshot not saved: {blocked / 'screenshots'}: Not a directory"
