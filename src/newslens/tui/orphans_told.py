"""Which annotations that could not be placed the reader has told of, article by article.

A fact-checker told that two annotations lost their place does not need telling again each
time the article opens: the warning comes back only when the set of them changes (another
one lost, one placed again), and the Library lists them all the while."""

from __future__ import annotations

from collections.abc import Iterable

from newslens.article import Article
from newslens.tui.places import place_key
from newslens.tui.state_files import read_table, write_table

TOLD_FILE = "orphans-told.json"
_TABLE = "told"


def told_of(article: Article) -> frozenset[str]:
    """The ids of the orphans last told of in ``article``."""
    ids = read_table(TOLD_FILE, _TABLE).get(place_key(article))
    return frozenset(i for i in ids if isinstance(i, str)) if isinstance(ids, list) else frozenset()


def remember_told(article: Article, ids: Iterable[str]) -> None:
    """Keep ``ids`` as the orphans told of in ``article`` (none forgets it: those that lose
    their place again are news)."""
    told = read_table(TOLD_FILE, _TABLE)
    key = place_key(article)
    told.pop(key, None)  # put back last: the most recently told
    if ids := sorted(ids):
        told[key] = ids
    write_table(TOLD_FILE, _TABLE, told)
