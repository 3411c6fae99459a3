"""A quick tag typed as the reader opens, before its annotations are open (a cached article's
claims come at once), is saved as soon as they are, not refused."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.annotations import store as annotation_store
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.claims_panel import ClaimsPanel

from .helpers import analysed, notices, settled, stored


async def test_a_quick_tag_typed_before_the_annotations_open_is_saved_once_they_do(
    article: Article,
    fake_analyzer: Callable[[Article], Analysis],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened = threading.Event()
    real_open_store = annotation_store.open_store

    def slow_open_store(config: Config) -> annotation_store.AnnotationStore:
        opened.wait(30)
        return real_open_store(config)

    monkeypatch.setattr(annotation_store, "open_store", slow_open_store)
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        panel = app.query_one(ClaimsPanel)
        await settled(pilot, lambda: app.analysis is not None and panel.built.is_set(), 30)
        await pilot.press("right_square_bracket", "1")
        assert stored(article) == []
        assert "annotations are still opening" not in notices(app)
        opened.set()
        await analysed(pilot)
        [saved] = stored(article)
        assert saved.tags == ("verified",)
