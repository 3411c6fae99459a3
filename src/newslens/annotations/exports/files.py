"""Writing exports to files or standard output: the only I/O in the exports."""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TextIO

from newslens.annotations.exports import (
    FORMATS,
    NO_TEXT,
    Item,
    printable,
    reason_line,
    visible_controls,
    why_orphaned,
)
from newslens.annotations.exports.brat import (
    attribute_name,
    conf_attributes,
    has_place,
    render_ann,
    render_conf,
)
from newslens.annotations.exports.claimreview import render_claimreview, verdict
from newslens.annotations.exports.html import render_html
from newslens.annotations.exports.jsonl import render_jsonl
from newslens.annotations.exports.markdown import render_markdown
from newslens.annotations.exports.table import render_csv
from newslens.annotations.exports.w3c import render_w3c
from newslens.annotations.model import Annotation, Document, TagSet
from newslens.errors import NewslensError
from newslens.wording import counted

SUFFIXES = {
    "jsonl": ".jsonl",
    "w3c": ".w3c.jsonld",
    "claimreview": ".claimreview.jsonld",
    "csv": ".csv",
    "brat": ".ann",
    "html": ".html",
    "markdown": ".md",
}


def format_named_by(output: Path) -> str | None:
    """The format whose suffix ends ``output``'s name (``report.csv``: csv), so that an export
    with no --format never writes jsonl into a file another program opens as a spreadsheet."""
    name = output.name.lower()
    # Longest first: "x.w3c.jsonld" is w3c, whatever a shorter suffix would match.
    for fmt, suffix in sorted(SUFFIXES.items(), key=lambda item: -len(item[1])):
        if name.endswith(suffix):
            return fmt
    return None


def render(fmt: str, items: list[Item], tagset: TagSet) -> str:
    """Every format but brat (which is two files per article) as one string."""
    renderers: dict[str, Callable[[], str]] = {
        "jsonl": lambda: render_jsonl(items),
        "w3c": lambda: render_w3c(items),
        "claimreview": lambda: render_claimreview(items, tagset),
        "csv": lambda: render_csv(items),
        "html": lambda: render_html(items, tagset),
        "markdown": lambda: render_markdown(items),
    }
    if fmt not in renderers:
        raise NewslensError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    return renderers[fmt]()


def write_atomically(path: Path, content: str) -> None:
    """Write beside the target, then rename: a failed export never leaves half a file.

    A device or pipe (`-o /dev/stdout`) is written into, never renamed over, and a link's
    target is replaced, not the link.
    """
    try:
        if path.exists() and not path.is_file():
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(content)
            return
    except OSError as exc:
        raise NewslensError(f"cannot write {path}: {exc.strerror}") from None
    path = path.resolve()
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
        os.replace(temporary, path)
    except OSError as exc:
        # Under a file, not a directory, there is no temporary to remove either.
        with contextlib.suppress(OSError):
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
    """Export ``items`` to ``output`` (stdout if None); returns the files written.

    What a format cannot hold is said through ``warn``: an article whose text the
    store lacks (html shows its annotations only, brat skips it), brat's orphans.
    """
    if output is not None and not output.parent.exists():
        # Every format writes into a directory that is there, as a shell's `>` does.
        raise NewslensError(f"{output.parent}: no such directory")
    if fmt == "brat":
        return _write_brat(items, output, warn)
    if fmt == "html":
        for document, _ in items:
            if document.text is None:
                warn(
                    f"{printable(document.source)}: {NO_TEXT}; the HTML lists its annotations only"
                )
    content = render(fmt, items, tagset)
    if output is None:
        stream = stdout or sys.stdout
        if fmt == "csv" and stream.isatty():
            # A terminal would act on the article's escapes; a file or pipe gets the data exact.
            content = re.sub("\r(?!\n)", "\u240d", visible_controls(content))
        stream.write(content)
        return []
    if output.is_dir():
        # `-o DIR` (`.` and `..` too): a file in it named as the reader names its exports.
        document = items[0][0]
        stem = (
            file_stem(document.title, document.source, document.fingerprint)
            if len(items) == 1
            else "newslens-annotations"
        )
        output = unused_path(output, stem, fmt)
    if fmt == "csv":
        # Excel reads a CSV file without a byte order mark in the system's code page:
        # "“" would show as "â€œ". Standard output gets none: a program reading it would take
        # the mark for text.
        content = "\ufeff" + content
    write_atomically(output, content)
    return [output]


