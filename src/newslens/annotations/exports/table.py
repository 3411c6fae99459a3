"""CSV: one row per annotation, for spreadsheets (RFC 4180, via the csv module)."""

from __future__ import annotations

import csv
import io

from newslens.annotations.exports import Item

COLUMNS = (
    "fingerprint",
    "source",
    "title",
    "id",
    "kind",
    "start",
    "end",
    "exact",
    "tags",
    "note",
    "claimant",
    "orphan",
    "created",
    "updated",
)
TAG_SEPARATOR = "; "


def render_csv(items: list[Item]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for document, marks in items:
        for a in marks:
            writer.writerow(
                (
                    document.fingerprint,
                    document.source,
                    document.title or "",
                    a.id,
                    str(a.kind),
                    a.start,
                    a.end,
                    a.exact,
                    TAG_SEPARATOR.join(a.tags),
                    a.note,
                    a.claimant or "",
                    "yes" if a.orphan else "",
                    a.created,
                    a.updated,
                )
            )
    return out.getvalue()
