"""Where newslens keeps things, and the user's config.toml.

Every path comes from platformdirs unless ``NEWSLENS_DATA_DIR`` /
``NEWSLENS_CONFIG_DIR`` / ``NEWSLENS_CACHE_DIR`` replace it (tests and scripts need a place
of their own).
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from newslens.errors import NewslensError

APP_NAME = "newslens"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0
# A socket timeout overflows the platform's time_t not far beyond this; a day is "never".
MAX_TIMEOUT = 24 * 60 * 60


def check_max_bytes(value: object) -> int:
    """A size cap as given, or ValueError saying what it must be."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("must be a whole number of bytes above 0")
    return value


def check_timeout(value: object) -> float:
    """A timeout in seconds as given, or ValueError saying what it must be."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not (math.isfinite(value) and 0 < value <= MAX_TIMEOUT)
    ):
        raise ValueError(f"must be a number of seconds above 0 and at most {MAX_TIMEOUT}")
    return float(value)


def _dir(env: str, default: str) -> Path:
    override = os.environ.get(env)
    return Path(override).expanduser() if override else Path(default)


def data_dir() -> Path:
    return _dir("NEWSLENS_DATA_DIR", platformdirs.user_data_dir(APP_NAME))


def config_dir() -> Path:
    return _dir("NEWSLENS_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME))


def cache_dir() -> Path:
    return _dir("NEWSLENS_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME))


def config_path() -> Path:
    return config_dir() / "config.toml"


@dataclass(frozen=True)
class Config:
    """The settings newslens reads from config.toml; every one has a default."""

    model: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    url_timeout: float = DEFAULT_TIMEOUT
    theme: str | None = None
    remember_place: bool = True
    keys: dict[str, str] = field(default_factory=dict)
    tags: list[dict[str, str]] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)
    # Settings newslens does not know (a typo, or one from a newer version): warned about,
    # as an unknown key binding is, rather than silently doing nothing.
    warnings: tuple[str, ...] = ()


# Every setting newslens reads, by table ([[tags]]: in each entry); [keys] are checked where
# they are used, against the reader's bindings.
KNOWN_SETTINGS: dict[str, frozenset[str] | None] = {
    "analysis": frozenset({"model"}),
    "loading": frozenset({"max_bytes", "url_timeout"}),
    "reader": frozenset({"theme", "remember_place"}),
    "annotations": frozenset({"journal"}),
    "keys": None,
    "tags": frozenset({"key", "name", "colour", "color", "verdict"}),
}


def load_config(path: Path | None = None) -> Config:
    """Read config.toml; a missing file is an empty config, a broken one an error."""
    path = path or config_path()
    try:
        # utf-8-sig: Windows editors start the file with a byte-order mark.
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return Config()
    except OSError as exc:
        raise NewslensError(f"cannot read config {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise NewslensError(f"cannot read config {path}: {exc}") from None
    where = f"config {path}"
    analysis, loading, reader, keys = (
        _table(raw, name, where) for name in ("analysis", "loading", "reader", "keys")
    )
    tags = raw.get("tags", [])
    if isinstance(tags, dict):
        # [tags.verified] or [tags]: the file's words, not the Python dict TOML made of it.
        raise NewslensError(
            f'{where}: tags must be [[tags]] tables, each with its name = "…", not a [tags] table'
        )
    if not isinstance(tags, list):
        raise NewslensError(f"{where}: tags must be [[tags]] tables, not {tags!r}")
    config = Config(
        model=analysis.get("model"),
        max_bytes=loading.get("max_bytes", DEFAULT_MAX_BYTES),
        url_timeout=loading.get("url_timeout", DEFAULT_TIMEOUT),
        theme=reader.get("theme"),
        remember_place=reader.get("remember_place", True),
        keys=dict(keys),
        tags=list(tags),
        raw=raw,
        warnings=_unknown_settings(raw, where),
    )
    return _checked(config, where)


def _unknown_settings(raw: dict[str, Any], where: str) -> tuple[str, ...]:
    unknown = []
    for name, value in raw.items():
        if name not in KNOWN_SETTINGS:
            unknown.append(f"[{name}]" if isinstance(value, dict) else name)
            continue
        known = KNOWN_SETTINGS[name]
        if known is not None and isinstance(value, dict):
            unknown += [f"[{name}] {key}" for key in value if key not in known]
        if known is not None and isinstance(value, list):
            unknown += [
                f"[[{name}]] entry {number} {key}"
                for number, entry in enumerate(value, 1)
                if isinstance(entry, dict)
                for key in entry
                if key not in known
            ]
    return tuple(f"{where}: unknown setting {name} is ignored" for name in unknown)


def journal_mode(raw: dict[str, Any], where: str = "config") -> str:
    """``[annotations] journal``: "wal" (the default) or "delete", the rollback journal, for a
    data directory on a network file system, where WAL's shared memory fails."""
    journal = _table(raw, "annotations", where).get("journal", "wal")
    if journal not in ("wal", "delete"):
        raise NewslensError(
            f'{where}: [annotations] journal must be "wal" or "delete", not {journal!r}'
        )
    return str(journal)


def _table(raw: dict[str, Any], name: str, where: str) -> dict[str, Any]:
    value = raw.get(name, {})
    if not isinstance(value, dict):
        raise NewslensError(f"{where}: {name} must be a [{name}] table, not {value!r}")
    return value


def _checked(config: Config, where: str) -> Config:
    """The config if newslens can use every value in it, else NewslensError naming the first
    that it cannot: found at start-up, not when the reader first needs the value."""
    for setting, value, check in (
        ("max_bytes", config.max_bytes, check_max_bytes),
        ("url_timeout", config.url_timeout, check_timeout),
    ):
        try:
            check(value)
        except ValueError as exc:
            raise NewslensError(f"{where}: [loading] {setting} {exc}, not {value!r}") from None
    for setting, name, what in (
        ("[analysis] model", config.model, 'a spaCy package name or path, like "en_core_web_sm"'),
        ("[reader] theme", config.theme, 'a theme name, like "dark"'),
    ):
        if name is not None and not isinstance(name, str):
            raise NewslensError(f"{where}: {setting} must be {what}, not {name!r}")
    if not isinstance(config.remember_place, bool):
        raise NewslensError(
            f"{where}: [reader] remember_place must be true or false, not {config.remember_place!r}"
        )
    for binding, keys in config.keys.items():
        if not isinstance(keys, str):
            raise NewslensError(
                f'{where}: [keys] {binding} must be keys in quotes, like "ctrl+n", not {keys!r}'
            )
    # The store reads it when it opens, which the reader does only after its first frame.
    journal_mode(config.raw, where)
    if config.tags:
        # Imported here: only a config with [[tags]] needs the tag rules.
        from newslens.annotations.tags import load_tagset

        load_tagset(config.tags, source=f"{where}:")
    return config
