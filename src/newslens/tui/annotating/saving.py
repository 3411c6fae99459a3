"""Saving: each change in one committed transaction of the store before the screen shows it,
"saved ✓" or "not saved ✗" in the status line, and the toast that says what a key did."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from textual.notifications import Notification, Notify

from newslens.errors import NewslensError
from newslens.tui.annotating.base import AnnotatingBase
from newslens.tui.article_view import ArticleView

if TYPE_CHECKING:
    from newslens.analysis.model import SpeakerKind
    from newslens.annotations.model import TargetKind
    from newslens.annotations.store import AnnotationStore
    from newslens.article import Article
    from newslens.tui.annotating.targets import Target


SAVED = "saved ✓"
NOT_SAVED = "not saved ✗"
# Each state's mark alone, where the legend has no room for its words (legend.StatusPart).
SAVE_MARKS = {SAVED: "✓", NOT_SAVED: "✗"}
READ_ONLY = "read-only"
_INFORMED_FOR = 3  # seconds an inform() toast stays up, unless the next one takes its place
# Seconds "saved ✓" stays in the status line after a change, as long as its confirmation: kept
# for good, it cost the legend its claim and speaker counts for the rest of the session where
# the line has no room for both (a search's "match 3 of 7" beside it).
SAVED_SHOWN_FOR = _INFORMED_FOR


class _SpanWrite(Protocol):
    """A store action on a span of an article (tag, toggle_tag, set_note): what it writes, on
    an annotation of that kind, with that claimant."""

    def __call__(
        self,
        article: Article,
        start: int,
        end: int,
        value: str,
        /,
        *,
        kind: TargetKind,
        claimant: str | None,
        claimant_kind: SpeakerKind | None,
    ) -> object: ...


class SavingMixin(AnnotatingBase):
    """Store writes and what the reader says of them."""

    def _writable_store(self) -> AnnotationStore | None:
        store = self.store
        if self._fetching:
            # The text on screen only says what is being fetched: nothing in it to annotate.
            self.notify("the article is still being fetched", severity="warning", timeout=4)
            return None
        if store is None:
            self.notify(self._store_problem, severity="warning", timeout=4)
        elif store.readonly:
            self.notify(
                f"annotations are read-only: {store.readonly_reason}", severity="error", timeout=6
            )
            return None
        return store

    def _save(self, write: Callable[[AnnotationStore], object], done: str) -> bool:
        """Run one store action (one committed transaction), then show its result."""
        store = self._writable_store()
        if store is None:
            return False
        try:
            write(store)
        except NewslensError as exc:  # the store's StoreError, or any write it refused
            self.save_status = NOT_SAVED
            self._show_legend()
            self.notify(str(exc), title="Not saved", severity="error", timeout=10)
            return False
        self._saved()
        if done:
            self.inform(done)
        return True

    def _save_on(
        self,
        target: Target,
        write: Callable[[AnnotationStore], _SpanWrite],
        value: str,
        done: str,
    ) -> bool:
        """``_save`` of a store action (``write`` picks it from the store) on what ``target``
        is: its span, its kind and its claimant."""
        saved = self._save(
            lambda store: write(store)(
                self.article,
                target.start,
                target.end,
                value,
                kind=target.kind,
                claimant=target.claimant,
                claimant_kind=target.claimant_kind,
            ),
            done,
        )
        if saved:
            self.selection_done_with(target)
        return saved

    def _saved(self) -> None:
        """Say "saved ✓" in the status line, until the confirmation has been read."""
        self.save_status = SAVED
        if self._saved_shown is not None:
            self._saved_shown.stop()
        self._saved_shown = self.set_timer(SAVED_SHOWN_FOR, self._saved_read)
        self._reload()

    def _saved_read(self) -> None:
        if self.save_status != SAVED:
            return  # since replaced by "not saved ✗"
        if not self.query(ArticleView):
            # Under a dialog or the Library (or closing): the status line goes back to the
            # counts once the reader is on screen again.
            self._saved_shown = self.set_timer(SAVED_SHOWN_FOR, self._saved_read)
            return
        self.save_status = ""
        self._show_legend()

    def inform(self, message: str, *, timeout: float | None = None, title: str = "") -> None:
        """Say what a key did, or why it did nothing, in the toast the last such message
        took: five tags in a second, or a digit pressed five times with nothing marked, would
        otherwise stack five toasts over the article. Errors and warnings stay up until they
        time out (``notify``): each may say something the next does not."""
        if self._informing is not None:
            self._take_down(self._informing)
        lasting = _INFORMED_FOR if timeout is None else timeout
        self._informing = Notification(message, title, timeout=lasting, markup=False)
        self.post_message(Notify(self._informing))

    def _take_down(self, notification: Notification) -> None:
        """Take a toast down as Textual does when its time is up: the notification expires,
        so the app forgets it and never puts it up again (in a burst of keys it may not be up
        yet), and its holder goes. (Textual takes down an expired notification's toast but
        leaves its holder behind, a blank line that pushes the next toast down from the top
        of the screen.)"""
        notification.timeout = 0
        holder_id = f"--textual-toast-{notification.identity}"  # as Textual's ToastRack names it
        # Under a dialog opened since, on the reader's screen too: its toasts come back with it.
        for screen in self.screen_stack:
            for holder in screen.query("ToastHolder"):
                if holder.id == holder_id:
                    holder.remove()
