"""JSON Lines: one annotation per line, everything the store knows about it.

The lossless format: ``newslens import`` reads it back. Each line is the
annotation (offsets, quote with prefix/suffix, tags, note, claimant,
timestamps) with its article's fingerprint, source, title, byline and date (null
where not known, as in the extract's lines); an orphan's also says why it is one
(``orphan_reason``) and what its passage now reads, if that is still there with
other numbers (``orphan_now_reads``).
"""

from __future__ import annotations

import json
import re

from newslens import json_text
from newslens.annotations.exports import Item, why_orphaned
from newslens.annotations.model import Annotation
from newslens.annotations.store import ImportRecord
from newslens.errors import NewslensError

JSONL_SCHEMA_VERSION = 1


def render_jsonl(items: list[Item]) -> str:
    lines = []
    for document, marks in items:
        for annotation in marks:
            record = {
                "schema_version": JSONL_SCHEMA_VERSION,
                **annotation.to_dict(),
                "source": document.source,
                "title": document.title,
                "byline": document.byline,
                "date": document.date,
            }
            reason = why_orphaned(document, annotation)
            if reason is not None:
                # Said, not stored: import reads the annotation and leaves these.
                record["orphan_reason"] = str(reason)
                record["orphan_now_reads"] = reason.passage
            lines.append(json_text.dumps(record) + "\n")
    return "".join(lines)


# JSON escapes a character beyond U+FFFF as a UTF-16 pair ("\\ud83d\\ude00"); half a pair
# decodes to a lone surrogate, which is no character and which no UTF-8 file or store holds.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _refuse_lone_surrogates(data: dict[str, object]) -> None:
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("a lone surrogate (half of a \\uXXXX pair) is no character") from None


def parse_jsonl(text: str, name: str) -> list[ImportRecord]:
    """The records of a JSONL export; NewslensError names the first bad line."""
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            if _ESCAPED_SURROGATE.search(line):
                _refuse_lone_surrogates(data)
            version = data.get("schema_version", JSONL_SCHEMA_VERSION)
            if version != JSONL_SCHEMA_VERSION:
                raise ValueError(f"schema_version {version!r} is not {JSONL_SCHEMA_VERSION}")
            source = data.get("source", "-")
            told = [data.get(field) for field in ("title", "byline", "date")]
            if not isinstance(source, str) or not all(
                t is None or isinstance(t, str) for t in told
            ):
                raise ValueError("source, title, byline and date must be strings")
            records.append(ImportRecord(Annotation.from_dict(data), source, *told))
        except json.JSONDecodeError as exc:
            raise NewslensError(f"{name}:{number}: not JSON ({exc.msg})") from None
        except KeyError as exc:
            raise NewslensError(f"{name}:{number}: missing {exc.args[0]!r}") from None
        except (ValueError, TypeError) as exc:
            raise NewslensError(f"{name}:{number}: {exc}") from None
    return records
