"""The files that ship with newslens: sample articles and themes."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_dir(name: str) -> Path:
    # An installed wheel carries seeds/ and themes/ inside the package; a source
    # checkout (editable install) has them at the repository root.
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent.parent / name


def seeds_dir() -> Path:
    return _shipped_dir("seeds")


def themes_dir() -> Path:
    return _shipped_dir("themes")


SAMPLE_ARTICLE = "kremlin-admits-losses.txt"


def sample_article() -> Path:
    return seeds_dir() / SAMPLE_ARTICLE
