"""The command palette finds each command by its title or by the words a user types for it:
"find" finds Search, "comment" and "notes" find Note. The words are kept with the key or the
command they name (:class:`KeyCommand`, :func:`palette_command`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual.app import CommandCallback, SystemCommand
from textual.binding import Binding
from textual.command import Hit, Hits
from textual.system_commands import SystemCommandsProvider


@dataclass(frozen=True)
class KeyCommand(Binding):
    """A key whose palette command is found by other words too, as users name what it does."""

    words: tuple[str, ...] = ()


class PaletteCommand(SystemCommand):
    """A palette command with the other words it is found by (in ``words``)."""

    words: tuple[str, ...] = ()


def palette_command(
    title: str,
    help_text: str,
    callback: CommandCallback,
    *,
    words: Iterable[str] = (),
    discover: bool = True,
) -> SystemCommand:
    """The palette's command ``title``, found by ``words`` too."""
    command = PaletteCommand(title, help_text, callback, discover)
    command.words = tuple(words)
    return command


def words_of(binding: Binding) -> tuple[str, ...]:
    """The other words a key's command is found by: none for a plain Binding."""
    return binding.words if isinstance(binding, KeyCommand) else ()


class ReaderCommands(SystemCommandsProvider):
    """Textual's search of the app's commands by title, and by the words they are known by.

    A command found by one of its words is listed by its title as it is, nothing in it lit:
    the words typed are not in it."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self.app.get_system_commands(self.screen):
            by_title = matcher.match(command.title)
            if by_title > 0:
                yield Hit(
                    by_title, matcher.highlight(command.title), command.callback, help=command.help
                )
                continue
            words = command.words if isinstance(command, PaletteCommand) else ()
            by_word = max((matcher.match(word) for word in words), default=0)
            if by_word > 0:
                yield Hit(by_word, command.title, command.callback, help=command.help)
