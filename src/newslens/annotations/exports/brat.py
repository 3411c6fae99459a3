"""brat standoff: the article as .txt and its annotations as .ann beside it.

Each annotation is a text-bound ``T`` line typed Claim/Quote/Figure/Span (split
into fragments at line breaks, as brat wants), each tag a binary attribute named after
it, the note and claimant an ``AnnotatorNotes`` line. brat checks these types against an
``annotation.conf`` in the directory (``render_conf``). Orphans have no place in the text
and are left out (``has_place``): brat's notes attach to a span, and a made-up span
would mark text the annotation is not about.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from newslens.annotations.model import Annotation, TargetKind

# What ends a line where brat reads a .ann (Python's ``splitlines``), not only "\n": a page
# break, a vertical tab or a Unicode line separator inside a T line would cut it in two.
_WITHIN_A_LINE = re.compile("[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _WITHIN_A_LINE.finditer(text, start, end)]


def has_place(text: str, annotation: Annotation) -> bool:
    """Whether brat can mark the annotation: it is placed in this text, on more than line breaks."""
    return not annotation.orphan and bool(_fragments(text, annotation.start, annotation.end))


def attribute_name(tag: str) -> str:
    """The brat attribute for a tag. brat's type names hold only ASCII letters, digits, "-"
    and "_": an accent is dropped ("vérifié" as "verifie"), a run of spaces or punctuation
    is "_", and another script's letter is its code point ("東" as "u6771"), so two tags
    stay two."""
    return re.sub(r"[^A-Za-z0-9-]+", "_", "".join(map(_ascii, unicodedata.normalize("NFC", tag))))


def _ascii(char: str) -> str:
    base = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
    if base.isalnum():
        return base
    return f"u{ord(char):04x}" if unicodedata.category(char)[0] in "LMN" else char


# Written first in an annotation.conf newslens writes, to tell it from the user's own.
CONF_MARK = "# Written by newslens: it adds the tags of later exports here."


def render_conf(tags: Iterable[str]) -> str:
    """An ``annotation.conf`` declaring the entity types and the tags' attributes."""
    entities = "".join(f"{kind.capitalize()}\n" for kind in TargetKind)
    attributes = "".join(f"{name}\tArg:<ENTITY>\n" for name in sorted(set(tags)))
    return f"{CONF_MARK}\n[entities]\n{entities}[relations]\n[events]\n[attributes]\n{attributes}"


def conf_attributes(conf: str) -> set[str] | None:
    """The attributes an ``annotation.conf`` newslens wrote declares; None for another's."""
    if not conf.startswith(CONF_MARK):
        return None
    _, _, attributes = conf.partition("[attributes]\n")
    return {line.split("\t", 1)[0] for line in attributes.splitlines() if line.strip()}


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
        # A binary attribute per tag, not one ``Tag`` attribute with the tag as its value: brat
        # keeps one value per attribute of an annotation (a second tag would replace the first),
        # and a valued attribute's conf must list every value it may take.
        for name in dict.fromkeys(attribute_name(tag) for tag in annotation.tags):
            a += 1
            lines.append(f"A{a}\t{name} T{t}")
        notes = []
        if annotation.claimant:
            notes.append(f"claimant: {_one_line(annotation.claimant)}")
        if annotation.note:
            notes.append(_one_line(annotation.note))
        if notes:
            n += 1
            lines.append(f"#{n}\tAnnotatorNotes T{t}\t{' | '.join(notes)}")
    return "".join(line + "\n" for line in lines)
