"""Where newslens keeps things, and the user's config.toml.

Every path comes from platformdirs unless ``NEWSLENS_DATA_DIR`` /
``NEWSLENS_CONFIG_DIR`` replace it (tests and scripts need a place of their own).
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


def config_path() -> Path:
    return config_dir() / "config.toml"


@dataclass(frozen=True)
class Config:
    """The settings newslens reads from config.toml; every one has a default."""

    model: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    url_timeout: float = DEFAULT_TIMEOUT
    theme: str | None = None
    keys: dict[str, str] = field(default_factory=dict)
    tags: list[dict[str, str]] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)


def load_config(path: Path | None = None) -> Config:
    """Read config.toml; a missing file is an empty config, a broken one an error."""
    path = path or config_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise NewslensError(f"cannot read config {path}: {exc}") from None
    analysis = raw.get("analysis", {})
    loading = raw.get("loading", {})
    reader = raw.get("reader", {})
    try:
        config = Config(
            model=analysis.get("model"),
            max_bytes=loading.get("max_bytes", DEFAULT_MAX_BYTES),
            url_timeout=loading.get("url_timeout", DEFAULT_TIMEOUT),
            theme=reader.get("theme"),
            keys=dict(raw.get("keys", {})),
            tags=list(raw.get("tags", [])),
            raw=raw,
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise NewslensError(f"bad value in config {path}: {exc}") from None
    return _checked(config, path)


def _checked(config: Config, path: Path) -> Config:
    """The config if newslens can use every value in it, else NewslensError naming the first
    that it cannot: found at start-up, not when the reader first needs the value."""
    where = f"config {path}"
    for setting, value, check in (
        ("max_bytes", config.max_bytes, check_max_bytes),
        ("url_timeout", config.url_timeout, check_timeout),
    ):
        try:
            check(value)
        except ValueError as exc:
            raise NewslensError(f"{where}: [loading] {setting} {exc}, not {value!r}") from None
    for binding, keys in config.keys.items():
        if not isinstance(keys, str):
            raise NewslensError(
                f'{where}: [keys] {binding} must be keys in quotes, like "ctrl+n", not {keys!r}'
            )
    if config.tags:
        # Imported here: only a config with [[tags]] needs the tag rules.
        from newslens.annotations.tags import load_tagset

        load_tagset(config.tags, source=where)
    return config
