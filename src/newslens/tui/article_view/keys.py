"""The keys that move through the text, less's and vim's among them, for the article and for
the lists and dialogs that move the same way."""

from __future__ import annotations

from collections.abc import Mapping

from textual.binding import BindingType

from newslens.tui.palette import KeyCommand

# The keys that move through the article, by binding id (keys, what they do, the words a user
# may type for them in the palette: tui/palette.py), less's and vim's among them. The panel's
# lists and help answer them too, under the same ids: a key config.toml moves, moves in all
# three.
MOVING_KEYS = {
    "scroll-down": ("j,down,ctrl+e", "Down", ("scroll",)),
    "scroll-up": ("k,up,ctrl+y", "Up", ("scroll",)),
    "page-down": ("space,pagedown,ctrl+f,z", "Page down", ("scroll", "next page")),
    "page-up": ("b,pageup,ctrl+b,w", "Page up", ("scroll", "previous page")),
    "half-page-down": ("ctrl+d,d", "Half a page down", ("scroll",)),
    # Not less's u: that is undo (annotating/undoing.py), as it was before these keys came.
    "half-page-up": ("ctrl+u", "Half a page up", ("scroll",)),
    "top": ("g,home,less_than_sign", "Top", ("start", "beginning")),
    "bottom": ("G,end,greater_than_sign", "Bottom", ("end",)),
}
# less's and vim's keys among them, as Textual names them. Config files written before
# newslens had them may give them to other bindings: there they give way (app/keymap.py).
LESS_KEYS = frozenset(
    {
        "ctrl+e",
        "ctrl+y",
        "ctrl+f",
        "ctrl+b",
        "ctrl+d",
        "ctrl+u",
        "d",
        "z",
        "w",
        "less_than_sign",
        "greater_than_sign",
    }
)


def moving_bindings(actions: Mapping[str, str]) -> list[BindingType]:
    """The MOVING_KEYS bindings, each to a widget's action: ``{binding id: action}``."""
    return [
        KeyCommand(keys, action, description, show=False, id=binding_id, words=words)
        for binding_id, action in actions.items()
        for keys, description, words in [MOVING_KEYS[binding_id]]
    ]
