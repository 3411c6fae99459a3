"""Where newslens keeps things, and the user's config.toml.

Every path comes from platformdirs unless ``NEWSLENS_DATA_DIR`` /
``NEWSLENS_CONFIG_DIR`` replace it (tests and scripts need a place of their own).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from newslens.errors import NewslensError

APP_NAME = "newslens"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


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
    url_timeout: float = 20.0
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
        return Config(
            model=analysis.get("model"),
            max_bytes=int(loading.get("max_bytes", DEFAULT_MAX_BYTES)),
            url_timeout=float(loading.get("url_timeout", 20.0)),
            theme=reader.get("theme"),
            keys=dict(raw.get("keys", {})),
            tags=list(raw.get("tags", [])),
            raw=raw,
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise NewslensError(f"bad value in config {path}: {exc}") from None
