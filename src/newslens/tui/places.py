"""Where the reader left each article, so that opening it again goes back there.

Kept in the data directory as JSON: state newslens writes, not a setting anyone edits. One
entry an article, a file by its absolute path, a page by its URL, standard input by its
fingerprint, holding the offset of the first line on screen and the words there: a text
changed since (a page fetched again, a file edited) opens at those words wherever they
moved, and at the top when they are gone. The claim in hand is kept the same way, for ] to
go on from it, and the speaker whose claims the panel listed (its filter), by their key."""

from __future__ import annotations

from dataclasses import dataclass

from newslens.article import STDIN, Article, Span, canonical_source
from newslens.tui.state_files import read_table, write_table

PLACES_FILE = "places.json"
# Enough words to be found again only where they were, short of a whole line.
_WORDS = 60
# Fewer than this (the last words of a text) could be found anywhere.
_FEWEST_WORDS = 12


@dataclass(frozen=True, slots=True)
class Place:
    at: int  # the offset of the first line on screen, or of the claim in hand
    words: str  # the text from there
    length: int = 0  # the claim's


@dataclass(frozen=True, slots=True)
class Left:
    """Where an article was left: the first line on screen (None for the top), the claim in
    hand and the speaker filter (None for none)."""

    top: Place | None
    claim: Place | None
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Reopened:
    """Where an article left opens, found in its text now: the offset of its first line on
    screen (None for the top), the claim in hand and the speaker filter (None for none)."""

    top: int | None
    claim: Span | None
    speaker: str | None


def place_key(article: Article) -> str:
    if article.source == STDIN:
        return f"sha256:{article.fingerprint}"
    return canonical_source(article.source)


def place_in(text: str, at: int, length: int = 0) -> Place:
    return Place(at, text[at : at + _WORDS], length)


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


def _place(entry: object) -> Place | None:
    """A place as kept; None for none, or for one broken."""
    if not isinstance(entry, dict):
        return None
    at, words, length = entry.get("at"), entry.get("words"), entry.get("length", 0)
    if isinstance(at, int) and at >= 0 and isinstance(words, str) and isinstance(length, int):
        return Place(at, words, length)
    return None


def _read() -> dict[str, Left]:
    places = {}
    for key, entry in read_table(PLACES_FILE, "places").items():
        top = _place(entry)
        claim = _place(entry.get("claim")) if isinstance(entry, dict) else None
        speaker = entry.get("speaker") if isinstance(entry, dict) else None
        left = Left(
            top if top is not None and top.at > 0 else None,
            claim,
            speaker if isinstance(speaker, str) else None,
        )
        if left != Left(None, None):
            places[key] = left
    return places  # none kept yet, or a broken file: every article opens at the top


def reopened(article: Article) -> Reopened:
    """Where the reader left ``article``, its places found as :func:`found_again` finds them."""
    left = _read().get(place_key(article)) or Left(None, None)
    top = None if left.top is None else found_again(article.text, left.top)
    claim = None
    if left.claim is not None and (at := found_again(article.text, left.claim)) is not None:
        claim = (at, at + left.claim.length)
    return Reopened(top, claim, left.speaker)


def remember_place(
    article: Article, at: int, claim: Span | None = None, speaker: str | None = None
) -> None:
    """Keep ``at`` as where ``article`` was left (the top forgets it), ``claim`` as the
    claim in hand and ``speaker`` as the speaker filter."""
    places = _read()
    key = place_key(article)
    places.pop(key, None)  # put back last: the most recently left
    text = article.text
    top = place_in(text, at) if at > 0 else None
    in_hand = place_in(text, claim[0], claim[1] - claim[0]) if claim is not None else None
    left = Left(top, in_hand, speaker)
    if left != Left(None, None):
        places[key] = left
    write_table(PLACES_FILE, "places", {k: _stored(left) for k, left in places.items()})


def _stored(left: Left) -> dict[str, object]:
    top = left.top or Place(0, "")
    stored: dict[str, object] = {"at": top.at, "words": top.words}
    if left.claim is not None:
        claim = left.claim
        stored["claim"] = {"at": claim.at, "words": claim.words, "length": claim.length}
    if left.speaker is not None:
        stored["speaker"] = left.speaker
    return stored
