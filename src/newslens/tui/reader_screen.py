"""The reader's own screen, whose confirmations wait while a dialog is over it."""

from __future__ import annotations

from textual.screen import Screen


class ReaderScreen(Screen[None]):
    """The screen the reader is composed on.

    It shows through a dialog (the tag picker, the palette), dimmed, toasts and all: at 60×20
    the last confirmation stood half hidden behind the tag picker. Its toasts wait with it (a
    warning shows on the dialog's own screen), their rack hidden, not the screen given a class:
    a class on the screen restyled every widget of the reader, some 40 ms as the palette opened
    and again as it closed. Textual shows the rack again as the screen resumes.
    """

    def on_screen_suspend(self) -> None:
        for rack in self.query("ToastRack"):
            rack.display = False