def carried(fmt: str, items: list[Item], tagset: TagSet) -> list[Item]:
    """What an export in ``fmt`` holds of ``items``: for brat what has a place in a stored
    text, for ClaimReview the annotations with a verdict, for the others everything."""
    if fmt == "brat":
        return [
            (document, [a for a in marks if has_place(document.text, a)])
            for document, marks in items
            if document.text is not None
        ]
    if fmt == "claimreview":
        return [(d, [a for a in marks if verdict(a, tagset) is not None]) for d, marks in items]
    return items


# Of ext4's 255-byte names: room left for "-", the fingerprint, a number and the longest suffix.
_SLUG_BYTES = 180


def file_stem(title: str | None, source: str, fingerprint: str) -> str:
    """An article's export file name before its suffix: its title (else its source's file
    name) as a slug, then the start of its fingerprint, so two versions never share one.

    The slug keeps letters, digits and marks of any script ("cafés", "東京"), composed (NFC)
    so a title gives one name however its accents were typed; any other run (punctuation,
    "/", control characters, leading dots) is one "-", and none starts or ends the slug.
    """
    name = unicodedata.normalize("NFC", (title or Path(source).stem).lower())
    kept = "".join(c if unicodedata.category(c)[0] in "LMN" else "-" for c in name)
    slug = re.sub("-+", "-", kept)[:60]
    while len(slug.encode("utf-8")) > _SLUG_BYTES:
        slug = slug[:-1]
    slug = slug.strip("-")
    return f"{slug or 'article'}-{fingerprint[:8]}"


def unused_path(directory: Path, stem: str, fmt: str) -> Path:
    """A file in ``directory`` no earlier export holds: a second export is numbered
    ("…-2.csv"), as the first may have been edited or shared since."""
    numbered = (
        directory / f"{stem}{'' if n == 1 else f'-{n}'}{SUFFIXES[fmt]}" for n in itertools.count(1)
    )
    # brat writes the article's text beside its .ann
    return next(
        path
        for path in numbered
        if not path.exists() and not (fmt == "brat" and path.with_suffix(".txt").exists())
    )


def refuse_sources(
    output: Path, sources: Iterable[str | Path], what: str = "an article being exported"
) -> None:
    """An export never replaces an article it comes from (`-o article.txt` for `-o
    article.csv`): the sources named and those stored are all checked. ``what`` says what the
    paths are, for other files no export may replace."""
    for source in sources:
        try:
            same = output.samefile(source)
        except OSError:
            continue  # no such file (or a URL): nothing to lose
        if same:
            raise NewslensError(f"{output} is {what}, not written over: choose another file")


def _holds_other_text(path: Path, text: str) -> bool:
    try:
        # Byte for byte: a copy with \r\n line ends reads as the same text but is not.
        return path.read_bytes() != text.encode("utf-8")
    except FileNotFoundError:
        return False
    except OSError:
        return True


def _why(document: Document, annotation: Annotation) -> str | None:
    reason = why_orphaned(document, annotation)
    return None if reason is None else reason_line(reason)


def _quotes(
    annotations: list[Annotation],
    shown: int = 3,
    why: Callable[[Annotation], str | None] = lambda _: None,
) -> str:
    quoted = ", ".join(_quoted(a, why(a)) for a in annotations[:shown])
    more = len(annotations) - shown
    return quoted + (f" and {more} more" if more > 0 else "")


def _quoted(annotation: Annotation, why: str | None) -> str:
    quote = f"“{printable(annotation.exact, 60)}”"
    return quote if why is None else f"{quote} ({printable(why)})"


def _brat_as_directory(output: Path, articles: int) -> bool:
    """Whether brat's ``-o`` names a directory or one article's .ann."""
    if output.is_dir():
        return True
    if output.suffix == ".ann":
        if articles > 1:
            raise NewslensError(
                f"{output}: one .ann holds one article, not {articles}: give -o DIR"
            )
        return False
    if output.exists():
        raise NewslensError(f"{output} is not a directory: brat needs -o DIR or -o FILE.ann")
    if output.suffix:
        # Making a directory called "x.txt" would only puzzle.
        raise NewslensError(
            f"{output}: brat writes into a directory or to FILE.ann, not to a {output.suffix} "
            "file; give -o DIR or -o FILE.ann"
        )
    raise NewslensError(f"{output}: no such directory")


