"""Esc typed quickly before a key Textual names in words ("[" is left_square_bracket, "/"
slash): the terminal sends the two as it sends alt and the key, the key after an escape
prefix ("\\x1b["), and Textual's parser keeps the alt only on a key named by one character
(Textualize/textual#6663, open in 8.2.8): "esc [" reached the reader as "[" alone, a step
back through the claims, and "esc /" as a search opened. With the alt kept, the reader reads
it as esc and then the key (key_bursts), as it does "esc q".

Textual builds its parser inside its driver's input thread, with no way to pass another:
the method that names a key is wrapped in place, and only adds the alt where Textual was told
of one and left it out, so a Textual that keeps it already is left as it is. The reader wraps
it as it starts (:func:`keep_alt_on_named_keys`, once however often it is called); importing
this module changes nothing."""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual._xterm_parser import XTermParser

_named = XTermParser._sequence_to_key_events


def _with_alt(parser: XTermParser, sequence: str, alt: bool = False) -> Iterable[events.Key]:
    for event in _named(parser, sequence, alt):
        if alt and not event.key.startswith("alt+"):
            event = events.Key(f"alt+{event.key}", event.character)
        yield event


def keep_alt_on_named_keys() -> None:
    # Always Textual's own method wrapped (``_named``, read at import): never a wrapper wrapped.
    XTermParser._sequence_to_key_events = _with_alt  # type: ignore[method-assign,assignment]
