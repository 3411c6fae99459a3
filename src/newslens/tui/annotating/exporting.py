"""Export: this article's annotations, or what the Library lists, written to a file in a format
chosen from a list."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from newslens.annotations.exports import FORMATS
from newslens.article import Article
from newslens.config import data_dir
from newslens.errors import NewslensError
from newslens.tui.annotating.base import AnnotatingBase
from newslens.tui.annotating.shown import _TOAST_FRAME

if TYPE_CHECKING:
    from newslens.annotations.exports import Item
    from newslens.tui.library import LibraryScreen

# What each format is for, after its name in the export list ("csv: a spreadsheet row…").
_EXPORT_LABELS = {
    "jsonl": "one annotation a line, all of it (newslens import reads it back)",
    "w3c": "Web Annotation, the W3C's JSON-LD",
    "claimreview": "schema.org ClaimReview JSON-LD, for the claims with a verdict",
    "csv": "a spreadsheet row per annotation",
    "brat": "standoff files, .txt and .ann",
    "html": "the article with its highlights, for a browser",
    "markdown": "a fact-check report to paste into a document",
}
_EXPORTED = "exported to "  # the confirmation's words before the file's name


def export_path(article: Article, fmt: str, directory: Path) -> Path:
    """A file in ``directory`` named after the article that no earlier export holds: a second
    export is numbered ("…-2.csv"), as the first may have been edited or shared since."""
    from newslens.annotations.exports.files import file_stem, unused_path

    return unused_path(
        directory, file_stem(article.title, article.source, article.fingerprint), fmt
    )


def _format_choices() -> list[tuple[str, str]]:
    return [(fmt, f"{fmt}: {_EXPORT_LABELS[fmt]}") for fmt in FORMATS]


class ExportMixin(AnnotatingBase):
    """The export of the article's annotations, or of the Library's."""

    def action_export_annotations(self) -> None:
        from newslens.tui.tag_dialogs import ChoiceDialog

        self.push_screen(
            ChoiceDialog("Export this article's annotations as…", _format_choices()), self._export
        )

    def _export(self, fmt: str | None) -> None:
        if fmt is None:
            return
        self.selection_done_with(None)
        if self.store is None:
            self.notify(self._store_problem, severity="warning")
            return
        items = self.store.export_items([self.article.fingerprint])
        if not items or not items[0][1]:
            self.inform("nothing to export: no annotations in this article yet", timeout=4)
            return
        said = self._write_export(fmt, items, lambda there: export_path(self.article, fmt, there))
        if said is not None:
            self.inform(said, timeout=10)

    def action_export_listed(self) -> None:
        """The Library's export key: what it lists, as its palette's "Export annotations…"."""
        from newslens.tui.library import LibraryScreen

        if isinstance(self.screen, LibraryScreen):
            self.export_listed(self.screen)

    def export_listed(self, library: LibraryScreen) -> None:
        """Export what the Library lists: every annotated article's annotations, as
        `newslens export --all` writes them, or the filter's match."""
        from newslens.tui.tag_dialogs import ChoiceDialog

        listed, filtered = library.listed(), library.filtered
        count = sum(map(len, listed.values()))
        if not count:
            library.say("nothing to export: no annotations listed")
            return
        listed_ones = "the annotation" if count == 1 else f"the {count:,} annotations"
        what = f"{listed_ones} listed" if filtered else "every annotation"
        self.push_screen(
            ChoiceDialog(f"Export {what} as…", _format_choices()),
            lambda fmt: self._export_listed(fmt, library, listed if filtered else None),
        )

    def _export_listed(
        self, fmt: str | None, library: LibraryScreen, listed: dict[str, list[str]] | None
    ) -> None:
        """Export in ``fmt`` the annotations ``listed`` by the filter, or all (None)."""
        if fmt is None or self.store is None:
            return
        if listed is not None:
            ids = {annotation_id for ids in listed.values() for annotation_id in ids}
            items = [
                (document, [a for a in marks if a.id in ids])
                for document, marks in self.store.export_items(list(listed))
            ]
        else:
            items = self.store.export_items()  # as `newslens export --all` has them
        # Named as `newslens export -o DIR` names its file: after the article when there is
        # one, else "newslens-annotations".
        said = self._write_export(fmt, items, lambda there: there)
        if said is not None:
            library.say(said)

    def _write_export(
        self, fmt: str, items: list[Item], output: Callable[[Path], Path]
    ) -> str | None:
        """Write ``items`` in ``fmt`` to ``output`` in the directory the reader was started
        in (else the data directory's ``exports``), and return where it went to be said;
        None when it failed, which an error says."""
        here = Path.cwd()
        directory = here if os.access(here, os.W_OK) else data_dir() / "exports"
        warnings: list[str] = []
        from newslens.annotations.exports.files import export

        try:
            directory.mkdir(parents=True, exist_ok=True)
            written = export(fmt, items, self.tagset, output(directory), warnings.append)
        except (NewslensError, OSError) as exc:
            self.notify(f"export failed: {exc}", severity="error")
            return None
        for warning in warnings:
            self.notify(warning, severity="warning")
        return _EXPORTED + self._where(written, here)

    def _where(self, written: list[Path], here: Path) -> str:
        """Where the files written are, as a user looks for them: by name where the reader was
        started, else by path from ~. Files written side by side (brat's .ann and .txt) are
        named once. A name too long for the toast's line is cut in the middle (its words from
        the title, then "…" and its end, the fingerprint that makes it unique): below 80
        columns to fit a line of its own (at 60 a whole name ran to three lines, over the
        text); wider, to fit the line with "exported to" (at 80 a toast on two lines covered
        the whole header for its ten seconds)."""
        first = written[0]
        shown = first.name if first.parent == here else _from_home(first)
        if sum(path.suffix == ".ann" for path in written) > 1:
            # brat's pair of files for each of many articles (from the Library): where they
            # are, not every name.
            where = "here" if first.parent == here else _from_home(first.parent)
            return f"{len(written)} files, {where}"
        others = "".join(
            f" and {p.suffix if p.stem == first.stem else p.name}" for p in written[1:]
        )
        room = self.screen.size.width - _TOAST_FRAME - len(others)
        if not self.screen.has_class("-narrow"):
            room -= len(_EXPORTED)
        return _fitted(shown, room, self.article) + others


def _from_home(path: Path) -> str:
    """``path`` from ~ when it is under the home directory, as a shell takes it."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def _fitted(shown: str, room: int, article: Article) -> str:
    """``shown`` in ``room`` characters: what is cut is the middle of the file's name, from
    the article's title, and the fingerprint after it is kept."""
    if len(shown) <= room:
        return shown
    tail = shown.rfind(f"-{article.fingerprint[:8]}")
    if tail < 0:
        return shown
    keep = room - (len(shown) - tail) - 1
    if keep <= shown.rfind("/") + 1:
        return shown  # no room for the name's start: the directory is never cut
    return shown[:keep] + "…" + shown[tail:]
