"""What the article and the panel show of the annotations: marks in the text, tags and notes
under the panel's rows, the reader's own passages (pure functions)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from rich.cells import cell_len

from newslens.analysis.model import Analysis
from newslens.annotations.model import NOT_A_CLAIM, Annotation, TagSet
from newslens.tui.claims_panel import Passage, RowAnnotation
from newslens.tui.highlights import Mark
from newslens.tui.inert import clipped

if TYPE_CHECKING:
    from newslens.tui.selection import Span

_NOTE_COLOUR = "#888888"  # an annotation with a note and no tag still shows
_NOTE_SIGN = "●"  # its sign in the gutter, and a tag's that has no key or letter to show
_SNIPPET = 40
_TITLE_SNIPPET = 60  # a dialog title's passage: its widest line, which cuts it to fit
# The cells of a toast's line that are no text: its padding and its edge.
_TOAST_FRAME = 3
_NOTE_WORDS = 60  # characters of a note under its claim in the panel


def marks_for(
    annotations: Iterable[Annotation], tagset: TagSet, keys: Mapping[str, str]
) -> list[Mark]:
    """Tag marks for the article view: each annotation in its first tag's colour; ``keys``:
    tag name → the keys that tag with it now, as shown ("y, 3")."""
    marks = []
    for annotation in annotations:
        if annotation.hides_claim:
            continue  # hidden from the panel; a mark in the text would contradict that
        tags = [tag for tag in annotation.tags if tag != NOT_A_CLAIM]
        colour = tagset.colour(tags[0]) if tags else _NOTE_COLOUR
        symbol = _gutter_sign(tags[0], keys) if tags else _NOTE_SIGN
        marks.append(Mark(annotation.start, annotation.end, colour, symbol))
    return marks


def _gutter_sign(name: str, keys: Mapping[str, str]) -> str:
    """The sign of a tag in the article's gutter where colours are off: the key that tags
    with it, as the tag picker names it (config.toml [keys]'s, not the default digit), or
    else its first letter; one cell, or the note's dot."""
    key = keys.get(name, "").split(", ")[0]
    sign = key if len(key) == 1 else name[:1].upper()
    return sign if len(sign) == 1 and sign.isprintable() and cell_len(sign) == 1 else _NOTE_SIGN


def panel_annotations(
    annotations: Iterable[Annotation],
) -> tuple[dict[Span, RowAnnotation], set[Span]]:
    """What the panel lists under each claim or figure, by span (the tags of every
    annotation on it, the first note's first words), and the spans marked "not a claim"."""
    tags: dict[Span, list[str]] = {}
    notes: dict[Span, str] = {}
    hidden: set[Span] = set()
    for annotation in annotations:
        span = (annotation.start, annotation.end)
        if annotation.hides_claim:
            hidden.add(span)
        names = tags.setdefault(span, [])
        names.extend(t for t in annotation.tags if t != NOT_A_CLAIM and t not in names)
        if annotation.note.strip():
            notes.setdefault(span, _snippet(annotation.note, _NOTE_WORDS))
    annotated = {
        span: RowAnnotation(tuple(names), notes.get(span, "")) for span, names in tags.items()
    }
    return annotated, hidden


def own_passages(annotations: Iterable[Annotation], analysis: Analysis | None) -> list[Passage]:
    """The passages the reader annotated that the panel has no claim or figure row for, one
    a span, in text order: listed with the claims once the analysis says what its claims are.
    A claim marked "not a claim" is hidden, not listed."""
    if analysis is None:
        return []
    listed = {(c.start, c.end) for c in analysis.claims}
    listed.update((f.start, f.end) for f in analysis.figures)
    passages: dict[Span, Passage] = {}
    for annotation in annotations:
        span = (annotation.start, annotation.end)
        if span not in listed and not annotation.hides_claim:
            passages.setdefault(span, Passage(*span, annotation.claimant))
    return sorted(passages.values(), key=lambda passage: (passage.start, passage.end))


def toast_line(width: int) -> int:
    """The characters of a toast's one line on a screen ``width`` columns wide: as many as at
    80 columns on a wider one (longer, it would cover more of the title), and no more than fit
    on a narrower one (at 60, a message cut for 80 ran to two or three lines over the text)."""
    return min(width, 80) - _TOAST_FRAME


def _snippet(text: str, limit: int = _SNIPPET) -> str:
    return clipped(" ".join(text.split()), limit)
