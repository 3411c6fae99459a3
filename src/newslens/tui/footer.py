"""The footer: the main keys on one line, each whole, at any width."""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Footer

from newslens.tui.annotating import ANNOTATION_BINDINGS, ON_SELECTION, acts_on_nothing

# Below 80 columns a key says what it does in a word, as selection mode's bar does.
_SHORT = {"Next claim": "Claim", "Select text": "Select"}
# f is offered in the Claims list only, where it changes what is listed, in fewer words than
# help gives it. The keys that give way first where room runs out, last first: there v does
# (at 80 columns), and f before the tag and note keys (below 80).
_FILTER = "filter_speaker"
_FILTER_LABEL = "By speaker"
_GIVE_WAY = (_FILTER, "select_span")
# The actions of the keys that act on what is marked (of them the footer shows t and e).
_ON_A_PASSAGE = frozenset(
    binding.action
    for binding in ANNOTATION_BINDINGS
    if isinstance(binding, Binding) and binding.id in ON_SELECTION
)


def _cells(key: Widget) -> int:
    """The cells a key takes in the compact footer: its key, a space, what it does, and the
    gap (or the palette key's border) beside it."""
    shown = f"{getattr(key, 'key_display', '')} {getattr(key, 'description', '')}"
    return cell_len(shown) + 1


def _gives_way(key: Widget) -> int:
    """0 for the keys that keep their place, else how soon the key gives way (higher: sooner)."""
    action = getattr(key, "action", None)
    return _GIVE_WAY.index(action) + 1 if action in _GIVE_WAY else 0


class ReaderFooter(Footer):
    """Textual's compact footer, its keys made to fit before the palette's key: shorter
    labels below 80 columns, and the keys that still do not fit left out (help and the
    palette list every key). Textual's own ran them on under the palette's key, cut ("v
    Select text" at 60 columns; in selection mode, its keys at 50)."""

    _composed_from: tuple[object, ...] = ()  # what decided the keys last composed

    async def recompose(self) -> None:
        # A dialog is over the reader: its keys are the dialog's own, named in it ("q Quit"
        # here would be typed in a note, and closes help). Hidden one by one, not composed
        # away (15-60 ms as the palette opened, and again as it closed) nor by a class on the
        # footer (its styles recomputed, 3-15 ms).
        under_a_dialog = self.screen is not self.app.screen
        for key in self.query("FooterKey"):
            if not key.has_class("-command-palette"):
                key.display = not under_a_dialog
        if under_a_dialog:
            return  # the keys wait as they were (the app's are disabled under a dialog)
        # Textual composes the footer afresh at every change of focus, a dozen times as the
        # reader opens, and mounting its keys was a sixth of the CPU the opening took; most of
        # those changes leave the keys as they were.
        composed_from = self._keys_decided_by()
        if composed_from == self._composed_from:
            return
        self._composed_from = composed_from
        await super().recompose()

    def _keys_decided_by(self) -> tuple[object, ...]:
        """Everything ``compose`` reads: the screen's keys it shows and the width."""
        # The keys of the focused widget that the footer never shows (a list's arrows, the
        # panel's tab keys) change as tab moves the focus: they decide nothing here.
        palette = self.app.COMMAND_PALETTE_BINDING
        keys = tuple(
            (binding, enabled, tooltip)
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show or key == palette
        )
        return (
            self._left_out(),
            self._bindings_ready,
            self.size.width,
            self.screen.has_class("-narrow"),
            keys,
        )

    def compose(self) -> ComposeResult:
        keys = list(super().compose())
        if not keys:
            return  # the screen's keys are not known yet
        for key in keys:
            # Each key is styled as it is mounted; given its class by the footer's ``compact``
            # only after that, each was styled twice.
            key.set_class(self.compact, "-compact", update=False)
        palette = [key for key in keys if key.has_class("-command-palette")]
        narrow = self.screen.has_class("-narrow")
        left_out = self._left_out()
        room = self.size.width - sum(_cells(key) for key in palette)
        keys.sort(key=_gives_way)
        for key in keys:
            action = getattr(key, "action", None)
            if key in palette or action in left_out:
                continue
            description = getattr(key, "description", "")
            if action == _FILTER:
                key.description = _FILTER_LABEL  # type: ignore[attr-defined]
            elif narrow and description in _SHORT:
                key.description = _SHORT[description]  # type: ignore[attr-defined]
            room -= _cells(key)
            if room < 0:
                break
            yield key
        yield from palette

    def _left_out(self) -> frozenset[str]:
        """The actions whose keys do nothing where the focus is but tell what to do instead (a
        speaker is no claim to tag): shown, they would be offered as if they worked; and f
        away from the Claims list, where it would crowd out keys that act where the focus is."""
        focused = self.screen.focused
        filters_here = focused is not None and focused.id == "claims"
        left_out = frozenset() if filters_here else frozenset({_FILTER})
        if acts_on_nothing(self.screen):
            return left_out | _ON_A_PASSAGE
        return left_out

    def on_resize(self, _: events.Resize) -> None:
        # The width is among what decides the keys: recompose tells whether they change.
        if self._composed_from:
            self.refresh(recompose=True)
