"""Export: this article's annotations written to a file in a format chosen from a list."""

from __future__ import annotations

import os
from pathlib import Path

from newslens.annotations.exports import FORMATS
from newslens.article import Article
from newslens.config import data_dir
from newslens.errors import NewslensError
from newslens.tui.annotating.base import AnnotatingBase

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


def export_path(article: Article, fmt: str, directory: Path) -> Path:
    """A file in ``directory`` named after the article that no earlier export holds: a second
    export is numbered ("…-2.csv"), as the first may have been edited or shared since."""
    from newslens.annotations.exports.files import file_stem, unused_path

    return unused_path(
        directory, file_stem(article.title, article.source, article.fingerprint), fmt
    )


class ExportMixin(AnnotatingBase):
    """The export action."""

    def action_export_annotations(self) -> None:
        from newslens.tui.tag_dialogs import ChoiceDialog

        choices = [(fmt, f"{fmt}: {_EXPORT_LABELS[fmt]}") for fmt in FORMATS]
        self.push_screen(
            ChoiceDialog("Export this article's annotations as…", choices), self._export
        )

    def _export(self, fmt: str | None) -> None:
        if fmt is None:
            return
        if self.store is None:
            self.notify(self._store_problem, severity="warning")
            return
        items = self.store.export_items([self.article.fingerprint])
        if not items or not items[0][1]:
            self.inform("nothing to export: no annotations in this article yet", timeout=4)
            return
        here = Path.cwd()
        directory = here if os.access(here, os.W_OK) else data_dir() / "exports"
        path = export_path(self.article, fmt, directory)
        warnings: list[str] = []
        from newslens.annotations.exports.files import export

        try:
            directory.mkdir(parents=True, exist_ok=True)
            written = export(fmt, items, self.tagset, path, warnings.append)
        except (NewslensError, OSError) as exc:
            self.notify(f"export failed: {exc}", severity="error")
            return
        for warning in warnings:
            self.notify(warning, severity="warning")
        # Where the reader was started the name says where it is; elsewhere the path does.
        shown = [p.name if directory == here else str(p) for p in written]
        self.inform("exported to " + ", ".join(shown), timeout=10)
