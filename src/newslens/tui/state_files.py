"""The reader's own small JSON files in the data directory: state newslens writes, not
settings anyone edits, each a table of articles, the least recently used forgotten first."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from newslens.config import data_dir

# The articles remembered in each file: the place file is read before the first frame.
KEPT = 300


def state_path(name: str) -> Path:
    return data_dir() / name


def read_table(name: str, table: str) -> dict[str, Any]:
    """The entries of ``table`` in the file ``name``; none when it is not there or broken."""
    try:
        raw = json.loads(state_path(name).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    entries = raw.get(table) if isinstance(raw, dict) else None
    return entries if isinstance(entries, dict) else {}


def write_table(name: str, table: str, entries: dict[str, Any]) -> None:
    """Keep the last ``KEPT`` of ``entries`` as ``table`` in the file ``name``; silently
    nothing where it cannot be kept: this state is a convenience, a read-only home must not
    stop reading."""
    kept = dict(list(entries.items())[-KEPT:])
    path = state_path(name)
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump({table: kept}, file, ensure_ascii=True)
        # Whole or not at all: two windows quitting at once leave one's state, not a mix.
        os.replace(temporary, path)
        temporary = None
    except OSError:
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
