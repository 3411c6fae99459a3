"""Writing exports to files or standard output: the only I/O in the exports."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from newslens.annotations.exports import FORMATS, Item
from newslens.annotations.exports.brat import render_ann
from newslens.annotations.exports.claimreview import render_claimreview
from newslens.annotations.exports.html import render_html
from newslens.annotations.exports.jsonl import render_jsonl
from newslens.annotations.exports.table import render_csv
from newslens.annotations.exports.w3c import render_w3c
from newslens.annotations.model import TagSet
from newslens.errors import NewslensError


def render(fmt: str, items: list[Item], tagset: TagSet) -> str:
    """Every format but brat (which is two files per article) as one string."""
    renderers: dict[str, Callable[[], str]] = {
        "jsonl": lambda: render_jsonl(items),
        "w3c": lambda: render_w3c(items),
        "claimreview": lambda: render_claimreview(items, tagset),
        "csv": lambda: render_csv(items),
        "html": lambda: render_html(items, tagset),
    }
    if fmt not in renderers:
        raise NewslensError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    return renderers[fmt]()


def write_atomically(path: Path, content: str) -> None:
    """Write beside the target, then rename: a failed export never leaves half a file."""
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise NewslensError(f"cannot write {path}: {exc.strerror}") from None


def export(
    fmt: str,
    items: list[Item],
    tagset: TagSet,
    output: Path | None,
    warn: Callable[[str], None],
    stdout: TextIO | None = None,
) -> list[Path]:
    """Export ``items`` to ``output`` (stdout if None); returns the files written."""
    if fmt == "brat":
        return _write_brat(items, output, warn)
    content = render(fmt, items, tagset)
    if output is None:
        (stdout or sys.stdout).write(content)
        return []
    write_atomically(output, content)
    return [output]


def _slug(items_title: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", items_title).strip("-").lower()
    return slug[:60] or "article"


def _holds_other_text(path: Path, text: str) -> bool:
    try:
        return path.read_text(encoding="utf-8") != text
    except FileNotFoundError:
        return False
    except (OSError, UnicodeDecodeError):
        return True


def _write_brat(items: list[Item], output: Path | None, warn: Callable[[str], None]) -> list[Path]:
    if output is None:
        raise NewslensError("brat writes a .txt and a .ann per article: give -o DIR or -o FILE.ann")
    with_text = []
    for document, marks in items:
        if document.text is None:
            warn(f"{document.source}: its text is not in the store (open it once); skipped")
        else:
            with_text.append((document, document.text, marks))
    as_directory = output.is_dir() or len(items) > 1 or output.suffix != ".ann"
    directory = output if as_directory else output.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NewslensError(f"cannot create {directory}: {exc.strerror}") from None
    planned = []
    for document, text, marks in with_text:
        if as_directory:
            name = (
                f"{_slug(document.title or Path(document.source).stem)}-{document.fingerprint[:8]}"
            )
            base = output / name
        else:
            base = output.with_suffix("")
        txt, ann = base.with_name(base.name + ".txt"), base.with_name(base.name + ".ann")
        if _holds_other_text(txt, text):
            # The user named the .ann; the .txt beside it may be their own file.
            raise NewslensError(f"{txt} exists and is not this article's text: choose another name")
        planned.append((txt, ann, text, marks))
    written = []
    for txt, ann, text, marks in planned:
        write_atomically(txt, text)
        write_atomically(ann, render_ann(text, marks))
        written += [txt, ann]
    return written
