"""The one exception type a user is meant to see, and how a file that cannot be read is told."""

from __future__ import annotations

from pathlib import Path


class NewslensError(Exception):
    """A problem with the user's input or environment, told in one line.

    The CLI prints it as ``newslens: <message>`` and exits with code 2; anything
    else escaping is a bug in newslens.
    """


def unreadable(path: Path | str, exc: OSError, expected: str) -> NewslensError:
    """Why the file at ``path`` could not be read, in newslens's words rather than the
    system's capitalised ones ("Is a directory"); ``expected``: what it should have been."""
    if isinstance(exc, PermissionError):
        return NewslensError(f"{path}: permission denied")
    if isinstance(exc, IsADirectoryError):
        return NewslensError(f"{path}: is a directory, not {expected}")
    return NewslensError(f"{path}: cannot read: {exc.strerror or exc}")
