"""Undo (u) and redo (ctrl+r, U) of the store's steps, said in the reader's words."""

from __future__ import annotations

from newslens.annotations.model import NOT_A_CLAIM, Annotation
from newslens.errors import NewslensError
from newslens.tui.annotating.base import AnnotatingBase


def step_words(label: str, *, undo: bool, was: Annotation | None, now: Annotation | None) -> str:
    """What an undo or redo of a step ("tag verified", "untag verified", "note") left, as the
    reader's confirmations say it: the state the claim is in now ("tag verified is back"), for
    "tag verified removed" after undoing a removal read as if it had just been removed. The
    store names the mark that hides a claim by its tag, which the reader never shows."""
    verb, _, tag = label.partition(" ")
    if verb in ("tag", "untag"):
        on = (verb == "tag") != undo
        if tag == NOT_A_CLAIM:
            return "claim hidden again" if on else "claim shown again"
        return f"tag {tag} is back" if on else f"tag {tag} taken off"
    if label == "note":
        if now is None or not now.note.strip():
            return "note taken off"
        if was is None or not was.note.strip():
            return "note is back"
        return "note back as it was" if undo else "note changed again"
    return label


class UndoMixin(AnnotatingBase):
    """Undo and redo."""

    def action_undo(self) -> None:
        self._step(undo=True)

    def action_redo(self) -> None:
        self._step(undo=False)

    def _step(self, *, undo: bool) -> None:
        store = self._writable_store()
        if store is None:
            return
        word = "undo" if undo else "redo"
        before = self.annotations
        try:
            step = (store.undo if undo else store.redo)(self.article.fingerprint)
        except NewslensError as exc:  # the store's StoreError, or any write it refused
            self._reload()  # the conflicting action was dropped: show what the file has
            self.notify(str(exc), severity="error", timeout=6)
            return
        if step is None:
            self.inform(f"nothing to {word}")
            return
        self._saved()
        was = next((a for a in before if a.id == step.annotation_id), None)
        words = step_words(step.label, undo=undo, was=was, now=step.annotation)
        said = f"{'undone' if undo else 'redone'}: {words}"
        # Quoted, as the tag confirmations quote it: the words alone ("note taken off") do not
        # say which claim. An annotation placed neither before nor after (an orphan) is not.
        placed = was or next((a for a in self.annotations if a.id == step.annotation_id), None)
        if placed is not None:
            self._show_undone(placed)
        self.inform(said if placed is None else self._quoting(said, placed))

    def _show_undone(self, placed: Annotation) -> None:
        """Bring the passage an undo or redo changed into view, as a tag brings its claim: the
        reader sees what changed, not only a confirmation quoting a claim pages away. The mark
        stays where it is (the keys act on the claim in hand); on screen, so does the article."""
        if not self.view.shows(placed.start):
            self.view.scroll_to_offset(placed.start)
