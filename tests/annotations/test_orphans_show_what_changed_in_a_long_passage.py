"""`newslens annotations` on an orphan whose figure changed deep in a long sentence: "it now
reads" shows the passage around the new figure, not the sentence's start cut off before it."""

from __future__ import annotations

from pathlib import Path

from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from tests.annotations.conftest import TEXT, span
from tests.cli_run import run

LONG = (
    " For the third winter running, and despite repeated promises from the harbour board's "
    "transport committee, the night ferry carried only 1,380 passengers last month."
)


def test_newslens_annotations_shows_the_new_figure_of_a_long_passage(article: Article) -> None:
    old_text = TEXT + LONG
    part = LONG.strip()
    with AnnotationStore.open() as store:
        store.tag(
            Article(text=old_text, title=article.title, source=article.source),
            *span(old_text, part),
            "false",
            kind=TargetKind.CLAIM,
        )
    Path(article.source).write_text(old_text.replace("1,380", "1,450"), encoding="utf-8")
    assert run("export", article.source, "--format", "csv").returncode == 0  # re-anchors
    listing = run("annotations")
    assert listing.returncode == 0, listing.stderr
    lines = [line.strip() for line in listing.stdout.splitlines()]
    assert "orphan: its numbers changed (1,380 → 1,450)" in lines
    now_reads = next(line for line in lines if line.startswith("it now reads"))
    assert "only 1,450 passengers" in now_reads
