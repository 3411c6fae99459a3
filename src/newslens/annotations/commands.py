"""What ``newslens export``, ``newslens import`` and ``newslens annotations`` do.

cli.py parses the arguments and hands over; loading a source is passed in as a
function so this package stays free of the loading machinery.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from newslens.annotations.anchoring import OrphanReason
from newslens.annotations.exports import Item, printable
from newslens.annotations.exports.files import carried, export, refuse_sources
from newslens.annotations.exports.jsonl import parse_jsonl
from newslens.annotations.model import Annotation
from newslens.annotations.store import (
    AnnotationStore,
    DocumentSummary,
    default_path,
    open_store,
)
from newslens.annotations.tags import load_tagset
from newslens.article import Article
from newslens.config import Config
from newslens.errors import NewslensError, unreadable
from newslens.wording import counted, quoted

Load = Callable[[str], Article]
Warn = Callable[[str], None]

_FINGERPRINT_PREFIX = re.compile(r"[0-9a-fA-F]{8,64}")


def _open_store(config: Config, warn: Warn, *, writing: bool = False) -> AnnotationStore:
    store = open_store(config)
    if writing and store.readonly_reason is not None:
        # One line saying nothing was saved, not a warning and then the error.
        store.close()
        raise NewslensError(
            f"nothing imported: annotations are read-only ({store.readonly_reason})"
        )
    if store.unreachable:
        store.close()
        raise NewslensError(f"annotations cannot be read: {store.readonly_reason}")
    for notice in store.notices:
        warn(notice)
    return store


def resolve(store: AnnotationStore, source: str, load: Load) -> Item:
    """The stored document SOURCE names: a URL or fingerprint prefix as stored, or a loaded file."""
    is_url = source.startswith(("http://", "https://"))
    if re.fullmatch(r"[0-9a-fA-F]{1,7}", source) and not Path(source).exists():
        raise NewslensError(f"{source}: give at least 8 characters of a fingerprint")
    if is_url or (_FINGERPRINT_PREFIX.fullmatch(source) and not Path(source).exists()):
        prefix = source.lower()  # as copied from a tool that shows hex in capitals
        # Exporting what was annotated: no need to fetch the page again. A page read from
        # its address after its saved copy is known by the copy's path first.
        read_from = store.document_by_source(source) if is_url else None
        matches = [
            s
            for s in store.documents()
            if s.source == source
            or (read_from is not None and s.fingerprint == read_from.fingerprint)
            or (not is_url and s.fingerprint.startswith(prefix))
        ]
        if len(matches) > 1:
            raise NewslensError(f"{source}: matches {len(matches)} articles; give more of it")
        if matches:
            return store.export_items([matches[0].fingerprint])[0]
        raise NewslensError(f"{source}: no annotated article has this URL or fingerprint")
    opened = store.open_document(load(source))
    if opened.document is None:
        raise NewslensError(f"{source}: has no annotations")
    return opened.document, [*opened.annotations, *opened.orphans]


def run_export(
    sources: list[str] | None,
    fmt: str,
    output: Path | None,
    config: Config,
    load: Load,
    warn: Warn,
    stdout: TextIO,
) -> int:
    """Export the named articles (all annotated ones if ``sources`` is None)."""
    tagset = load_tagset(config.tags)
    with _open_store(config, warn) as store:
        if sources is None:
            items = store.export_items()
            if not items:
                raise NewslensError("there are no annotations to export yet")
        else:
            resolved = [resolve(store, source, load) for source in sources]
            # An article named twice (its file and its fingerprint) is exported once.
            items = list(
                {document.fingerprint: (document, marks) for document, marks in resolved}.values()
            )
    if output is not None:
        _refuse_the_store(output)
        exported = [*(sources or ()), *(document.source for document, _ in items)]
        refuse_sources(output, exported)
        if fmt == "brat" and output.suffix == ".ann":
            # brat writes the article's text beside its .ann: `-o article.ann` names it too.
            refuse_sources(output.with_suffix(".txt"), exported)
    written = export(fmt, items, tagset, output, warn, stdout)
    if written:
        count = sum(len(marks) for _, marks in carried(fmt, items, tagset))
        print(
            f"exported {counted(count, 'annotation')} to {', '.join(map(str, written))}",
            file=stdout,
        )
    return 0


def _refuse_the_store(output: Path) -> None:
    """`-o ~/.local/share/newslens/annotations.sqlite3` would put an export where the annotations
    it was made from were: the store, its journal and a damaged store moved aside are refused."""
    store = default_path()
    try:
        beside = [p for p in store.parent.iterdir() if p.name.startswith(store.name)]
    except OSError:
        return  # no data directory: no store to lose
    refuse_sources(output, beside, "where your annotations are kept")


def run_import(path: str, config: Config, warn: Warn, stdout: TextIO, stdin: TextIO) -> int:
    if path == "-":
        text, name = stdin.read().removeprefix("\ufeff"), "standard input"
    else:
        name = path
        try:
            # utf-8-sig: a file saved by a Windows editor starts with a byte-order mark.
            text = Path(path).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise NewslensError(f"{path}: no such file") from None
        except UnicodeDecodeError:
            raise NewslensError(f"{path}: not UTF-8 text (expected a .jsonl export)") from None
        except OSError as exc:
            raise unreadable(path, exc, "a .jsonl export") from None
    records = parse_jsonl(text, name)
    if not records:
        raise NewslensError(f"{name}: no annotations in it")
    with _open_store(config, warn, writing=True) as store:
        report = store.import_records(records)
    print(
        f"imported {name}: {report.added} new, {report.updated} updated, "
        f"{report.unchanged} unchanged",
        file=stdout,
    )
    return 0


def _describe(annotation: Annotation, reason: OrphanReason | None) -> str:
    tags = f"[{', '.join(printable(t) for t in annotation.tags)}] " if annotation.tags else ""
    where = "orphan" if annotation.orphan else f"{annotation.start}-{annotation.end}"
    claimant = f" — {printable(annotation.claimant, 40)}" if annotation.claimant else ""
    passage = quoted(printable(annotation.exact, 70))
    line = f"  {where:>13}  {annotation.kind:<6}  {tags}{passage}{claimant}"
    if annotation.orphan:
        reason = reason or OrphanReason()
        line += f"\n  {'':>13}  orphan: {printable(str(reason))}"
        if reason.passage is not None:
            line += f"\n  {'':>13}  it now reads {quoted(printable(reason.excerpt(70)))}"
    if annotation.note:
        line += f"\n  {'':>13}  note: {printable(annotation.note, 100)}"
    return line


def _heading(summary: DocumentSummary, shown: int | None = None) -> str:
    orphans = f", {summary.orphans} orphaned" if summary.orphans else ""
    count = counted(summary.annotations, "annotation")
    if shown is not None:
        count = f"{shown} of {count}"
    return (
        f"{printable(summary.title or '(untitled)', 80)}  ({count}{orphans})\n"
        f"  {printable(summary.source)} · {summary.fingerprint[:12]}"
    )


def run_list(
    search: str | None, articles_only: bool, config: Config, warn: Warn, stdout: TextIO
) -> int:
    with _open_store(config, warn) as store:
        summaries = store.documents()
        if search is not None:
            found = store.search(search)
            by_document: dict[str, list[Annotation]] = {}
            for summary, annotation in found:
                by_document.setdefault(summary.fingerprint, []).append(annotation)
            groups = [
                (s, by_document[s.fingerprint]) for s in summaries if s.fingerprint in by_document
            ]
        else:
            groups = [
                (s, [] if articles_only else store.annotations(s.fingerprint)) for s in summaries
            ]
        reasons = store.orphan_reasons(a for _, marks in groups for a in marks)
    if not groups:
        print("no annotations match" if search is not None else "no annotations yet", file=stdout)
        return 0
    for summary, marks in groups:
        print(_heading(summary, len(marks) if search is not None else None), file=stdout)
        if not articles_only:
            for annotation in marks:
                print(_describe(annotation, reasons.get(annotation.id)), file=stdout)
        print(file=stdout)
    return 0