def _write_brat(items: list[Item], output: Path | None, warn: Callable[[str], None]) -> list[Path]:
    """Each article with text as a .txt and a .ann, in the directory ``output`` or as the
    FILE.ann it names; returns the files written."""
    if output is None:
        raise NewslensError(
            "brat writes a .txt and a .ann per article, not one stream: give -o DIR or -o FILE.ann"
        )
    as_directory = _brat_as_directory(output, len(items))
    _refuse_without_text(items)
    with_text = _brat_articles(items, warn)
    written = []
    for txt, ann, text, marks in _brat_files(with_text, output, as_directory):
        write_atomically(txt, text)
        write_atomically(ann, render_ann(text, marks))
        written += [txt, ann]
    tags = {attribute_name(tag) for _, _, marks in with_text for a in marks for tag in a.tags}
    conf = _write_brat_conf((output if as_directory else output.parent) / "annotation.conf", tags)
    return written + ([conf] if conf else [])


def _write_brat_conf(path: Path, tags: set[str]) -> Path | None:
    """The ``annotation.conf`` brat checks the .ann files against, when the directory has
    none or has one newslens wrote without one of ``tags``; the user's own is left as it is."""
    try:
        declared = conf_attributes(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        declared = set()
    except (OSError, UnicodeDecodeError):
        declared = None
    if declared is None or (path.exists() and tags <= declared):
        return None
    write_atomically(path, render_conf(declared | tags))
    return path


def _refuse_without_text(items: list[Item]) -> None:
    """brat writes each article's text beside its .ann: none of the articles' text in the
    store is a NewslensError, as there is nothing to write."""
    if all(document.text is None for document, _ in items):
        if len(items) == 1:
            raise NewslensError(
                f"brat has no text to write: {printable(items[0][0].source)}: {NO_TEXT}"
            )
        raise NewslensError(
            f"brat has no text to write: the store has none of these {len(items)} articles' "
            "text (their annotations were imported without it; open them in newslens once)"
        )


def _brat_articles(
    items: list[Item], warn: Callable[[str], None]
) -> list[tuple[Document, str, list[Annotation]]]:
    """The articles brat writes, with their text: one whose text the store lacks is skipped,
    and what brat cannot mark of the others is said through ``warn``."""
    with_text = []
    for document, marks in items:
        name = printable(document.source)
        if document.text is None:
            warn(f"{name}: {NO_TEXT}; skipped")
            continue
        left_out = _left_out(document, document.text, marks)
        if left_out:
            warn(f"{name}: {left_out}")
        with_text.append((document, document.text, marks))
    return with_text


def _left_out(document: Document, text: str, marks: list[Annotation]) -> str:
    """What brat leaves out of an article's annotations and why, in a line ("" for nothing)."""
    left_out = [a for a in marks if not has_place(text, a)]
    if not left_out:
        return ""
    # brat's notes hang on a span of the text: an orphan has none, even when its
    # passage is still there with other numbers (brat would mark the new figures).
    orphans = [a for a in left_out if a.orphan]
    blank = [a for a in left_out if not a.orphan]
    parts = []
    if orphans:
        parts.append(
            f"{counted(len(orphans), 'orphaned annotation')} left out "
            "(brat marks a place in the text, and an orphan has none): "
            + _quotes(orphans, why=partial(_why, document))
        )
    if blank:
        parts.append(
            f"{counted(len(blank), 'annotation')} on nothing but line breaks "
            f"left out: {_quotes(blank)}"
        )
    return "; ".join(parts)


def _brat_files(
    with_text: list[tuple[Document, str, list[Annotation]]], output: Path, as_directory: bool
) -> list[tuple[Path, Path, str, list[Annotation]]]:
    """Each article's .txt and .ann, with its text and annotations: all chosen before a file
    is written, so that a .txt that is not this article's stops the export before any is."""
    planned = []
    for document, text, marks in with_text:
        if as_directory:
            # Numbered as the other formats are: an earlier .ann may have been edited in brat.
            stem = file_stem(document.title, document.source, document.fingerprint)
            base = unused_path(output, stem, "brat").with_suffix("")
        else:
            base = output.with_suffix("")
        txt, ann = base.with_name(base.name + ".txt"), base.with_name(base.name + ".ann")
        if _holds_other_text(txt, text):
            # The user named the .ann; the .txt beside it may be their own file.
            raise NewslensError(f"{txt} exists and is not this article's text: choose another name")
        planned.append((txt, ann, text, marks))
    return planned
