"""The key map: config.toml [keys] checked (a key Textual cannot report, two bindings on
one key) and applied, less's keys given way, and the keys each binding is on now."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from textual.binding import Binding
from textual.keys import REPLACED_KEYS, Keys, key_to_character

from newslens.config import config_path
from newslens.errors import NewslensError
from newslens.tui.annotating import ON_SELECTION, SELECTING
from newslens.tui.annotating.keys import LIBRARY_BINDINGS
from newslens.tui.app.base import ReaderBase
from newslens.tui.article_view import LESS_KEYS

_KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "colon": ":",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "less_than_sign": "<",
    "greater_than_sign": ">",
    "escape": "esc",
}
# Where keys work (the help screen's last column), besides selection mode's SELECTING. The
# article's keys move in the panel's lists too (stepped_list.py).
_ANYWHERE, _READING, _LISTS = "anywhere", "article, lists", "lists"
# The Library's own keys: it covers the reader, whose keys wait (NewslensApp.check_action).
_LIBRARY = "Library"
# Keys Textual answers before any of newslens's (priority bindings), with their action: any
# other action bound there would never run.
_TEXTUAL_KEYS = {"ctrl+q": ("quit", "quit"), "ctrl+p": ("command_palette", "the command palette")}


def _key_name(key: str) -> str:
    return _KEY_NAMES.get(key, key)


def _both_reachable(where: Collection[str], other: Collection[str]) -> bool:
    """Whether a key bound in the places ``where`` and in ``other`` can be pressed in the same
    place: the focused article or list answers before the app, so one of the two would never
    run. Selection mode takes over the app's keys while it lasts, by design, but for the keys
    that act on the selection (ON_SELECTION): only those and its own clash."""
    return any(_reachable_in(a, b) for a in where for b in other)


def _reachable_in(where: str, other: str) -> bool:
    if SELECTING in (where, other) or _LIBRARY in (where, other):
        return where == other
    return where == other or _ANYWHERE in (where, other)


def _less_keys_given_way(
    bound: Mapping[str, str], user_keys: Collection[str], where: Mapping[str, Collection[str]]
) -> dict[str, str]:
    """The bindings config.toml leaves as they are that give one of less's keys to a binding
    it puts there, with the keys each keeps: all but those, if any are left."""
    taken: dict[str, list[str]] = {}  # key → the bindings config.toml puts on it
    for binding_id in user_keys:
        for key in bound[binding_id].split(","):
            taken.setdefault(key, []).append(binding_id)
    kept = {}
    for binding_id, keys in bound.items():
        if binding_id in user_keys:
            continue
        own = keys.split(",")
        left = [
            key
            for key in own
            if key not in LESS_KEYS
            or not any(_both_reachable(where[binding_id], where[o]) for o in taken.get(key, ()))
        ]
        if left and len(left) < len(own):
            kept[binding_id] = ",".join(left)
    return kept


_MODIFIERS = {"ctrl", "shift", "alt"}
# Named keys Textual reports ("home", "pageup", "f1", "space", "escape"), without modifiers.
_NAMED_KEYS = {key.value for key in Keys if "+" not in key.value and not key.value.startswith("<")}
_KEY_HELP = (
    "a key is a character or a name such as home, pageup, f1, space or escape, "
    "after any of ctrl+, shift+ and alt+"
)


def _is_key(key: str) -> bool:
    """Whether Textual can report ``key`` (as written in config.toml [keys]) at all."""
    *modifiers, base = key.split("+")
    if not set(modifiers) <= _MODIFIERS or len(set(modifiers)) != len(modifiers):
        return False
    if len(base) == 1:
        return base.isprintable() and not base.isspace()
    if base in _NAMED_KEYS:
        return True
    # A character's name ("question_mark", "slash"), as Textual names the keys it reports:
    # letters and digits go by themselves.
    character = key_to_character(REPLACED_KEYS.get(base, base))
    return character is not None and len(character) == 1 and not character.isalnum()


def _unknown_binding_warning(keys: Mapping[str, str], known: set[str]) -> str:
    """A warning naming the first binding id in config.toml [keys] that no binding has ("" if
    none): the keymap leaves such an id out."""
    unknown = sorted(set(keys) - known)
    return (
        f"config.toml [keys]: unknown binding {unknown[0]!r}; see ? for the names"
        if unknown
        else ""
    )


def _refuse_what_is_no_key(user_keys: Mapping[str, str]) -> None:
    """A NewslensError for the first key in config.toml [keys] that Textual cannot report."""
    for binding_id, value in user_keys.items():
        bad = next((key for key in value.split(",") if not _is_key(key.strip())), None)
        if bad is not None:
            raise NewslensError(
                f"config {config_path()}: [keys] {binding_id} is on {bad.strip()!r}, which "
                f"is not a key; {_KEY_HELP}"
            )


def _refuse_what_the_librarys_filter_takes(user_keys: Mapping[str, str]) -> None:
    """A NewslensError for a key config.toml gives the Library that its filter takes first: a
    character typed (space too), or one of its editing keys (ctrl+e goes to the line's end)."""
    from textual.widgets import Input

    editing = {key for b in Input.BINDINGS if isinstance(b, Binding) for key in b.key.split(",")}
    for binding_id, value in user_keys.items():
        for key in (typed.strip() for typed in value.split(",")):
            character = key_to_character(key)
            if key in editing or (character is not None and character.isprintable()):
                raise NewslensError(
                    f"config {config_path()}: [keys] {binding_id} is on {key}, which the "
                    "Library's filter takes; choose a ctrl+ key such as ctrl+o"
                )


def _refuse_clashes(
    bound: Mapping[str, str],
    user_keys: Collection[str],
    where: Mapping[str, Collection[str]],
    action: Mapping[str, str],
) -> None:
    """A NewslensError for a key of two bindings that can be pressed in the same place, or a
    key config.toml gives a binding that Textual answers first with another action. The
    bindings config.toml names are taken first: of two on one key, the error names first
    the one config.toml put there."""
    holders: dict[str, list[str]] = {}  # key → the binding ids on it
    for binding_id in (*user_keys, *(b for b in bound if b not in user_keys)):
        for key in dict.fromkeys(bound[binding_id].split(",")):
            clash = next(
                (
                    other
                    for other in holders.get(key, ())
                    if _both_reachable(where[binding_id], where[other])
                ),
                None,
            )
            if clash is not None:
                raise NewslensError(
                    f"config {config_path()}: [keys] {clash} and {binding_id} are both on "
                    f"{_key_name(key)}; give one of them another key"
                )
            textual = _TEXTUAL_KEYS.get(key)
            if textual and textual[0] != action[binding_id] and binding_id in user_keys:
                raise NewslensError(
                    f"config {config_path()}: [keys] {binding_id} is on {key}, which "
                    f"is {textual[1]}; choose another key"
                )
            holders.setdefault(key, []).append(binding_id)


class KeymapMixin(ReaderBase):
    """The keys as bound now: config.toml [keys] checked and applied."""

    def _checked_keymap(
        self, keys: Mapping[str, str]
    ) -> tuple[dict[str, str], dict[str, str], str]:
        """config.toml [keys] with the bindings it names, the keymap as it is applied, and a
        warning naming an unknown binding id.

        A key given to a binding that another binding keeps where both can be pressed is a
        NewslensError naming both: one of the two would never run, silently. Except one of
        less's keys (LESS_KEYS) that its binding can do without: it goes to the binding
        config.toml gives it, as those keys came after config files that may use them.
        """
        bindings = list(self._keymap_bindings())
        known = {binding_id for binding_id, _, _ in bindings}
        warning = _unknown_binding_warning(keys, known)
        user_keys = {binding_id: value for binding_id, value in keys.items() if binding_id in known}
        _refuse_what_is_no_key(user_keys)
        _refuse_what_the_librarys_filter_takes(
            {
                binding_id: user_keys[binding_id]
                for binding_id, _, where in bindings
                if where == _LIBRARY and binding_id in user_keys
            }
        )
        bound = self._normalize_keymap(
            {
                binding_id: user_keys.get(binding_id, binding.key)
                for binding_id, binding, _ in bindings
            }
        )
        where = {
            binding_id: {place, SELECTING} if binding_id in ON_SELECTION else {place}
            for binding_id, _, place in bindings
        }
        action = {binding_id: binding.action for binding_id, binding, _ in bindings}
        given_way = _less_keys_given_way(bound, user_keys, where)
        _refuse_clashes({**bound, **given_way}, user_keys, where, action)
        return user_keys, {**user_keys, **given_way}, warning

    def _keymap_bindings(self) -> Iterable[tuple[str, Binding, str]]:
        """(id, binding, where) for every key config.toml [keys] rebinds: selection mode's too."""
        for binding_id, binding, where, _ in self._all_bindings():
            yield binding_id, binding, where
        yield from self.selection_bindings()
        for library_binding in LIBRARY_BINDINGS:
            if isinstance(library_binding, Binding) and library_binding.id:
                yield library_binding.id, library_binding, _LIBRARY

    def _keys_shown(self, binding_id: str, binding: Binding) -> str:
        """The keys bound now (the user's keymap wins), as a reader would type them."""
        keys = self.keymap.get(binding_id, binding.key)
        return ", ".join(_key_name(key.strip()) for key in keys.split(","))

    def key_for(self, binding_id: str) -> str:
        """The first key that does ``binding_id`` now, for a message telling a reader to press it."""
        binding = next(b for i, b, _ in self._keymap_bindings() if i == binding_id)
        return self._keys_shown(binding_id, binding).split(", ")[0]
