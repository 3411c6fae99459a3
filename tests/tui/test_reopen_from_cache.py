"""An article opened again shows the analysis kept for it, the model never loaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslens.analysis_cache import cache_key, store_analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.background import BackgroundAnalysis
from tests.tui.conftest import make_analysis
from tests.tui.helpers import analysed


@pytest.fixture
def unloadable_model(tmp_path: Path) -> str:
    """A model spaCy cannot load (a meta.json and nothing else): any analysis with it fails."""
    directory = tmp_path / "model"
    directory.mkdir()
    (directory / "meta.json").write_text(json.dumps({"lang": "en", "name": "x", "version": "1"}))
    return str(directory)


async def opened(article: Article, model: str) -> NewslensApp:
    analysis = BackgroundAnalysis(article, model)
    app = NewslensApp(article, analyzer=analysis, config=Config())
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await analysed(pilot)
    finally:
        analysis.close()
    return app


async def test_a_reopened_article_shows_its_kept_analysis(
    article: Article, unloadable_model: str
) -> None:
    key = cache_key(article, unloadable_model)
    assert key is not None
    store_analysis(key, make_analysis(article.text))
    app = await opened(article, unloadable_model)
    assert app.status != "analysis failed"
    assert app.analysis == make_analysis(article.text)


async def test_an_article_never_analysed_needs_the_model(
    article: Article, unloadable_model: str
) -> None:
    app = await opened(article, unloadable_model)
    assert app.status == "analysis failed" and app.analysis is None
