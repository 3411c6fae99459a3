"""CSV: one row per annotation, for spreadsheets (RFC 4180, via the csv module).

Article text is untrusted, and a spreadsheet runs a cell starting with ``=``
as a formula: text cells that start like a formula get a leading apostrophe,
which spreadsheets hide and treat as "this is text" (OWASP's advice); a lone "-" or "+"
(standard input's source) is text already, and left as it is.

The tags cell lists an annotation's tags split by "; ". A tag name may hold a ";" (one
imported from another tool, or typed): such a tag is quoted as a CSV field is
(``disputed; "pay; pensions"``), so the list still splits one way.
"""

from __future__ import annotations

import csv
import io

from newslens.annotations.exports import Item, reason_line, why_orphaned

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
    # Added after the others, so that a sheet or script reading by position still works.
    "orphan_reason",
)
TAG_SEPARATOR = "; "
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A sign with nothing after it is text to a spreadsheet: standard input's source "-" stays "-".
_LONE_SIGNS = frozenset({"-", "+"})


def cell(text: str) -> str:
    if text.startswith(_FORMULA_STARTS) and text not in _LONE_SIGNS:
        return "'" + text
    return text


def _listed(tag: str) -> str:
    if ";" in tag or tag.startswith('"'):
        return '"' + tag.replace('"', '""') + '"'
    return tag


def render_csv(items: list[Item]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for document, marks in items:
        for a in marks:
            reason = why_orphaned(document, a)
            writer.writerow(
                (
                    document.fingerprint,
                    cell(document.source),
                    cell(document.title or ""),
                    a.id,
                    str(a.kind),
                    a.start,
                    a.end,
                    cell(a.exact),
                    cell(TAG_SEPARATOR.join(map(_listed, a.tags))),
                    cell(a.note),
                    cell(a.claimant or ""),
                    "yes" if a.orphan else "",
                    a.created,
                    a.updated,
                    "" if reason is None else cell(reason_line(reason)),
                )
            )
    return out.getvalue()
