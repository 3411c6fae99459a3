"""Notes: the note editor (e), and its note saved when the reader quits with it open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.tui.annotating.base import AnnotatingBase
from newslens.tui.annotating.shown import _TITLE_SNIPPET
from newslens.tui.annotating.targets import Target

if TYPE_CHECKING:
    from newslens.tui.tag_dialogs import NoteEditor


class NotesMixin(AnnotatingBase):
    """The note actions."""

    async def action_edit_note(self) -> None:
        from newslens.tui.tag_dialogs import NoteEditor

        target = self._target()
        if target is None:
            return
        if self.store is not None:
            self._reload()  # another window on this article may have written a note since
        existing = self._annotation_at(target)
        opened_with = existing.note if existing else ""
        editor = NoteEditor(self._quote(target, _TITLE_SNIPPET), opened_with)

        def closed(note: str | None) -> None:
            self._open_note = None
            if note is not None:
                self._save_note(target, opened_with, note)

        self._open_note = (editor, target, opened_with)
        # Waited for: the keys typed right after e (in the same burst) are held back until this
        # returns (NewslensApp.on_event), so the focused editor gets them as the note's words.
        await self.push_screen(editor, closed)

    @property
    def note_editor(self) -> NoteEditor | None:
        """The note editor, if one is open."""
        return self._open_note[0] if self._open_note is not None else None

    def save_open_note(self) -> bool | None:
        """Save the note in the open editor as ctrl+s would: quitting must not lose it.

        None when no editor is open or its note is as it was, else whether it was saved.
        """
        if self._open_note is None:
            return None
        editor, target, opened_with = self._open_note
        return self._save_note(target, opened_with, editor.note)

    def _save_note(self, target: Target, opened_with: str, note: str) -> bool | None:
        if note == opened_with:
            return None
        if self.store is not None:
            self._reload()
        now = self._annotation_at(target)
        meanwhile = now.note if now else ""
        if meanwhile != opened_with and meanwhile.strip() and meanwhile != note:
            # Written in another window while this editor was open: keep both.
            note = f"{meanwhile}\n\n{note}" if note.strip() else meanwhile
            self.notify(
                "another window changed this note meanwhile: both are kept",
                severity="warning",
                timeout=6,
            )
        return self._save_on(
            target,
            lambda store: store.set_note,
            note,
            self._quoting("note saved" if note.strip() else "note removed", target),
        )
