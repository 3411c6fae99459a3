"""Small pieces of wording shared by the reader and the command line."""

from __future__ import annotations


def counted(count: int, noun: str) -> str:
    """ "1 claim", "3 claims", "0 claims": a count with its noun, plural but for one."""
    return f"{count} {noun}{'s' * (count != 1)}"
