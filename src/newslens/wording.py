"""Small pieces of wording shared by the reader and the command line."""

from __future__ import annotations


def counted(count: int, noun: str) -> str:
    """ "1 claim", "3 claims", "0 claims": a count with its noun, plural but for one."""
    return f"{count} {noun}{'s' * (count != 1)}"


# Double quotation marks a passage of news text may start or end with: its own quote's.
_DOUBLE_MARKS = frozenset('"“”„«»')


def quoted(passage: str) -> str:
    """``passage`` between quotation marks, as messages quote article text: “…”, or ‘…’ when
    it starts or ends with double marks of its own (a quote, cut short or not), as “…” would
    double them (““We will…”…”) and read as a slip."""
    ends = (passage[:1], passage.rstrip("…")[-1:])
    if any(mark in _DOUBLE_MARKS for mark in ends):
        return f"‘{passage}’"
    return f"“{passage}”"


def listed_cue(cue: str | None) -> str | None:
    """A quote's or claim's cue as a list names it: in lower case, as a cue opening its sentence
    ("According to …") has a capital the others lack and is a verb or phrase, never a name;
    none for a colon that gives a speaker their words ("KEMBLE: I would add …"), as
    "Ruth Kemble · :" read as a slip."""
    if cue and any(c.isalpha() for c in cue):
        return cue.lower()
    return None
