"""The article's header: title, then source, byline and date. Plain text, never markup."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from newslens.article import Article, source_label
from newslens.tui.inert import inert_line


def header_text(article: Article) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(inert_line(article.title or "(untitled)"), style="bold")
    details = [inert_line(part) for part in (article.byline, article.date) if part]
    details.append(inert_line(source_label(article.source)))
    text.append("\n" + " · ".join(details), style="dim")
    return text


class ArticleHeader(Static):
    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(header_text(article), id=id)
