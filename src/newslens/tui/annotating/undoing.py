"""Undo (u) and redo (ctrl+r, U) of the store's steps, said in the reader's words."""

from __future__ import annotations

from collections.abc import Iterable

from newslens.annotations.model import NOT_A_CLAIM, Annotation
from newslens.errors import NewslensError
from newslens.tui.annotating.base import AnnotatingBase


def _step_words(label: str) -> str:
    """An undo step's label ("tag verified", "untag verified", "note") as the reader's
    confirmations say it: the store names the mark that hides a claim by its tag, which the
    reader never shows, and "untag" is the store's word, not the reader's."""
    verb, _, tag = label.partition(" ")
    if tag == NOT_A_CLAIM:
        return "marked not a claim" if verb == "tag" else "claim shown again"
    return f"tag {tag} removed" if verb == "untag" else label


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
        on = self._placed_text(step.annotation_id, (*before, *self.annotations))
        self.inform(f"{'undone' if undo else 'redone'}: {_step_words(step.label)}{on}")

    def _placed_text(self, annotation_id: str, annotations: Iterable[Annotation]) -> str:
        """The text of the annotation an undo or redo changed, quoted as the tag
        confirmations quote it (' · “…”'): the label alone ("note") does not say which.
        Nothing for an annotation placed neither before nor after (an orphan)."""
        annotation = next((a for a in annotations if a.id == annotation_id), None)
        if annotation is None:
            return ""
        return f" · {self._quote(annotation)}"
