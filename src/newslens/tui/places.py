"""Where the reader left each article, so that opening it again goes back there.

Kept in the data directory as JSON: state newslens writes, not a setting anyone edits. One
entry an article, a file by its absolute path, a page by its URL, standard input by its
fingerprint, holding the offset of the first line on screen and the words there: a text
changed since (a page fetched again, a file edited) opens at those words wherever they
moved, and at the top when they are gone."""

from __future__ import annotations

from dataclasses import dataclass

from newslens.article import STDIN, Article, canonical_source
from newslens.tui.state_files import read_table, write_table

PLACES_FILE = "places.json"
# Enough words to be found again only where they were, short of a whole line.
_WORDS = 60
# Fewer than this (the last words of a text) could be found anywhere.
_FEWEST_WORDS = 12


@dataclass(frozen=True, slots=True)
class Place:
    at: int  # the offset of the first line on screen
    words: str  # the text from there


def place_key(article: Article) -> str:
    if article.source == STDIN:
        return f"sha256:{article.fingerprint}"
    return canonical_source(article.source)


def place_in(text: str, at: int) -> Place:
    return Place(at, text[at : at + _WORDS])


def found_again(text: str, place: Place) -> int | None:
    """Where ``place`` is in ``text``: the same offset if its words are still there, else the
    nearest offset of those words, else None."""
    if place.words and text.startswith(place.words, place.at):
        return place.at
    if len(place.words) < _FEWEST_WORDS:
        return None
    found = []
    at = text.find(place.words)
    while at != -1:
        found.append(at)
        at = text.find(place.words, at + 1)
    return min(found, key=lambda offset: abs(offset - place.at), default=None)


def _read() -> dict[str, Place]:
    places = {}
    for key, entry in read_table(PLACES_FILE, "places").items():
        if isinstance(entry, dict):
            at, words = entry.get("at"), entry.get("words")
            if isinstance(at, int) and at > 0 and isinstance(words, str):
                places[key] = Place(at, words)
    return places  # none kept yet, or a broken file: every article opens at the top


def remembered_place(article: Article) -> int | None:
    """Where the reader left ``article``; None for the top."""
    place = _read().get(place_key(article))
    return None if place is None else found_again(article.text, place)


def remember_place(article: Article, at: int) -> None:
    """Keep ``at`` as where ``article`` was left (the top forgets it)."""
    places = _read()
    key = place_key(article)
    places.pop(key, None)  # put back last: the most recently left
    if at > 0:
        places[key] = place_in(article.text, at)
    write_table(
        PLACES_FILE, "places", {k: {"at": p.at, "words": p.words} for k, p in places.items()}
    )
