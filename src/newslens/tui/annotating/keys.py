"""How annotating is reached: its keys, and its commands in the palette.

The keys are :data:`ANNOTATION_BINDINGS`, listed in the app's BINDINGS so help, the palette and
config.toml ``[keys]`` see them like every other key; :class:`KeysMixin` adds the palette's
commands that name more than a binding says (export, with its formats), that no key has (a
hidden claim shown again) and one for each tag.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from newslens.annotations.exports import FORMATS
from newslens.annotations.tags import QUICK_TAG_KEYS
from newslens.tui.annotating.base import AnnotatingBase
from newslens.tui.palette import KeyCommand, palette_command

SELECTING = "selecting (v)"  # where selection mode's keys work, as help says it
EXPORT_COMMAND = "Export annotations…"
EXPORT_WORDS = ("save", "download", "write")  # in the palette, as users name it
RESTORE_COMMAND = "Show a hidden claim"
# The palette's commands that no key has, which help names (Screenshot is Textual's).
PALETTE_ONLY = (RESTORE_COMMAND, "Screenshot")

ANNOTATION_BINDINGS: list[BindingType] = [
    *(
        Binding(key, f"quick_tag('{key}')", f"Quick tag {key}", show=False, id=f"quick-tag-{key}")
        for key in QUICK_TAG_KEYS
    ),
    KeyCommand("t", "pick_tag", "Tag…", id="tag", words=("label", "flag", "mark")),
    KeyCommand("x", "remove_tag", "Remove a tag", show=False, id="remove-tag", words=("untag",)),
    KeyCommand("e", "edit_note", "Note", id="note", words=("notes", "comment", "annotate", "memo")),
    KeyCommand(
        "h",
        "not_a_claim",
        "Not a claim (hide it)",
        show=False,
        id="not-a-claim",
        words=("dismiss", "false positive"),
    ),
    KeyCommand("u", "undo", "Undo", show=False, id="undo", words=("revert",)),
    Binding("ctrl+r,U", "redo", "Redo", show=False, id="redo"),
    KeyCommand("v", "select_span", "Select text", id="select", words=("highlight text", "visual")),
    KeyCommand(
        "L",
        "library",
        "Library",
        show=False,
        id="library",
        words=("saved", "all annotations", "history"),
    ),
    # A control key, as in the Library, whose filter takes every letter: the same key there.
    KeyCommand(
        "ctrl+o",
        "export_annotations",
        EXPORT_COMMAND,
        show=False,
        id="export",
        words=EXPORT_WORDS,
    ),
]

# The Library's own keys, here for help and config.toml [keys] to see without importing the
# Library (tui/library.py) as the reader starts. A control key: its filter takes every letter;
# ctrl+o writes out, as in nano.
LIBRARY_BINDINGS: list[BindingType] = [
    Binding("ctrl+o", "app.export_listed", "Export what it lists", id="library-export"),
]

_QUICK_TAGS = {  # quick-tag key → its binding
    binding.id.removeprefix("quick-tag-"): binding
    for binding in ANNOTATION_BINDINGS
    if isinstance(binding, Binding) and binding.id and binding.id.startswith("quick-tag-")
}

# The keys that act on what is marked, and so on the selection in selection mode (v): the
# selection's own keys must leave them free.
ON_SELECTION = frozenset(
    {*(f"quick-tag-{key}" for key in QUICK_TAG_KEYS), "tag", "remove-tag", "note", "not-a-claim"}
)


def acts_on_nothing(screen: Screen) -> bool:  # type: ignore[type-arg]
    """Whether the keys that act on what is marked (ON_SELECTION) can act on nothing where the
    focus is on ``screen``: a list whose rows are no passage (Sources), or that has no row
    (Figures of an article with none). They only say to choose a claim there, and the footer
    and the palette leave them out. A selection (v) showing is what they act on, wherever the
    focus is."""
    from newslens.tui.selection import SelectionBar

    # The bar is mounted on the screen itself: its children only, not every widget, are asked.
    if any(bar.display for bar in screen.query_children(SelectionBar)):
        return False
    return bool(getattr(screen.focused, "holds_no_passage", False))


class KeysMixin(AnnotatingBase):
    """The palette's annotating commands, and each tag's key as it works."""

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:  # type: ignore[type-arg]
        yield from super().get_system_commands(screen)
        if not self.reading(screen):
            # The Library or a dialog is on top: the reader's commands act on the reader
            # beneath. Imported only here: the Library may never be opened, and importing it
            # held up the palette's first opening some 15 ms.
            from newslens.tui.library import LibraryScreen

            if isinstance(screen, LibraryScreen):
                # What the Library lists, every article's or the filter's match.
                yield palette_command(
                    EXPORT_COMMAND,
                    f"writes the annotations listed to a file ({', '.join(FORMATS)}) · key: ctrl+o",
                    lambda: self.export_listed(screen),
                    words=EXPORT_WORDS,
                )
            return
        yield palette_command(
            EXPORT_COMMAND,
            f"writes this article's annotations to a file ({', '.join(FORMATS)}) · key: "
            f"{self.key_for('export')}",
            self.action_export_annotations,
            words=EXPORT_WORDS,
        )
        # A reader after a spreadsheet types "csv", not "export": each format is found by its
        # name, and left out of the list shown before anything is typed, which it would crowd.
        for digit, fmt in enumerate(FORMATS, start=1):
            yield SystemCommand(
                f"Export annotations as {fmt}",
                "writes this article's annotations to a file · keys: "
                f"{self.key_for('export')}, then {digit}",
                _bound(self._export, fmt),
                discover=False,
            )
        yield palette_command(
            RESTORE_COMMAND,
            "takes a 'not a claim' mark off, and the claim is listed again",
            self.action_restore_claim,
            words=("unhide", "restore"),
        )
        if acts_on_nothing(screen):
            return  # its tag commands would only say to choose a claim, as the keys do
        keys = self.tag_keys()
        for tag in self.tagset.tags:
            if tag.name in keys:
                yield SystemCommand(
                    f"Tag {tag.name}",
                    f"key: {keys[tag.name]} (anywhere) · again removes it",
                    _bound(self.action_quick_tag, str(tag.key)),
                )

    def tag_keys(self) -> dict[str, str]:
        """Each tag's key as it works: its quick-tag key, wherever config.toml [keys] put it.
        A tag without a key has none (it is picked with t)."""
        return {
            tag.name: self._keys_shown(f"quick-tag-{tag.key}", _QUICK_TAGS[tag.key])
            for tag in self.tagset.tags
            if tag.key
        }


def _bound(action: Callable[[str], None], key: str) -> Callable[[], None]:
    return lambda: action(key)
