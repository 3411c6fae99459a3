"""brat standoff: the article as .txt and its annotations as .ann beside it.

Each annotation is a text-bound ``T`` line typed Claim/Quote/Figure/Span (split
into fragments at line breaks, as brat wants), each tag a ``Tag`` attribute, the
note and claimant an ``AnnotatorNotes`` line. Orphans have no place in the text
and are left out (``has_place``): brat's notes attach to a span, and a made-up span
would mark text the annotation is not about.
"""

from __future__ import annotations

import re

from newslens.annotations.model import Annotation

# What ends a line where brat reads a .ann (Python's ``splitlines``), not only "\n": a page
# break, a vertical tab or a Unicode line separator inside a T line would cut it in two.
_WITHIN_A_LINE = re.compile("[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _WITHIN_A_LINE.finditer(text, start, end)]


def has_place(text: str, annotation: Annotation) -> bool:
    """Whether brat can mark the annotation: it is placed in this text, on more than line breaks."""
    return not annotation.orphan and bool(_fragments(text, annotation.start, annotation.end))


def _attribute_value(tag: str) -> str:
    return re.sub(r"\s+", "_", tag)


def _one_line(value: str) -> str:
    return " ".join(value.split())


def render_ann(text: str, annotations: list[Annotation]) -> str:
    lines = []
    t = a = n = 0
    for annotation in sorted(annotations, key=lambda x: (x.start, x.end)):
        if not has_place(text, annotation):
            continue
        fragments = _fragments(text, annotation.start, annotation.end)
        t += 1
        spans = ";".join(f"{s} {e}" for s, e in fragments)
        covered = " ".join(text[s:e] for s, e in fragments)
        lines.append(f"T{t}\t{str(annotation.kind).capitalize()} {spans}\t{covered}")
        for tag in annotation.tags:
            a += 1
            lines.append(f"A{a}\tTag T{t} {_attribute_value(tag)}")
        notes = []
        if annotation.claimant:
            notes.append(f"claimant: {_one_line(annotation.claimant)}")
        if annotation.note:
            notes.append(_one_line(annotation.note))
        if notes:
            n += 1
            lines.append(f"#{n}\tAnnotatorNotes T{t}\t{' | '.join(notes)}")
    return "".join(line + "\n" for line in lines)
