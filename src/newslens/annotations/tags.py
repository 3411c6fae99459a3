"""The tag set: six defaults, replaced by ``[[tags]]`` entries in config.toml.

    [[tags]]
    key = "1"            # the quick-tag key (optional; one character)
    name = "verified"
    colour = "#2e7d32"   # #rgb, #rrggbb or a colour name
    verdict = true       # optional: a fact-check rating, exported as a ClaimReview

Any other name typed in the tag picker is a free-text tag; it gets a neutral colour.
"""

from __future__ import annotations

import re
from typing import Any

from newslens.annotations.model import NOT_A_CLAIM, Tag, TagSet
from newslens.errors import NewslensError

DEFAULT_TAGS = TagSet(
    (
        Tag("verified", "#2e7d32", "1", verdict=True),
        Tag("disputed", "#ef6c00", "2", verdict=True),
        Tag("false", "#c62828", "3", verdict=True),
        Tag("misleading", "#ad1457", "4", verdict=True),
        Tag("needs-source", "#1565c0", "5"),
        Tag("opinion", "#6a1b9a", "6"),
    )
)
_DEFAULT_VERDICTS = {t.name for t in DEFAULT_TAGS.tags if t.verdict}

# Colours end up in Rich styles and in the HTML export's CSS: accept only forms
# that cannot smuggle anything else in.
_COLOUR = re.compile(r"#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-z][a-z_]{1,30}")
_MAX_TAG_CHARS = 60


def clean_tag_name(text: str) -> str:
    """A typed tag name made canonical, or NewslensError saying why it cannot be one."""
    name = " ".join(text.split()).lower()
    if not name:
        raise NewslensError("a tag needs a name")
    if len(name) > _MAX_TAG_CHARS:
        raise NewslensError(f"a tag name has at most {_MAX_TAG_CHARS} characters")
    if any(not ch.isprintable() for ch in name):
        raise NewslensError("a tag name cannot contain control characters")
    return name


def load_tagset(entries: list[Any]) -> TagSet:
    """The tag set from config.toml's ``[[tags]]`` list (``Config.tags``); empty means defaults."""
    if not entries:
        return DEFAULT_TAGS
    tags: list[Tag] = []
    for number, entry in enumerate(entries, 1):
        where = f"config [[tags]] entry {number}"
        if not isinstance(entry, dict):
            raise NewslensError(f"{where}: expected a table with key, name and colour")
        name = clean_tag_name(str(entry.get("name", "")))
        if name == NOT_A_CLAIM:
            raise NewslensError(f"{where}: {NOT_A_CLAIM!r} is reserved")
        colour = str(entry.get("colour", entry.get("color", "")))
        if not _COLOUR.fullmatch(colour):
            raise NewslensError(f"{where}: colour {colour!r} is not #rgb, #rrggbb or a name")
        key = entry.get("key")
        if key is not None:
            key = str(key)
            if len(key) != 1 or not key.isprintable() or key.isspace():
                raise NewslensError(f"{where}: key {key!r} must be one character")
        verdict = entry.get("verdict", name in _DEFAULT_VERDICTS)
        if not isinstance(verdict, bool):
            raise NewslensError(f"{where}: verdict must be true or false")
        if any(t.name == name for t in tags):
            raise NewslensError(f"{where}: tag {name!r} is defined twice")
        if key is not None and any(t.key == key for t in tags):
            raise NewslensError(f"{where}: key {key!r} is used twice")
        tags.append(Tag(name, colour, key, verdict))
    return TagSet(tuple(tags))
