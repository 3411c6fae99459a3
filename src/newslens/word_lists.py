"""Word lists kept as data, in text files beside the code that reads them: "[name]" starts a
list, the words under it are whitespace-separated, "#" starts a comment."""

from __future__ import annotations

from importlib.resources import files


def word_sections_of(package: str, name: str) -> dict[str, frozenset[str]]:
    """The word lists of the data file ``name`` of ``package``, by section."""
    lists: dict[str, set[str]] = {}
    current: set[str] = set()
    for line in files(package).joinpath(name).read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = lists.setdefault(line[1:-1], set())
        elif line:
            current.update(line.split())
    return {section: frozenset(words) for section, words in lists.items()}
