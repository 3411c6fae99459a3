"""Analyses already made, kept on disk: an article opened again shows its highlights without
spaCy being imported, let alone run.

An entry is found by a digest of everything its analysis depends on:

- the exact text analysed, and the fingerprint the Analysis repeats. Not the fingerprint
  alone: it is of normalised text, and two texts differing only in quote marks or spaces
  share it but not their offsets;
- the byline: a column's claims are its writer's, named by it;
- the model, where it is installed and its ``meta.json`` (which carries its version), and
  spaCy's version;
- newslens's analysis code: its version and a digest of its sources and word lists, so an
  upgrade, or an edit of an editable install, never serves an analysis the code would no
  longer make.

Entries are JSON, written whole (a temporary file, then renamed over) so that two windows or a
crash never leave half of one. Whatever cannot be read back as an Analysis of the very text
asked about is a miss and is removed: the analysis runs again. A cache that cannot be written
is skipped. The least recently used entries go once the cache is above ``CACHE_LIMIT``; the
directory is looked over only after an entry is written, that is after an analysis, which
takes far longer.

This module is the I/O edge: it imports neither spaCy nor Textual.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from newslens import __version__
from newslens.analysis.model import Analysis
from newslens.article import Article, Span
from newslens.config import cache_dir

CACHE_LIMIT = 200 * 1024**2
# Raised when what an entry holds changes shape; older entries then miss and age out.
ENTRY_VERSION = 1
_PACKAGE = Path(__file__).resolve().parent
# The modules and packages of newslens outside its analysis package whose code decides what an
# analysis holds. Not the others (the reader, the command line, loading sources): an edit of
# those would throw away every kept analysis for nothing.
ANALYSIS_MODULES = (
    "article.py",
    "boilerplate",
    "wrapping.py",
    "given_names.py",
    "given_names.txt",
    "word_lists.py",
)


def entries_dir() -> Path:
    return cache_dir() / "analyses"


@lru_cache(maxsize=1)
def code_version() -> str:
    """newslens's version and a digest of its analysis code and word lists (once a process)."""
    digest = hashlib.sha256(__version__.encode())
    for path in _code_files():
        name = path.relative_to(_PACKAGE).as_posix()
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _code_files() -> list[Path]:
    """The sources and word lists of the analysis package, its subpackages' too, and of the
    modules and packages outside it that decide what an analysis holds."""
    files = []
    for path in (_PACKAGE / "analysis", *(_PACKAGE / name for name in ANALYSIS_MODULES)):
        within = path.rglob("*") if path.is_dir() else [path]
        files += sorted(p for p in within if p.suffix in (".py", ".txt"))
    return files


@lru_cache(maxsize=1)
def _spacy_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("spacy")
    except PackageNotFoundError:
        return ""


def cache_key(article: Article, model: str | None) -> str | None:
    """The key of ``article``'s analysis by the model ``model`` (or the one newslens would
    choose); None when the model cannot be found, so nothing is looked up or kept."""
    # Imported here: pipeline's own imports are spaCy-free, but only the analysis needs them.
    from newslens.analysis.spacy_model import model_identity, model_name
    from newslens.errors import NewslensError

    try:
        identity = model_identity(model_name(model))
        code = code_version()
    except (NewslensError, OSError):  # no model, or newslens's own files unreadable
        return None
    if identity is None:
        return None
    digest = hashlib.sha256()
    for part in (f"entry {ENTRY_VERSION}", code, identity, _spacy_version()):
        digest.update(part.encode() + b"\0")
    digest.update(article.fingerprint.encode() + b"\0")
    digest.update((article.byline or "").encode("utf-8", "surrogatepass") + b"\0")
    digest.update(article.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _entry_path(key: str) -> Path:
    return entries_dir() / f"{key}.json"


def cached_analysis(article: Article, key: str) -> Analysis | None:
    """The analysis kept under ``key`` if it is one of ``article``; else None, and whatever
    was there (unreadable, cut short, of another shape) is removed."""
    path = _entry_path(key)
    try:
        entry = json.loads(path.read_bytes())
        analysis = Analysis.from_dict(entry["analysis"])
        fits = entry["key"] == key and _fits(analysis, article)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        fits = False
    if not fits:
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: the last to be pruned
    return analysis


def _fits(analysis: Analysis, article: Article) -> bool:
    """Whether ``analysis`` is of ``article``: its fingerprint, every quote in parts, and
    every span whole offsets within the text."""
    spans: list[Span | None] = [*analysis.boilerplate]
    for speaker in analysis.speakers:
        spans += speaker.mentions
    for quote in analysis.quotes:
        spans += [*quote.parts, quote.speaker_span, quote.cue_span]
    for figure in analysis.figures:
        spans.append((figure.start, figure.end))
    for claim in analysis.claims:
        spans += [(claim.start, claim.end), *claim.figures]
    length = len(article.text)
    return (
        analysis.fingerprint == article.fingerprint
        and all(quote.parts for quote in analysis.quotes)
        and all(
            isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= length
            for start, end in filter(None, spans)
        )
    )


def store_analysis(key: str, analysis: Analysis, limit: int = CACHE_LIMIT) -> None:
    """Keep ``analysis`` under ``key``, then prune; silently nothing where it cannot be kept."""
    entry: dict[str, Any] = {"key": key, "analysis": analysis.to_dict()}
    directory = entries_dir()
    temporary: str | None = None
    try:
        # ASCII: a lone surrogate in the text comes back as itself.
        data = json.dumps(entry, separators=(",", ":")).encode("ascii")
        if len(data) > limit:
            return
        directory.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=directory, suffix=".tmp")
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.replace(temporary, _entry_path(key))
        temporary = None
        _prune(directory, limit)
    except (OSError, MemoryError):
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _prune(directory: Path, limit: int) -> None:
    """Remove the least recently used entries until the cache holds at most ``limit`` bytes.

    A temporary file left by a crash counts too, and ages out as an entry does.
    """
    files = []
    with os.scandir(directory) as found:
        for item in found:
            with contextlib.suppress(OSError):
                if item.is_file(follow_symlinks=False):
                    stat = item.stat(follow_symlinks=False)
                    files.append((stat.st_mtime, stat.st_size, item.path))
    total = sum(size for _, size, _ in files)
    for _, size, path in sorted(files):
        if total <= limit:
            break
        with contextlib.suppress(OSError):
            os.unlink(path)
        total -= size


