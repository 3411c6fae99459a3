"""Annotating in the reader: tags, notes, "not a claim", undo/redo, selection, library, export.

:class:`AnnotatingMixin` is mixed into ``NewslensApp``; its keys are
:data:`ANNOTATION_BINDINGS`, listed in the app's BINDINGS so help, the palette and
config.toml ``[keys]`` see them like every other key.

What an action works on (the *target*) is what the reader sees marked, first match wins:
1. the span being chosen in selection mode (``v``);
2. the claim or figure under the cursor of the claims or figures list, when the list has
   focus: the article marks it too, as the cursor moves (so this is 3 as well);
3. what the article marks with ▸ (the *mark*): the claim or figure chosen last (``]`` /
   ``[``, a list's cursor or enter), the span chosen in selection mode, or an annotation
   opened from the library.
Nothing marked (``esc`` clears the mark): the action says so and changes nothing; a tag key
toggles, so a tag on a claim no longer in sight would be taken off unseen.

Every change goes through the store in one committed transaction *before* the
screen shows it (the store's calls return after COMMIT); a StoreError (a NewslensError) leaves the
screen as it was and says why. The store is opened in a thread worker after the
first paint; a store that cannot be written is used read-only.

The mixin also answers the panel's ``ClaimSelected`` and ``FigureSelected`` and the
selection bar's messages through Textual's ``on_*`` naming convention: they set the mark.

The modules, lowest first: ``targets`` tells what an action works on and ``shown`` what the
article and panel show of the annotations (both pure functions); ``base`` holds the state the
mixins share and declares, for the type checker, what they read of the app and of each other;
each other module is one mixin: ``keys`` the keys and the palette's commands, ``saving`` the
store's writes and the toasts that confirm them, ``opening`` the store opened and its
annotations painted, ``marking`` the mark, ``tagging`` the tags and "not a claim", ``notes``
the note editor, ``undoing`` undo and redo, ``selecting`` selection mode, ``from_library`` the
Library and another article opened from it, ``exporting`` the export; and this module composes
them into :class:`AnnotatingMixin`. A name with a leading underscore is the package's own: its
modules share it, and only they and their tests use it.
"""

from __future__ import annotations

from newslens.tui.annotating.exporting import ExportMixin
from newslens.tui.annotating.from_library import LibraryMixin
from newslens.tui.annotating.keys import (
    ANNOTATION_BINDINGS,
    ON_SELECTION,
    PALETTE_ONLY,
    SELECTING,
    KeysMixin,
    acts_on_nothing,
)
from newslens.tui.annotating.marking import MarkingMixin
from newslens.tui.annotating.notes import NotesMixin
from newslens.tui.annotating.opening import OpeningMixin
from newslens.tui.annotating.saving import SAVE_MARKS, SavingMixin
from newslens.tui.annotating.selecting import SelectingMixin
from newslens.tui.annotating.tagging import TaggingMixin
from newslens.tui.annotating.undoing import UndoMixin

__all__ = [
    "ANNOTATION_BINDINGS",
    "ON_SELECTION",
    "PALETTE_ONLY",
    "SAVE_MARKS",
    "SELECTING",
    "AnnotatingMixin",
    "acts_on_nothing",
]


class AnnotatingMixin(
    OpeningMixin,
    MarkingMixin,
    SavingMixin,
    TaggingMixin,
    NotesMixin,
    UndoMixin,
    SelectingMixin,
    LibraryMixin,
    ExportMixin,
    KeysMixin,
):
    """The annotation actions of the reader (see the module docstring)."""
