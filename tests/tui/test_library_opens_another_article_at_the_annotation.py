"""Enter in the Library on an annotation of another article opens that article where the
annotation is, marked, not at its top; and its text is drawn to the column beside the panel
from the first frame (it was drawn at 80 columns until the view heard of its size, its lines
cut off mid-word at the panel)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.strip import Strip

from newslens.analysis.model import Analysis
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.article_view.drawing import GUTTER

from .helpers import analysed, screen_lines, settled

Analyzer = Callable[[Article], Analysis]

FAR_DOWN = "The tunnel will cost 88 million pounds, the minister said."


def _long_article(tmp_path: Path) -> Article:
    paragraphs = [
        f"Paragraph {n} of the tunnel story, about the works under the river and the new stations."
        for n in range(80)
    ]
    paragraphs.insert(70, FAR_DOWN)
    path = tmp_path / "tunnel.txt"
    path.write_text("Tunnel plan\n\n" + "\n\n".join(paragraphs) + "\n")
    return Article(text=path.read_text(), title="Tunnel plan", source=str(path))


async def test_the_annotation_far_down_another_article_is_on_screen_and_marked(
    article: Article, fake_analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = _long_article(tmp_path)
    start = other.text.index(FAR_DOWN)
    with AnnotationStore.open() as store:
        store.tag(other, start, start + len(FAR_DOWN), "disputed")
    drawn: list[str] = []
    render_line = ArticleView.render_line

    def drawing(view: ArticleView, y: int) -> Strip:
        strip = render_line(view, y)
        drawn.append(strip.text)
        return strip

    monkeypatch.setattr(ArticleView, "render_line", drawing)
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("L")
        await pilot.pause()
        drawn.clear()
        await pilot.press(*"tunnel", "enter")
        await settled(pilot, lambda: app.article.title == "Tunnel plan" and bool(app.annotations))
        await analysed(pilot)
        marked = [line for line in screen_lines(app) if "▸" in line[:3]]
        assert marked and "The tunnel will cost 88 million pounds" in marked[0]
    # Every line of its text drawn ends with a whole word (the article left may be drawn too),
    # whether its top was drawn first or, as often, the annotation's place at once.
    lines = [text for text in (line[GUTTER:].strip() for line in drawn) if text in other.text]
    assert any(line.startswith("The tunnel will cost 88 million pounds") for line in lines)
    for line in filter(None, lines):
        at = other.text.index(line) + len(line)
        assert other.text[at : at + 1] in ("", " ", "\n"), line