def analyses_through_cache(
    articles: list[Article],
    model: str | None,
    analyse: Callable[[list[Article]], Iterator[Analysis]],
) -> Iterator[Analysis]:
    """The analyses of ``articles`` in order: those kept read back, the others made by
    ``analyse`` (in one batch, started now if there are any, so that a model that cannot be
    loaded is reported before anything is printed) and kept.

    Kept entries are read as their turn comes, not all at once up front; one found
    unreadable then is analysed on its own.
    """
    keys = [cache_key(article, model) for article in articles]
    kept = [key is not None and _entry_path(key).is_file() for key in keys]
    misses = [article for article, hit in zip(articles, kept, strict=True) if not hit]
    fresh = analyse(misses) if misses else iter(())
    return _in_order(articles, keys, kept, fresh, analyse)


def _in_order(
    articles: list[Article],
    keys: list[str | None],
    kept: list[bool],
    fresh: Iterator[Analysis],
    analyse: Callable[[list[Article]], Iterator[Analysis]],
) -> Iterator[Analysis]:
    try:
        for article, key, hit in zip(articles, keys, kept, strict=True):
            analysis = cached_analysis(article, key) if key is not None and hit else None
            if analysis is None:
                analysis = next(fresh if not hit else analyse([article]))
                if key is not None:
                    store_analysis(key, analysis)
            yield analysis
    finally:
        _close(fresh)


# An article's fingerprint, text and byline: all its analysis depends on.
_Identity = tuple[str, str, str | None]


def analysed_once_each(
    articles: list[Article],
    analyse: Callable[[list[Article]], Iterator[Analysis]],
) -> Iterator[Analysis]:
    """The analyses of ``articles`` in order, ``analyse`` (started now) given each text once:
    five hundred copies of a page cost one analysis, each copy keeping its own source.

    An analysis is held only until the last source carrying its text has had it.
    """
    identities = [_analysed_as(article) for article in articles]
    last = {identity: at for at, identity in enumerate(identities)}
    first: dict[_Identity, Article] = {}
    for identity, article in zip(identities, articles, strict=True):
        first.setdefault(identity, article)
    return _fanned_out(identities, last, analyse(list(first.values())))


def _analysed_as(article: Article) -> _Identity:
    return article.fingerprint, article.text, article.byline


def _fanned_out(
    identities: list[_Identity],
    last: dict[_Identity, int],
    fresh: Iterator[Analysis],
) -> Iterator[Analysis]:
    held: dict[_Identity, Analysis] = {}
    try:
        for at, identity in enumerate(identities):
            analysis = held.pop(identity) if identity in held else next(fresh)
            if last[identity] > at:
                held[identity] = analysis
            yield analysis
    finally:
        _close(fresh)


def _close(analyses: Iterator[Analysis]) -> None:
    close = getattr(analyses, "close", None)  # stops the analysis's worker processes
    if close is not None:
        close()
