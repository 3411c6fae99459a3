"""`newslens annotations` quotes each passage between “…”, as the reader does, and a passage
that is itself a quote between ‘…’: “"We have no other choice,"…” read as a slip."""

from __future__ import annotations

from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from tests.annotations.conftest import TEXT, span
from tests.cli_run import run


def test_a_tagged_quote_is_listed_between_single_marks(article: Article) -> None:
    with AnnotationStore.open() as store:
        store.tag(article, *span(TEXT, '"We have no other choice,"'), "verified")
        store.tag(article, *span(TEXT, "ferry fares would rise by 12 percent"), "disputed")
    listing = run("annotations")
    assert listing.returncode == 0, listing.stderr
    assert '[verified] ‘"We have no other choice,"’' in listing.stdout
    assert "[disputed] “ferry fares would rise by 12 percent”" in listing.stdout
