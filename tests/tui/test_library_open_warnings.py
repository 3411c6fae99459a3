"""An article opened from the Library says what loading it warned of, as at the command line."""

from __future__ import annotations

from pathlib import Path

from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.sources import load_article
from newslens.tui.app import NewslensApp

from .conftest import make_analysis
from .helpers import analysed, notices


async def test_a_file_read_as_windows_1252_says_so_when_opened_from_the_library(
    article: Article, tmp_path: Path
) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes(
        "Caf\u00e9 prices \u201crose\u201d 5% in May, the owner said.\n".encode("cp1252")
    )
    other = load_article(str(path))
    with AnnotationStore.open() as store:
        store.tag(other, 0, 4, "disputed")
    app = NewslensApp(article, analyzer=lambda a: make_analysis(a.text), config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("L")
        await pilot.pause()
        await pilot.press(*"cafe", "enter")
        await analysed(pilot)
        await analysed(pilot)
        assert app.article.text.startswith("Caf\u00e9 prices")
        assert any("Windows-1252" in message for message in notices(app))
