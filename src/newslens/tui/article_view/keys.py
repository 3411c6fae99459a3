"""The keys that move through the text, less's and vim's among them, for the article and for
the lists and dialogs that move the same way."""

from __future__ import annotations

from collections.abc import Mapping

from textual.binding import Binding, BindingType

# The keys that move through the article, by binding id (keys, what they do), less's and
# vim's among them. The panel's lists and help answer them too, under the same ids: a key
# config.toml moves, moves in all three.
MOVING_KEYS = {
    "scroll-down": ("j,down,ctrl+e", "Down"),
    "scroll-up": ("k,up,ctrl+y", "Up"),
    "page-down": ("space,pagedown,ctrl+f,z", "Page down"),
    "page-up": ("b,pageup,ctrl+b,w", "Page up"),
    "half-page-down": ("ctrl+d,d", "Half a page down"),
    # Not less's u: that is undo (annotating/undoing.py), as it was before these keys came.
    "half-page-up": ("ctrl+u", "Half a page up"),
    "top": ("g,home,less_than_sign", "Top"),
    "bottom": ("G,end,greater_than_sign", "Bottom"),
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
        Binding(
            MOVING_KEYS[binding_id][0],
            action,
            MOVING_KEYS[binding_id][1],
            show=False,
            id=binding_id,
        )
        for binding_id, action in actions.items()
    ]
