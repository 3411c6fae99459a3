"""Where the article opens (where it was left: places.py) and where it is left, and quitting,
which saves a note being written first."""

from __future__ import annotations

import asyncio
import signal

from rich.console import RenderableType
from rich.text import Text

from newslens.tui import places
from newslens.tui.app.base import ReaderBase
from newslens.tui.article_view import ArticleView
from newslens.tui.claims_panel import ClaimsPanel


class LeavingMixin(ReaderBase):
    """Where the article opens, where it is left, and quitting."""

    def _opening_place(self) -> places.Reopened:
        """Where the article opens, the claim in hand there (for ] to go on from it, not
        from the first claim, far from that place) and the speaker filter: as it was left,
        unless it is a page not yet fetched or it is opened at an annotation (the Library),
        which may be anyone's."""
        self._reopened = False
        if self._fetching or self._go_to_after_open is not None:
            return places.Reopened(None, None, None)
        if not self.config.remember_place:
            return places.Reopened(None, None, None)
        left = places.reopened(self.article)
        self._reopened = bool(left.top)
        return left

    def say_where_reopened(self) -> None:
        if self._reopened:
            self.inform(f"opened where you left it · {self.key_for('top')} for the top")

    def remember_place(self) -> None:
        """Keep where the article on screen is left (a page still being fetched is not yet
        on screen)."""
        if self._fetching or not self.config.remember_place or not self.query(ArticleView):
            return
        panel = self.panel if self.query(ClaimsPanel) else None
        in_hand = panel.current_claim() if panel is not None else None
        claim = None if in_hand is None else (in_hand.start, in_hand.end)
        speaker = panel.speaker_filter if panel is not None else None
        places.remember_place(self.article, self.view.top_offset, claim, speaker)

    def keep_place_on_hang_up(self) -> None:
        """A terminal closed under the reader (an SSH connection dropped, a window closed)
        ends it with SIGHUP (a shutdown with SIGTERM), which kept no place nor the note being
        written: the note is saved and where it was left kept first, and the signal then
        ends it as before, at once (the terminal is gone: Textual's shutdown would write to
        nothing)."""
        try:
            loop = asyncio.get_running_loop()
            for hang_up in (signal.SIGHUP, signal.SIGTERM):
                loop.add_signal_handler(hang_up, self._hung_up, hang_up)
        except (AttributeError, NotImplementedError):  # Windows: no SIGHUP, no such handlers
            pass

    def _hung_up(self, hang_up: signal.Signals) -> None:
        try:
            self.save_open_note()  # as ctrl+q saves it: the words typed are the user's
        finally:
            self._end_after_hang_up(hang_up)

    def _end_after_hang_up(self, hang_up: signal.Signals) -> None:
        try:
            self.remember_place()
        finally:  # a place that cannot be kept must not keep the reader running
            signal.signal(hang_up, signal.SIG_DFL)
            signal.raise_signal(hang_up)

    def exit(
        self,
        result: None = None,
        return_code: int = 0,
        message: RenderableType | None = None,
    ) -> None:
        """Quit, every way there is to, keeping where the article was left."""
        self.remember_place()
        super().exit(result, return_code, message)

    async def action_quit(self) -> None:
        """Quit; a note being written is saved first (ctrl+q is Textual's, and works in the
        note editor too), and said so in the terminal once the reader is gone."""
        editor = self.note_editor
        if editor is None:
            self.exit()
        else:
            # Keys typed just before ctrl+q (pasted, or sent in one burst over SSH) may still
            # be on their way to the editor: the note is read once they are in.
            editor.after_typing(self._save_note_and_quit)

    def action_help_quit(self) -> None:
        """ctrl+c, which quits most terminal programs: say which key quits. Textual's own
        message is markup, which this app's toasts show as typed ("Press [b]ctrl+q[/b]"),
        and names ctrl+q only. Over the Library or a dialog, whose letters may be typed text,
        ctrl+q is the key that quits."""
        if self.reading(self.screen):
            self.inform(f"to quit newslens press {self.key_for('quit')} (or ctrl+q)")
        else:
            self.inform("to quit newslens press ctrl+q")

    def _save_note_and_quit(self) -> None:
        # A note that cannot be saved keeps the reader open, the reason on screen: a second
        # ctrl+q in the same editor then quits without it.
        editor = self.note_editor
        saved = self.save_open_note()
        if saved is False and self._quit_refused_for is not editor:
            self._quit_refused_for = editor
            self.notify("the note is not saved: ctrl+q again quits without it", severity="warning")
            return
        self.exit(message=Text("newslens: the note you were writing is saved") if saved else None)
