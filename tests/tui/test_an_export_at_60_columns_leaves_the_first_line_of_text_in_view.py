"""At 60 columns an export's confirmation stays over the header and leaves the article's first
line in view: a directory under the home folder is named from ~, the two files brat writes
side by side are named once, and a long file name is cut in its middle, keeping the start of
the title and the fingerprint that tells it from any other. Where it fits beside "exported
to", the name is given whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import analysed, notices

TITLE = "Council votes to close two branch libraries after a budget shortfall"
TEXT = (
    f"{TITLE}\n\n"
    "Opening hours at the remaining branches will also be cut from June, the council said.\n"
)


def library_app() -> NewslensApp:
    article = Article(text=TEXT, title=TITLE)
    start = TEXT.index("Opening hours")
    end = TEXT.index(", the council")
    analysis = Analysis(
        fingerprint=article.fingerprint, claims=(Claim(start, end, ClaimKind.ASSERTION),)
    )
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


async def exported(app: NewslensApp, fmt: str, size: tuple[int, int] = (60, 20)) -> str:
    """The confirmation of an export of the tagged claim, checked to leave the text's first
    line in view."""
    async with app.run_test(size=size, notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        app._export(fmt)
        await pilot.pause()
        [toast] = app.screen.query("Toast")
        assert not toast.region.overlaps(app.query_one(ArticleView).region)
        return notices(app)[-1]


async def test_brats_two_files_are_named_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    said = await exported(library_app(), "brat")
    [ann] = tmp_path.glob("*.ann")
    assert ann.with_suffix(".txt").exists()
    # The first brat export here also writes the annotation.conf brat checks the .ann with.
    assert said.startswith("exported to council-votes-")
    assert said.endswith(f"…-{ann.stem[-8:]}.txt and .ann and annotation.conf")


async def test_an_export_outside_the_current_directory_is_named_from_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(home / ".local" / "share" / "newslens"))
    # The reader was started where it may not write: the export goes to the data directory.
    monkeypatch.setattr(os, "access", lambda *_: False)
    said = await exported(library_app(), "markdown")
    [written] = (home / ".local" / "share" / "newslens" / "exports").iterdir()
    assert said.startswith("exported to ~/.local/share/newslens/exports/council-")
    assert said.endswith(f"…-{written.stem[-8:]}.md")


async def test_a_wide_terminal_names_the_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    said = await exported(library_app(), "markdown", size=(120, 30))
    [written] = tmp_path.iterdir()
    assert said == f"exported to {written.name}"
